"""Editors pick target groups and focus areas from the list; they cannot
grow the vocabulary by typing into a page's tag field."""

from bs4 import BeautifulSoup
from django.urls import reverse

from kb.taxonomy.models import FocusArea, TargetGroup
from tests import factories
from tests.forms import form_values, post_data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_a_term_outside_the_list_is_refused_with_a_danish_error(editor_client):
    method = factories.method_page(target_groups=[factories.target_group()])
    before = TargetGroup.objects.count()
    values = form_values(editor_client.get(edit_url(method)).content.decode())

    response = editor_client.post(
        edit_url(method),
        post_data(values, target_groups=[*values["target_groups"], "999999"]),
    )

    assert response.status_code == 200  # the form is shown again, not a 500
    assert "999999 findes ikke (længere) i listen" in response.content.decode()
    assert TargetGroup.objects.count() == before


def test_terms_are_picked_from_the_whole_list(editor_client):
    """The page form offers every term of both vocabularies as a checkbox."""
    method = factories.method_page()
    soup = BeautifulSoup(
        editor_client.get(edit_url(method)).content.decode(), "html.parser"
    )
    for field, model in (("target_groups", TargetGroup), ("focus_areas", FocusArea)):
        boxes = soup.select(f"input[type=checkbox][name={field}]")
        assert len(boxes) == model.objects.count()
        labels = {box.find_parent("label").get_text(strip=True) for box in boxes}
        assert labels == set(model.objects.values_list("name", flat=True))


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
