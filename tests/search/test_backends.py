"""The same search behaviour, proven on every backend.

``TestDatabaseBackend`` runs on SQLite or PostgreSQL (whichever the run uses);
``TestElasticsearchBackend`` against the real Elasticsearch node.
"""

import threading

import pytest
from django.db import connection
from django.utils import timezone

from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import MethodPage
from networks.models import ThemeDayPage
from offers.models import Offer
from search.backends import get_search_backend
from search.backends.base import SearchQuery
from search.models import IndexEntry
from search.query_words import correct
from search.registry import registry
from tests.search.conftest import rebuild


def titles(results):
    return [hit.title for hit in results.hits]


def facet(results, name):
    return {value.value: value.count for value in results.facets[name]}


class SearchBackendContract:
    def query(self, backend, text="", **kwargs):
        kwargs.setdefault("now", timezone.now())
        kwargs.setdefault("per_page", 100)
        return backend.search(SearchQuery(text=text, **kwargs))

    def test_empty_query_shows_everything_with_facets(self, backend):
        results = self.query(backend)
        assert results.total == registry.count_indexable()
        counts = facet(results, "content_type")
        assert counts["method"] == MethodPage.objects.live().count()
        assert counts["offer"] == Offer.objects.count()

    def test_title_words_find_the_method(self, backend):
        results = self.query(backend, "Sammen om Psykiatri")
        assert "Sammen om Psykiatri" in titles(results)[:3]

    def test_danish_inflections_match(self, backend):
        # "børnene" (the children) and "børn" (children) share a stem.
        plural_definite = set(titles(self.query(backend, "børnene")))
        plain = set(titles(self.query(backend, "børn")))
        assert plain and plural_definite
        assert len(plain & plural_definite) >= len(plain) // 2

    def test_case_of_æøå_does_not_matter(self, backend):
        lower = titles(self.query(backend, "skæve boliger"))
        upper = titles(self.query(backend, "SKÆVE BOLIGER"))
        assert lower and lower == upper
        assert any("Skæve" in title for title in lower)

    def test_phrase_search_requires_the_words_together(self, backend):
        phrase = self.query(backend, '"skæve boliger"')
        assert phrase.total >= 1
        for hit in phrase.hits:
            entry = IndexEntry.objects.get(doc_id=hit.doc_id)
            text = " ".join([entry.title, entry.summary, entry.body]).lower()
            assert "skæve bolig" in text, hit.title
        reversed_phrase = self.query(backend, '"boliger skæve"')
        assert reversed_phrase.total < phrase.total

    def test_results_are_highlighted(self, backend):
        results = self.query(backend, "hjemløse")
        assert results.total
        assert any("<mark>" in str(hit.highlight) for hit in results.hits)

    def test_a_filter_value_nothing_can_have_matches_nothing(self, backend):
        results = self.query(backend, "autisme", filters={"evidence_level": ("x",)})
        assert results.total == 0 and results.hits == []

    def test_filters_combine_and_facet_counts_respect_the_other_filters(self, backend):
        target_group = TargetGroup.objects.get(slug="autisme")
        results = self.query(
            backend,
            filters={
                "content_type": ("method",),
                "target_groups": (target_group.slug,),
            },
        )
        expected = MethodPage.objects.live().filter(target_groups=target_group)
        assert sorted(titles(results)) == sorted(m.title for m in expected)
        # Focus area counts: among the autism methods.
        focus_counts = facet(results, "focus_areas")
        for area in FocusArea.objects.all():
            n = expected.filter(focus_areas=area).count()
            assert focus_counts.get(area.slug, 0) == n, area.slug
        # Type counts ignore the type filter itself (so others can be added).
        type_counts = facet(results, "content_type")
        assert type_counts["method"] == expected.count()
        assert (
            type_counts.get("offer", 0)
            == Offer.objects.filter(target_groups=target_group).count()
        )
        selected = [v for v in results.facets["content_type"] if v.selected]
        assert [v.value for v in selected] == ["method"]

    def test_two_values_of_one_facet_mean_either(self, backend):
        slugs = ("autisme", "adhd")
        results = self.query(
            backend, filters={"content_type": ("method",), "target_groups": slugs}
        )
        expected = (
            MethodPage.objects.live().filter(target_groups__slug__in=slugs).distinct()
        )
        assert results.total == expected.count()

    def test_upcoming_and_past_events(self, backend):
        now = timezone.now()
        upcoming = self.query(backend, filters={"event_time": ("upcoming",)}, now=now)
        assert sorted(titles(upcoming)) == sorted(
            e.title for e in ThemeDayPage.objects.live().filter(end__gte=now)
        )
        counts = facet(upcoming, "event_time")
        assert counts["past"] == ThemeDayPage.objects.live().filter(end__lt=now).count()

    def test_evidence_level_and_region_facets(self, backend):
        results = self.query(
            backend, filters={"evidence_level": ("3",), "content_type": ("method",)}
        )
        assert sorted(titles(results)) == sorted(
            MethodPage.objects.live()
            .filter(evidence_level=3)
            .values_list("title", flat=True)
        )
        regional = self.query(
            backend,
            filters={"regions": ("region-nordjylland",), "content_type": ("offer",)},
        )
        assert sorted(titles(regional)) == sorted(
            Offer.objects.filter(region__slug="region-nordjylland").values_list(
                "name", flat=True
            )
        )

    def test_sort_by_date_puts_newest_first(self, backend):
        results = self.query(backend, filters={"content_type": ("event",)}, sort="date")
        dates = [hit.date for hit in results.hits]
        assert dates == sorted(dates, reverse=True)

    def test_pagination(self, backend):
        first = self.query(backend, per_page=10, page=1)
        second = self.query(backend, per_page=10, page=2)
        assert len(first.hits) == 10 and len(second.hits) == 10
        assert not {h.doc_id for h in first.hits} & {h.doc_id for h in second.hits}

    def test_no_results(self, backend):
        results = self.query(backend, "zxqvbnm")
        assert results.total == 0 and results.hits == []

    def test_autocomplete_completes_title_prefixes(self, backend):
        labels = [s.label for s in backend.autocomplete("sammen o")]
        assert "Sammen om Psykiatri" in labels
        assert backend.autocomplete("") == []

    def test_related_content_shares_subject_and_excludes_itself(self, backend):
        method = MethodPage.objects.get(slug="sammen-om-psykiatri")
        related = backend.related(f"method-{method.pk}")
        assert related
        assert f"method-{method.pk}" not in [hit.doc_id for hit in related]
        tags = set(method.target_groups.values_list("name", flat=True)) | set(
            method.focus_areas.values_list("name", flat=True)
        )
        assert any(tags & set(hit.target_groups + hit.focus_areas) for hit in related)


