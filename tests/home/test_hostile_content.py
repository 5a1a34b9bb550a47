"""No text an editor (or an import) stores can put a script on a page:
hostile input in every text, rich text and StreamField field of every page
type, published and rendered, leaves no script, event handler or
``javascript:`` link in the HTML."""

from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from kb.core.richtext import clean_rich_text

HOSTILE_TEXT = '"><script>alert("tekst")</script><img src=x onerror=alert(1)>'
HOSTILE_HTML = (
    '<p>Hej<script>alert("rig")</script>'
    '<img src="x" onerror="alert(2)">'
    '<a href="javascript:alert(3)">klik</a>'
    '<a href="JaVa\tScRiPt:alert(4)">igen</a>'
    '<iframe src="https://angriber.example"></iframe>'
    '<b onmouseover="alert(5)" style="x">fed</b></p>'
)
HOSTILE_URL = 'https://example.dk/"><script>alert("url")</script>'


class ScriptFinder(HTMLParser):
    """Collects what a browser would run: scripts without a ``src`` of the
    site's own, ``on…`` attributes, ``javascript:`` addresses."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and value:
                compact = "".join(value.split()).lower()
                if compact.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "script" and not dict(attrs).get("src", "").startswith("/static/"):
            self.found.append(f"<script {attrs}>")
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")


def runnable_parts(html: str) -> list[str]:
    finder = ScriptFinder()
    finder.feed(html)
    return finder.found


def hostile_raw(block):
    """A raw (JSON) value for ``block`` with hostile input in every text."""
    if isinstance(block, blocks.RichTextBlock):
        return HOSTILE_HTML
    if isinstance(block, blocks.URLBlock):
        return HOSTILE_URL
    if isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.BlockQuoteBlock):
        return HOSTILE_TEXT
    if isinstance(block, blocks.ChoiceBlock):
        return block.field.choices[-1][0]
    if isinstance(block, blocks.TimeBlock):
        return "09:00"
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": hostile_raw(child)}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.StructBlock):
        return {name: hostile_raw(child) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return [hostile_raw(block.child_block)]
    return None  # choosers and the like: nothing an editor types


def is_text_field(field) -> bool:
    return (
        isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, models.SlugField | models.EmailField)
        and not field.choices
        and field.editable
        and field.name not in ("url_path", "draft_title", "latest_revision_created_at")
        and field.model is not Page
    ) or field.name in ("title", "seo_title", "search_description")


PAGE_TYPES = sorted(
    (
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and model._meta.app_label not in ("wagtailcore",)
    ),
    key=lambda model: model._meta.label,
)


def make_hostile(page) -> list[str]:
    filled = []
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            setattr(page, field.attname, hostile_raw(field.stream_block))
        elif isinstance(field, RichTextField):
            setattr(page, field.attname, HOSTILE_HTML)
        elif isinstance(field, models.URLField) and field.editable:
            setattr(page, field.attname, HOSTILE_URL)
        elif is_text_field(field):
            value = (
                HOSTILE_TEXT[: field.max_length] if field.max_length else HOSTILE_TEXT
            )
            setattr(page, field.attname, value)
        else:
            continue
        filled.append(field.name)
    return filled


def test_every_page_type_is_covered():
    labels = {model._meta.label for model in PAGE_TYPES}
    assert {"home.ContentPage", "methods.MethodPage", "networks.ThemeDayPage"} <= labels
    assert len(labels) >= 15


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m._meta.label)
def test_hostile_input_in_every_field_renders_no_script(db, client, model):
    page = model.objects.live().first()
    assert page is not None, f"the demo has no {model._meta.label}"
    filled = make_hostile(page)
    assert filled
    page.save_revision().publish()

    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert runnable_parts(html) == []
    # The input is shown as text, not dropped.
    assert "&lt;script&gt;alert(" in html or "alert(" not in html


def test_clean_rich_text_keeps_wagtails_own_format():
    html = (
        '<p data-block-key="a1">Se <a linktype="page" id="3">metoden</a>, '
        '<a href="https://example.dk">et link</a> og '
        '<a linktype="document" id="7">bilaget</a>.</p>'
        '<embed embedtype="image" format="left" id="4" alt="Diagram"/>'
        "<ul><li>Et <b>punkt</b></li></ul>"
    )
    assert clean_rich_text(html) is html


def test_clean_rich_text_removes_what_could_run():
    cleaned = clean_rich_text(HOSTILE_HTML)
    assert runnable_parts(cleaned) == []
    assert "<script" not in cleaned and "alert(&quot;rig" not in cleaned
    assert "fed" in cleaned and "klik" in cleaned
