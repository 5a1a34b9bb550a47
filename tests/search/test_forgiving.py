"""Forgiving search, rule by rule, on both backends: most words rank first,
Danish compounds are split, editors' synonyms expand the query, typos are
corrected (and the page says so), and a search that finds nothing offers a
way on."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from search import backends, vocabulary
from search.backends.base import SearchQuery
from search.compounds import CompoundSplitter, dictionary_words
from search.models import SearchSynonym
from tests import factories


@pytest.fixture
def offers(db, on_commit):
    """Offers whose words appear nowhere else in the demo content."""
    made = {}
    for key, name, description in [
        (
            "bofællesskab",
            "Strandvejens bofællesskab",
            "Bofællesskab for unge med autisme, som forlader en anbringelse.",
        ),
        ("klasser", "Tilbud Ølstykkelund", "Vi driver autismeklasser for de mindste."),
        ("handicap", "Tilbud Æbelholtgård", "Rådgivning om handicap i hverdagen."),
        ("familie", "Tilbud Rønnebærhuset", "Tilbud om behandling af hele familien."),
    ]:
        made[key] = on_commit(
            lambda name=name, description=description: factories.offer(
                name, description=description
            )
        )
    return made


def doc_ids(results):
    return [hit.doc_id for hit in results.hits]


def doc(offer):
    return f"offer-{offer.pk}"


class ForgivingContract:
    def find(self, text, *, correct=True, **kwargs):
        kwargs.setdefault("per_page", 200)
        return backends.search(
            SearchQuery(text=text, now=timezone.now(), **kwargs),
            correct_spelling=correct,
        )

    def test_a_long_question_finds_the_best_partial_match_first(
        self, use_backend, offers
    ):
        results = self.find("unge med autisme der forlader anbringelse")
        assert doc(offers["bofællesskab"]) in doc_ids(results)[:3]
        # Documents with only some of the words are there too, after it.
        assert results.total > 3

    def test_more_query_words_rank_higher(self, use_backend, offers):
        ids = doc_ids(self.find("strandvejens autisme"))
        assert ids[0] == doc(offers["bofællesskab"])

    def test_quoted_phrases_stay_exact(self, use_backend, offers):
        assert doc(offers["bofællesskab"]) in doc_ids(
            self.find('"forlader en anbringelse"')
        )
        assert self.find('"anbringelse forlader"', correct=False).total == 0

    def test_a_part_finds_the_compound(self, use_backend, offers):
        assert doc(offers["klasser"]) in doc_ids(self.find("autisme"))

    def test_a_compound_finds_its_last_part(self, use_backend, offers):
        assert doc(offers["handicap"]) in doc_ids(
            self.find("synshandicap", correct=False)
        )
        assert doc(offers["familie"]) in doc_ids(
            self.find("familiebehandling", correct=False)
        )

    def test_a_word_is_not_found_inside_a_longer_unrelated_word(
        self, use_backend, on_commit
    ):
        """Whole words (by stem) on both backends, so their counts agree:
        "kvadr" is not found in "kvadrillioner", but in "kvadr"."""
        for name, description in [
            ("Tilbud Kildevæld", "Vi taler om kvadrillioner af muligheder."),
            ("Tilbud Mosebo", "Forkortelsen kvadr står i skemaet."),
        ]:
            on_commit(
                lambda name=name, description=description: factories.offer(
                    name, description=description
                )
            )
        titles = [hit.title for hit in self.find("kvadr", correct=False).hits]
        assert "Tilbud Mosebo" in titles
        assert "Tilbud Kildevæld" not in titles

    def test_editors_synonyms_expand_the_query(self, use_backend, offers):
        assert doc(offers["bofællesskab"]) not in doc_ids(
            self.find("bokollektiv", correct=False)
        )
        SearchSynonym.objects.create(terms="bokollektiv, bofællesskab")
        assert doc(offers["bofællesskab"]) in doc_ids(
            self.find("bokollektiv", correct=False)
        )

    def test_seeded_synonyms_exist(self, use_backend):
        groups = [s.term_list() for s in SearchSynonym.objects.all()]
        assert ["efterværn", "overgang til voksenlivet"] in groups
        assert any({"autist", "autisme"} <= set(g) for g in groups)
        assert any({"ADHD", "opmærksomhedsforstyrrelse"} <= set(g) for g in groups)

    def test_typos_are_corrected_and_reported(self, use_backend, offers):
        results = self.find("strandvejns")
        assert results.corrected_from == "strandvejns"
        assert results.corrected_to == "strandvejens"
        assert doc(offers["bofællesskab"]) in doc_ids(results)
        results = self.find("autsime")
        assert results.corrected_to == "autisme" and results.total > 0

    def test_search_page_says_what_it_searched_for(self, use_backend, client):
        response = client.get(reverse("search:search"), {"q": "autsime"})
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        notice = soup.find(string=re.compile("Viser resultater for »autisme«"))
        assert notice is not None
        # The count says what was counted: the corrected word.
        count = soup.select_one(".result-count").get_text(" ", strip=True)
        assert re.fullmatch(r"\d+ resultater? for „autisme“", count), count
        link = soup.find("a", string="Søg i stedet efter »autsime«")
        assert "praecis=1" in link["href"]
        exact = client.get(reverse("search:search") + link["href"])
        assert "Viser resultater for" not in exact.content.decode()
        assert exact.context["results"].corrected_from == ""

    def test_zero_results_offer_a_way_on(self, use_backend, client):
        response = client.get(
            reverse("search:search"), {"q": "autisme", "type": "offer", "evidens": "5"}
        )
        assert response.context["results"].total == 0
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        items = [
            li.get_text(" ", strip=True) for li in soup.select(".search-suggestions li")
        ]
        assert any(i.startswith("Fjern filteret Evidensniveau") for i in items), items
        assert any("Målgruppe: Borgere med autisme" in i for i in items), items

    def test_zero_results_suggest_the_nearest_focus_area(self, use_backend, client):
        response = client.get(
            reverse("search:search"),
            {"q": "velfærdsteknologi", "type": "offer", "evidens": "5"},
        )
        assert response.context["results"].total == 0
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        items = [
            li.get_text(" ", strip=True) for li in soup.select(".search-suggestions li")
        ]
        assert "Fokusområde: Velfærdsteknologi" in items

    def test_result_cards_show_the_evidence_level_by_name(self, use_backend, client):
        response = client.get(reverse("search:search"), {"q": "Sammen om Psykiatri"})
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        levels = [
            dt.find_next_sibling("dd").get_text(strip=True)
            for dt in soup.select(".search-results dt")
            if dt.get_text(strip=True) == "Evidensniveau"
        ]
        assert levels
        assert all(re.fullmatch(r"\d – \w.+|Ikke vurderet", v) for v in levels), levels

    def test_event_snippets_show_no_raw_times(self, use_backend):
        results = self.find("", filters={"content_type": ("event",)})
        assert results.total
        for hit in results.hits + self.find("kl").hits:
            assert not re.search(r"\d\d:\d\d:\d\d", f"{hit.summary} {hit.highlight}")


@pytest.mark.django_db
class TestDatabaseBackend(ForgivingContract):
    pass


@pytest.mark.django_db
class TestElasticsearchBackend(ForgivingContract):
    @pytest.fixture
    def backend_alias(self):
        return "elasticsearch"


def test_compounds_split_on_the_danish_dictionary():
    splitter = CompoundSplitter()
    assert splitter.split("autismeklasser") == ("autisme", "klasser")
    assert splitter.tails("synshandicap") == ["handicap"]
    assert splitter.tails("familiebehandling") == ["behandling"]
    # Ordinary words and suffixes are not taken for parts.
    assert splitter.split("forældre") == ()
    assert splitter.split("hjemløse") == ()


def test_without_the_dictionary_the_vocabulary_still_splits(settings):
    settings.KB_SEARCH_DICTIONARY = "/nonexistent/da_DK.dic"
    dictionary_words.cache_clear()
    try:
        assert dictionary_words() == frozenset()
        splitter = CompoundSplitter(frozenset({"kvist", "stole"}))
        assert splitter.split("kvistestole") == ("kvist", "stole")
        assert CompoundSplitter().split("autismeklasser") == ()
    finally:
        dictionary_words.cache_clear()


def test_edit_distance_counts_a_swap_once():
    assert vocabulary.edit_distance("autsime", "autisme", 2) == 1
    assert vocabulary.edit_distance("housnig", "housing", 2) == 1
    assert vocabulary.edit_distance("autisme", "psykiatri", 2) > 2


@pytest.mark.django_db
def test_trigram_extension_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("pg_trgm is PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone()