class TestDatabaseBackend(SearchBackendContract):
    @pytest.fixture
    def backend_alias(self):
        return "database"

    def test_typos_in_longer_words_are_found_after_the_shared_correction(
        self, backend
    ):
        """Neither backend matches fuzzily (Elasticsearch's fuzzy queries
        doubled its search time and found other documents than the database
        backend): both search for the word the shared correction chose."""
        assert "Sammen om Psykiatri" in titles(
            self.query(backend, correct("psykiatrii"))
        )
        assert self.query(backend, correct("hjemløshd")).total > 0

    def test_total_and_all_facet_counts_come_from_one_query(
        self, backend, django_assert_max_num_queries
    ):
        """Not a query per facet: the text is matched once for the counts
        and once for the page, whatever is selected."""
        filters = {"content_type": ("method",), "target_groups": ("autisme",)}
        self.query(backend, "autisme", filters=filters)  # warm caches
        # Counts, page, two prefetches, three facet label lookups; on
        # PostgreSQL also the time limit and its transaction (3). One query
        # per facet would be at least 13.
        with django_assert_max_num_queries(10):
            results = self.query(backend, "autisme", filters=filters)
        assert results.total > 0
        assert set(results.facets) >= {"content_type", "focus_areas", "regions"}


class TestElasticsearchBackend(SearchBackendContract):
    @pytest.fixture
    def backend_alias(self):
        return "elasticsearch"

    def test_rebuild_while_searching_keeps_answering(self, backend):
        totals, errors = [], []
        done = threading.Event()

        def keep_searching():
            try:
                while not done.is_set():
                    try:
                        totals.append(self.query(backend, "borgere").total)
                    except Exception as exc:  # noqa: BLE001 - recorded for the assert
                        errors.append(exc)
            finally:
                connection.close()  # this thread's own database connection

        searcher = threading.Thread(target=keep_searching)
        searcher.start()
        try:
            for _ in range(3):
                rebuild(backend)
        finally:
            done.set()
            searcher.join()
        assert not errors
        assert len(totals) > 3 and min(totals) > 0

    def test_failed_rebuild_leaves_the_old_index_serving(self, backend):
        before = backend._versioned_indices()

        def broken_documents():
            yield from ()
            raise RuntimeError("database went away mid-rebuild")

        with pytest.raises(RuntimeError):
            backend.rebuild(broken_documents(), total=10)

        assert backend._versioned_indices() == before
        assert self.query(backend, "Sammen om Psykiatri").total > 0

    def test_new_indices_get_the_configured_replicas(self, backend, settings):
        settings.KB_SEARCH_BACKENDS = {
            **settings.KB_SEARCH_BACKENDS,
            "elasticsearch": {
                **settings.KB_SEARCH_BACKENDS["elasticsearch"],
                "REPLICAS": 1,
            },
        }
        replicated = get_search_backend("elasticsearch")
        rebuild(replicated)
        (index_settings,) = replicated.client.indices.get_settings(
            index=replicated.index_alias
        ).values()
        assert index_settings["settings"]["index"]["number_of_replicas"] == "1"

    def test_only_one_index_remains_after_rebuild(self, backend):
        rebuild(backend)
        assert len(backend._versioned_indices()) == 1
        assert backend.document_ids() == {
            f"{kind}-{pk}" for kind, pk in _expected_ids()
        }


def _expected_ids():
    for kind in registry.types():
        for pk in kind.get_queryset().values_list("pk", flat=True):
            yield kind.key, pk
