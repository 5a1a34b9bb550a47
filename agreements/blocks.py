"""Blocks of a framework agreement: an action (handling) and the theme days
and networks that carry it out.

The page types are named as strings: agreements sits below networks in the
layers and must not import it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgreementActionBlock(blocks.StructBlock):
    """One action of a focus area, linked to what carries it out."""

    text = blocks.CharBlock(label=_("handling"), max_length=500)
    theme_days = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="networks.ThemeDayPage", label=_("temadag")),
        label=_("temadage, der udfører handlingen"),
        default=[],
    )
    networks = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="networks.NetworkPage", label=_("netværk")),
        label=_("netværk, der udfører handlingen"),
        default=[],
    )

    class Meta:
        icon = "tick"
        label = _("Handling")
