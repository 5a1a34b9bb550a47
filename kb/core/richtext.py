"""Rich text that can carry no script, however it was written.

Wagtail's editor (Draftail) only produces the allowed features, but rich
text also arrives without it: the demo loader, imports, scripts and the
shell write HTML straight into ``RichTextField`` and ``RichTextBlock``
values, and Wagtail renders stored rich text as it is. So every page is
cleaned as it is saved (and so as it is published): elements outside
Wagtail's database format are unwrapped (``script``, ``style``, ``iframe``
and the like removed with their content), attributes outside it dropped
(``onerror=``, ``style=``), and links and images keep only ``http(s)``,
``mailto``, ``tel`` and relative addresses (no ``javascript:``).
HTML that holds nothing to remove is stored unchanged.
"""

from __future__ import annotations

import functools

from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText
from wagtail.whitelist import (
    DEFAULT_ELEMENT_RULES,
    Whitelister,
    attribute_rule,
    check_url,
)

#: Removed together with everything inside them.
_DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "template",
    "noscript",
    "svg",
    "math",
}
_BLOCK_KEY = attribute_rule({"data-block-key": True})


class DatabaseHTMLWhitelister(Whitelister):
    """Wagtail's rich text database format: its elements, internal links
    (``linktype``/``id``), embeds (images, documents) and Draftail's block
    keys; everything else goes. ``changed`` tells whether anything went."""

    element_rules = {
        **DEFAULT_ELEMENT_RULES,
        **{
            name: _BLOCK_KEY
            for name in ("p", "h2", "h3", "h4", "h5", "h6", "li", "ol", "ul")
        },
        "blockquote": _BLOCK_KEY,
        "a": attribute_rule({"href": check_url, "linktype": True, "id": True}),
        "embed": attribute_rule(
            {
                "embedtype": True,
                "id": True,
                "format": True,
                "alt": True,
                "url": check_url,
            }
        ),
    }

    def __init__(self):
        self.changed = False

    def clean_tag_node(self, doc, tag):
        if tag.name in _DROPPED_WITH_CONTENT:
            tag.decompose()
            self.changed = True
            return
        for child in list(tag.contents):
            self.clean_node(doc, child)
        rule = self.element_rules.get(tag.name)
        if rule is None:
            tag.unwrap()
            self.changed = True
            return
        before = dict(tag.attrs)
        rule(tag)
        if tag.attrs != before:
            self.changed = True


def clean_rich_text(html: str | None) -> str | None:
    """``html`` without anything a browser could run; the very same string
    when it holds nothing to remove."""
    if not html:
        return html
    whitelister = DatabaseHTMLWhitelister()
    cleaned = whitelister.clean(html)
    return cleaned if whitelister.changed else html


def _clean_block_value(block, value):
    """The value of ``block`` with the rich text inside it cleaned."""
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if isinstance(value, RichText) else value
        cleaned = clean_rich_text(source)
        return value if cleaned == source else RichText(cleaned)
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            child.value = _clean_block_value(child.block, child.value)
        return value
    if isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if name in value:
                value[name] = _clean_block_value(child_block, value[name])
        return value
    if isinstance(block, blocks.ListBlock):
        for bound in value.bound_blocks:
            bound.value = _clean_block_value(block.child_block, bound.value)
        return value
    return value


def clean_rich_text_fields(instance: models.Model) -> None:
    """Clean every ``RichTextField`` and the rich text in every
    ``StreamField`` of ``instance`` in place (before it is saved)."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, RichTextField):
            setattr(
                instance,
                field.attname,
                clean_rich_text(getattr(instance, field.attname)),
            )
        elif isinstance(field, StreamField):
            value = getattr(instance, field.attname)
            if value is not None:
                _clean_block_value(field.stream_block, value)


@functools.cache
def _has_rich_text(model) -> bool:
    return any(
        isinstance(field, RichTextField | StreamField)
        for field in model._meta.concrete_fields
    )


def clean_before_save(sender, instance, raw=False, **kwargs):
    """``pre_save`` receiver (connected in ``CoreConfig.ready``) for every
    model with rich text: pages, snippets, settings."""
    if not raw and _has_rich_text(sender):
        clean_rich_text_fields(instance)
