"""Blocks for method pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CoreElementBlock(blocks.StructBlock):
    """One core element (kerneelement) of a method: what must be done."""

    title = blocks.CharBlock(label=_("Kerneelement"))
    text = blocks.TextBlock(label=_("Beskrivelse"))

    class Meta:
        icon = "list-ul"
        template = "blocks/core_element_block.html"
        label = _("Kerneelement")
        help_text = _("Det, der skal være til stede, for at man gør metoden.")
