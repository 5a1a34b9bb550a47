"""Editors pick target groups and focus areas from the list; they cannot
grow the vocabulary by typing into a page's tag field."""

from django.urls import reverse

from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import MethodPage
from tests.forms import form_values, post_data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_typing_a_new_target_group_into_a_page_is_refused(editor_client):
    method = MethodPage.objects.live().first()
    before = TargetGroup.objects.count()
    values = form_values(editor_client.get(edit_url(method)).content.decode())
    existing = values["target_groups"][0]

    response = editor_client.post(
        edit_url(method),
        post_data(values, target_groups=f'{existing}, "Helt ny målgruppe"'),
    )

    assert response.status_code == 200  # the form is shown again, not a 500
    assert "«Helt ny målgruppe» findes ikke i listen over målgrupper" in (
        response.content.decode()
    )
    assert TargetGroup.objects.count() == before
    assert not TargetGroup.objects.filter(name="Helt ny målgruppe").exists()


def test_typing_a_new_focus_area_is_refused_too(editor_client):
    method = MethodPage.objects.live().first()
    before = FocusArea.objects.count()
    values = form_values(editor_client.get(edit_url(method)).content.decode())

    response = editor_client.post(
        edit_url(method), post_data(values, focus_areas='"Opfundet fokus"')
    )

    assert "«Opfundet fokus» findes ikke i listen over fokusområder" in (
        response.content.decode()
    )
    assert FocusArea.objects.count() == before


def test_editors_cannot_reach_the_vocabulary_snippets(editor_client):
    url = reverse("wagtailsnippets_taxonomy_targetgroup:add")
    response = editor_client.get(url)
    assert response.status_code in (302, 403)


def test_an_administrator_maintains_the_vocabulary_as_a_snippet(admin_client):
    url = reverse("wagtailsnippets_taxonomy_targetgroup:add")
    values = form_values(admin_client.get(url).content.decode())

    response = admin_client.post(
        url,
        post_data(
            values,
            name="Borgere med tinnitus",
            slug="tinnitus",
            description="Borgere med vedvarende øresusen.",
        ),
    )

    assert response.status_code == 302
    assert TargetGroup.objects.get(slug="tinnitus").name == "Borgere med tinnitus"
