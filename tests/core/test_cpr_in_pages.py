"""CPR numbers are refused where no field validator looks: in the text of
every StreamField block (headings, paragraphs, quotes, struct children, list
items) and in the title and SEO fields Wagtail's Page brings, for every page
type and every other model with a StreamField."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from agreements.models import FrameworkAgreementIndexPage
from corps.models import CorpsIndexPage
from home.models import ContentPage
from kb.core.cpr import CPR_MESSAGE, RefusesCprNumbers
from kb.core.forms import PageCopyForm
from kb.core.pages import PageRefusesCprNumbers
from methods.models import EvidenceIndexPage, EvidenceScalePage, MethodIndexPage
from networks.models import EventIndexPage, NetworkIndexPage
from tests import factories
from tests.core.test_cpr_everywhere import PROJECT_APPS

MESSAGE = str(CPR_MESSAGE)

# How people write a CPR number: plain, spaced, with dots, and with the
# Unicode minus a word processor or phone keyboard puts in.
CPR_WRITINGS = ["010190-1234", "010190 - 1234", "01.01.90-1234", "010190\u22121234"]

# Numbers an editor legitimately writes: phone numbers, dates, a CVR number,
# an amount and a case number.
ORDINARY_TEXT = (
    "Ring på 33 66 33 66 eller +45 12345678. Mødet er 12-03-2024 kl. 10.00 "
    "(12.03.2024). CVR-nr. 29189846. Det koster 1.234.567,50 kr. "
    "Journalnummer 12345678901."
)


def content_page():
    page = ContentPage(title=factories.unique("Om"), slug=factories.unique("om"))
    factories.home_page().add_child(instance=page)
    return page


def focus_area_entry():
    agreement = factories.agreement(focus_areas=[factories.focus_area()])
    return agreement.focus_area_entries.get()


# One instance of every page type and every other model with a StreamField;
# the test below keeps the list complete.
INSTANCES = {
    "home.HomePage": factories.home_page,
    "home.ContentPage": content_page,
    "methods.MethodIndexPage": lambda: factories.index_page(MethodIndexPage),
    "methods.MethodPage": factories.method_page,
    "methods.EvidenceIndexPage": lambda: factories.index_page(EvidenceIndexPage),
    "methods.EvidencePage": factories.evidence_page,
    "methods.EvidenceScalePage": lambda: factories.index_page(EvidenceScalePage),
    "networks.NetworkIndexPage": lambda: factories.index_page(NetworkIndexPage),
    "networks.NetworkPage": factories.network_page,
    "networks.EventIndexPage": lambda: factories.index_page(EventIndexPage),
    "networks.ThemeDayPage": factories.theme_day,
    "corps.CorpsIndexPage": lambda: factories.index_page(CorpsIndexPage),
    "corps.SpecialistPage": factories.specialist_page,
    "agreements.FrameworkAgreementIndexPage": lambda: factories.index_page(
        FrameworkAgreementIndexPage
    ),
    "agreements.FrameworkAgreementPage": factories.agreement,
    "agreements.AgreementFocusArea": focus_area_entry,
}

PAGE_TYPES = [label for label in INSTANCES if issubclass(apps.get_model(label), Page)]

TEXT_BLOCKS = (
    blocks.CharBlock,
    blocks.TextBlock,  # and BlockQuoteBlock
    blocks.RichTextBlock,
    blocks.URLBlock,
    blocks.EmailBlock,
    blocks.RegexBlock,
    blocks.RawHTMLBlock,
)


def project_models():
    return [m for m in apps.get_models() if m._meta.app_label in PROJECT_APPS]


def stream_fields(model):
    return [f for f in model._meta.concrete_fields if isinstance(f, StreamField)]


def text_paths(block, path=()):
    """The path (child names) to every text block under ``block``."""
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from text_paths(child, (*path, name))
    elif isinstance(block, blocks.ListBlock):
        yield from text_paths(block.child_block, path)
    elif isinstance(block, TEXT_BLOCKS):
        yield path


def raw_value(block, path, text):
    """Stored data with ``text`` at ``path`` and nothing else."""
    if isinstance(block, blocks.StreamBlock):
        name, *rest = path
        return [
            {"type": name, "value": raw_value(block.child_blocks[name], rest, text)}
        ]
    if isinstance(block, blocks.ListBlock):
        return [{"type": "item", "value": raw_value(block.child_block, path, text)}]
    if isinstance(block, blocks.StructBlock):
        name, *rest = path
        return {name: raw_value(block.child_blocks[name], rest, text)}
    if isinstance(block, blocks.RichTextBlock):
        return f"<p>Sagen: <b>{text}</b></p>"
    return text


def error_at(block, path):
    """Wagtail's editor's view of an error at ``path`` (its JSON), as the
    blocks themselves raise it."""
    if isinstance(block, blocks.StreamBlock):
        name, *rest = path
        return {"blockErrors": {0: error_at(block.child_blocks[name], rest)}}
    if isinstance(block, blocks.ListBlock):
        return {"blockErrors": {0: error_at(block.child_block, path)}}
    if isinstance(block, blocks.StructBlock):
        name, *rest = path
        return {"blockErrors": {name: error_at(block.child_blocks[name], rest)}}
    return {"messages": [MESSAGE]}


def stream_text_cases():
    for model in project_models():
        for field in stream_fields(model):
            for path in text_paths(field.stream_block):
                yield pytest.param(
                    model._meta.label,
                    field.name,
                    path,
                    id=f"{model._meta.label}.{field.name}.{'.'.join(path)}",
                )


def errors_of(instance) -> dict:
    try:
        instance.full_clean()
    except ValidationError as error:
        return error.error_dict
    return {}


def test_every_page_type_and_model_with_a_stream_field_refuses_cpr_numbers():
    pages = {m._meta.label for m in project_models() if issubclass(m, Page)}
    with_streams = {m._meta.label for m in project_models() if stream_fields(m)}
    assert set(INSTANCES) == pages | with_streams
    for model in project_models():
        if issubclass(model, Page):
            assert issubclass(model, PageRefusesCprNumbers), model
            # Checked before Page's own clean_fields (the mixin comes first).
            assert model.__mro__.index(PageRefusesCprNumbers) < model.__mro__.index(
                Page
            )
        if stream_fields(model):
            assert issubclass(model, RefusesCprNumbers), model


def test_the_walk_finds_the_text_blocks_of_every_stream_field():
    paths = {
        (label, field, ".".join(path))
        for label, field, path in (case.values for case in stream_text_cases())
    }
    assert ("methods.MethodPage", "core_elements", "core_element.text") in paths
    assert ("home.ContentPage", "body", "heading.text") in paths
    assert ("home.ContentPage", "body", "paragraph") in paths
    assert ("home.ContentPage", "body", "quote") in paths
    assert ("networks.ThemeDayPage", "programme", "item.speaker") in paths
    assert ("networks.ThemeDayPage", "materials", "material.url") in paths
    assert ("agreements.AgreementFocusArea", "actions", "action.text") in paths


@pytest.mark.parametrize("label, field_name, path", list(stream_text_cases()))
def test_a_cpr_number_in_a_block_is_refused_there_ordinary_numbers_pass(
    db, label, field_name, path
):
    instance = INSTANCES[label]()
    block = instance._meta.get_field(field_name).stream_block
    for cpr in CPR_WRITINGS:
        setattr(instance, field_name, raw_value(block, path, f"Borgeren, cpr {cpr}"))

        errors = errors_of(instance)

        assert list(errors) == [field_name], cpr
        [error] = errors[field_name]
        assert error.as_json_data() == error_at(block, path), cpr

    setattr(instance, field_name, raw_value(block, path, ORDINARY_TEXT))
    assert errors_of(instance) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p>Borgeren har cpr 010190<b>-1234</b>.</p>",
        "<p>Borgeren har cpr 010190&nbsp;-&nbsp;1234.</p>",
        "<p>Borgeren har cpr 010190&#8722;1234.</p>",
    ],
)
def test_a_cpr_number_split_by_markup_is_refused(db, paragraph):
    page = content_page()
    page.body = [{"type": "paragraph", "value": paragraph}]

    [error] = errors_of(page)["body"]

    assert error.as_json_data() == {"blockErrors": {0: {"messages": [MESSAGE]}}}


@pytest.mark.parametrize("label", PAGE_TYPES)
@pytest.mark.parametrize("field_name", ["title", "seo_title", "search_description"])
def test_a_cpr_number_in_the_title_and_seo_fields_is_refused_not_others(
    db, label, field_name
):
    page = INSTANCES[label]()
    for number, cpr in enumerate(CPR_WRITINGS):
        setattr(page, field_name, f"Sag {number}: {cpr}")
        errors = errors_of(page)
        assert list(errors) == [field_name], cpr
        assert errors[field_name][0].messages == [MESSAGE]

    setattr(page, field_name, ORDINARY_TEXT[:255])
    assert errors_of(page) == {}


def test_only_the_fields_a_form_shows_are_checked(db):
    # A form validates the model without the fields it does not show
    # (exclude); an error on one of those would crash the form.
    page = content_page()
    page.seo_title = "Sag 010190-1234"
    page.body = [{"type": "quote", "value": "010190-1234"}]

    page.full_clean(exclude=["seo_title", "body"])  # raises nothing


def test_a_rich_text_field_refuses_a_number_split_by_markup(db):
    page = factories.evidence_page()
    page.findings = "<p>Borgeren har cpr 010190<i>-1234</i>.</p>"

    assert [e.messages for e in errors_of(page)["findings"]] == [[MESSAGE]]


def test_a_page_copy_refuses_a_cpr_number_in_its_new_title(db, admin_client):
    method = factories.method_page()
    url = reverse("wagtailadmin_pages:copy", args=[method.pk])
    title = "Kopi for borger 010190 - 1234"

    response = admin_client.post(
        url,
        {
            "new_title": title,
            "new_slug": "kopi-af-metode",
            "new_parent_page": method.get_parent().pk,
        },
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert isinstance(form, PageCopyForm)
    assert form.errors["new_title"] == [MESSAGE]
    assert form["new_title"].value() == title
    assert not Page.objects.filter(slug="kopi-af-metode").exists()

    response = admin_client.post(
        url,
        {
            "new_title": "Kopi af metode",
            "new_slug": "kopi-af-metode",
            "new_parent_page": method.get_parent().pk,
        },
    )
    assert response.status_code == 302
    assert Page.objects.get(slug="kopi-af-metode").title == "Kopi af metode"
