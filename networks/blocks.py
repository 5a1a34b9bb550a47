"""Blocks for theme days: the programme and the materials afterwards."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Tidspunkt"))
    title = blocks.CharBlock(label=_("Punkt"))
    speaker = blocks.CharBlock(required=False, label=_("Oplægsholder"))

    class Meta:
        icon = "time"
        template = "blocks/programme_item_block.html"
        label = _("Programpunkt")


class MaterialBlock(blocks.StructBlock):
    """Slides or a document from the day: an uploaded file or a link."""

    title = blocks.CharBlock(label=_("Titel"))
    document = DocumentChooserBlock(required=False, label=_("Dokument"))
    url = blocks.URLBlock(required=False, label=_("Link"))

    class Meta:
        icon = "doc-full"
        template = "blocks/material_block.html"
        label = _("Materiale")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("document") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Vælg et dokument eller angiv et link."))
                }
            )
        return value
