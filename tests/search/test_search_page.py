"""The search page and autocomplete as a visitor uses them (on whichever
backend the run is configured with)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from kb.taxonomy.models import TargetGroup
from methods.models import MethodPage
from networks.models import ThemeDayPage
from search.registry import registry

pytestmark = pytest.mark.usefixtures("site_backend")


def soup_for(client, **params):
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def test_empty_search_lists_everything_with_facet_checkboxes(client, db):
    response, soup = soup_for(client)
    assert response.context["results"].total == registry.count_indexable()
    checkbox = soup.select_one("input[type=checkbox][name=type][value=method]")
    assert checkbox is not None
    label = soup.select_one(f'label[for="{checkbox["id"]}"]').get_text(" ", strip=True)
    assert (
        label.startswith("Metode") and f"({MethodPage.objects.live().count()}" in label
    )
    assert soup.find("legend", string="Målgruppe")


def test_filters_are_plain_get_parameters(client, db):
    group = TargetGroup.objects.get(slug="autisme")
    response, soup = soup_for(client, type="method", malgruppe=group.slug)
    expected = MethodPage.objects.live().filter(target_groups=group)
    assert response.context["results"].total == expected.count()
    assert soup.select_one("input[name=malgruppe][value=autisme]").has_attr("checked")
    remove_links = [a.get_text() for a in soup.select(".selected-filters a")]
    assert f"Fjern filter: Målgruppe: {group.name}" in remove_links


def test_result_cards_show_type_tags_date_and_evidence(client, db):
    event = ThemeDayPage.objects.live().first()
    _, soup = soup_for(client, q=event.title, type="event")
    card = soup.select_one(".search-result--event")
    text = card.get_text(" ", strip=True)
    assert "Arrangement" in text
    assert str(event.start.year) in text
    method = MethodPage.objects.get(slug="sammen-om-psykiatri")
    _, soup = soup_for(client, q="Sammen om Psykiatri", type="method")
    card = soup.select_one(".search-result--method").get_text(" ", strip=True)
    assert "Evidensniveau" in card
    assert method.target_groups.first().name in card


def test_no_results_suggests_removing_filters(client, db):
    _, soup = soup_for(client, q="Sammen om Psykiatri", type="offer")
    text = soup.get_text(" ", strip=True)
    assert "Ingen resultater" in text
    assert "Fjern et eller flere af de valgte filtre" in text


def test_highlight_is_escaped_and_marked(client, db):
    _, soup = soup_for(client, q="hjemløse")
    marks = soup.select(".search-result__highlight mark")
    assert marks


def test_bad_input_does_not_break_the_page(client, db):
    for params in (
        {"q": "x" * 500},
        {"side": "abc"},
        {"side": "-3"},
        {"evidens": "ikke-et-tal"},
        {"type": "<script>"},
        {"q": '"uafsluttet citat'},
    ):
        response = client.get(reverse("search:search"), params)
        assert response.status_code == 200, params
    response = client.get(reverse("search:search"), {"q": "x" * 500})
    assert "Søgningen er for lang" in response.content.decode()


def test_autocomplete_suggests_methods_target_groups_and_focus_areas(client, db):
    response = client.get(reverse("search:autocomplete"), {"q": "aut"})
    suggestions = response.json()["suggestions"]
    kinds = {s["type"] for s in suggestions}
    assert "Målgruppe" in kinds
    assert any(s["label"] == "Borgere med autisme" for s in suggestions)
    response = client.get(reverse("search:autocomplete"), {"q": "sammen om"})
    assert response.json()["suggestions"][0]["label"] == "Sammen om Psykiatri"
    assert client.get(reverse("search:autocomplete")).json() == {"suggestions": []}


def test_method_page_shows_related_content(client, db):
    method = MethodPage.objects.get(slug="sammen-om-psykiatri")
    soup = BeautifulSoup(client.get(method.url).content.decode(), "html.parser")
    related = soup.select("#relaterede ~ ul a")
    assert related
    assert method.url not in [a["href"] for a in related]
