"""Terms with commas survive editing: the picker round-trips every demo
page's target groups and focus areas, and re-publishing changes nothing."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import MethodPage
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


def test_republishing_a_page_with_comma_terms_keeps_them(admin_client):
    comma_terms = [
        *TargetGroup.objects.filter(name__contains=","),
        *FocusArea.objects.filter(name__contains=","),
    ]
    page = (
        MethodPage.objects.live()
        .filter(focus_areas__in=[t for t in comma_terms if isinstance(t, FocusArea)])
        .filter(
            target_groups__in=[t for t in comma_terms if isinstance(t, TargetGroup)]
        )
        .first()
    ) or MethodPage.objects.live().filter(focus_areas__name__contains=",").first()
    before = (term_ids(page, "target_groups"), term_ids(page, "focus_areas"))
    values = form_values(admin_client.get(edit_url(page)).content.decode())

    response = admin_client.post(edit_url(page), post_data(values, **PUBLISH))

    assert response.status_code == 302, response.content.decode()[:2000]
    page = MethodPage.objects.get(pk=page.pk)
    assert (term_ids(page, "target_groups"), term_ids(page, "focus_areas")) == before
    assert any("," in name for name in page.focus_areas.names())


def test_an_editor_can_change_the_terms_with_the_picker(admin_client):
    page = MethodPage.objects.live().filter(focus_areas__name__contains=",").first()
    new_area = FocusArea.objects.exclude(pk__in=page.focus_areas.all()).first()
    values = form_values(admin_client.get(edit_url(page)).content.decode())

    response = admin_client.post(
        edit_url(page),
        post_data(values, focus_areas=[str(new_area.pk)], **PUBLISH),
    )

    assert response.status_code == 302
    page = MethodPage.objects.get(pk=page.pk)
    assert list(page.focus_areas.all()) == [new_area]
