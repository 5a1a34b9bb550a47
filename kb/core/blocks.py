"""StreamField blocks shared by every app's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Overskrift"))
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Niveau")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Overskrift")
        help_text = _(
            "Brug H2 til afsnit og H3 til underafsnit, så skærmlæsere kan navigere."
        )


class BodyBlock(blocks.StreamBlock):
    """Free text for content pages: headings, paragraphs and quotes."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        label=_("Tekstafsnit"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    quote = blocks.BlockQuoteBlock(label=_("Citat"), icon="openquote")

    class Meta:
        label = _("Indhold")
