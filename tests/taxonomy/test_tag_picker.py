"""Terms with commas survive editing: the picker round-trips every demo
page's target groups and focus areas, and re-publishing changes nothing."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import MethodPage
from tests import factories
from tests.forms import form_values, post_data

PUBLISH = {"action-publish": "action-publish"}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def tagged_demo_pages():
    pages = []
    for page in Page.objects.live().specific():
        if hasattr(page, "target_groups") or hasattr(page, "focus_areas"):
            pages.append(page)
    return pages


def term_ids(page, field):
    if not hasattr(page, field):
        return set()
    return {str(pk) for pk in getattr(page, field).values_list("pk", flat=True)}


@pytest.mark.django_db
def test_demo_content_uses_terms_with_commas():
    """The bug only shows with such terms; make sure the demo has them."""
    assert TargetGroup.objects.filter(name__contains=",").exists()
    comma_area = FocusArea.objects.get(name="Børn, unge og skole")
    assert MethodPage.objects.filter(focus_areas=comma_area).exists()


def test_every_tagged_demo_page_shows_its_own_terms_checked(admin_client):
    pages = tagged_demo_pages()
    assert len(pages) > 50
    for page in pages:
        values = form_values(admin_client.get(edit_url(page)).content.decode())
        for field in ("target_groups", "focus_areas"):
            assert set(values.get(field, [])) == term_ids(page, field), (
                page.title,
                field,
            )


def comma_tagged_method():
    """A method whose target group and focus area have commas in their names."""
    return factories.method_page(
        target_groups=[factories.target_group("Børn, unge og voksne med autisme")],
        focus_areas=[factories.focus_area("Skole, uddannelse og job")],
    )


def test_republishing_a_page_with_comma_terms_keeps_them(admin_client):
    page = comma_tagged_method()
    before = (term_ids(page, "target_groups"), term_ids(page, "focus_areas"))
    values = form_values(admin_client.get(edit_url(page)).content.decode())

    response = admin_client.post(edit_url(page), post_data(values, **PUBLISH))

    assert response.status_code == 302, response.content.decode()[:2000]
    page = MethodPage.objects.get(pk=page.pk)
    assert (term_ids(page, "target_groups"), term_ids(page, "focus_areas")) == before
    assert any("," in name for name in page.focus_areas.names())
    assert any("," in name for name in page.target_groups.names())


def test_an_editor_can_change_the_terms_with_the_picker(admin_client):
    page = comma_tagged_method()
    new_area = factories.focus_area("Beskæftigelse, bolig og fritid")
    values = form_values(admin_client.get(edit_url(page)).content.decode())

    response = admin_client.post(
        edit_url(page),
        post_data(values, focus_areas=[str(new_area.pk)], **PUBLISH),
    )

    assert response.status_code == 302
    page = MethodPage.objects.get(pk=page.pk)
    assert list(page.focus_areas.all()) == [new_area]
