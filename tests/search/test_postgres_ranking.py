"""On PostgreSQL a query of several words (or of one with synonyms, compound
parts or filters) is answered by one statement that looks each word up on
its own and sums the rows found (``PostgresSearchBackend._results``). It must find, count and order exactly
what the general query of the database backend does (the one SQLite runs),
so both databases answer a person alike: same total, same facet counts,
same page in the same order with the same scores."""

from dataclasses import replace

import pytest
from django.db import connection
from django.utils import timezone

from kb.taxonomy.models import FocusArea, Region
from networks.models import NetworkPage
from search.backends.base import SearchQuery
from search.backends.database.base import BaseDatabaseSearchBackend
from search.models import SearchSynonym
from search.query_words import expand
from tests.search.test_findability import QUERIES

FILTERED = [
    ("børn og unge med autisme", {"content_type": ("method",)}),
    ("psykisk sårbarhed hjemløshed", {"target_groups": ("autisme",)}),
    ("støtte til pårørende", {"content_type": ("event",), "event_time": ("past",)}),
    ("efterværn unge", {"evidence_level": ("3", "4")}),
    ("autisme", {"content_type": ("method",)}),
]


@pytest.fixture
def postgres_backend(db, request):
    if connection.vendor != "postgresql":
        pytest.skip("the one-statement search is PostgreSQL's own")
    return request.getfixturevalue("backend")


def answer(backend, query, *, general):
    """(total, facet counts, [(doc_id, score)] of the page) as the
    backend's own search or the general query finds them."""
    expanded = expand(query.text)
    with backend._time_limit(query):
        if general:
            total, counts, page = BaseDatabaseSearchBackend._results(
                backend, query, expanded
            )
        else:
            total, counts, page = backend._results(query, expanded)
    return total, counts, [(row.doc_id, row.score) for row in page]


def queries():
    now = timezone.now()
    for text, _ in QUERIES:
        yield SearchQuery(text=text, now=now)
    for text, filters in FILTERED:
        yield SearchQuery(text=text, filters=filters, now=now)
    for area in FocusArea.objects.order_by("name")[:3]:
        yield SearchQuery(
            text="metoder til unge", filters={"focus_areas": (area.slug,)}, now=now
        )
    with_networks = NetworkPage.objects.live().values("region")
    for region in Region.objects.filter(pk__in=with_networks).order_by("name")[:2]:
        yield SearchQuery(text="netværk", filters={"regions": (region.slug,)}, now=now)
    yield SearchQuery(text="autisme i skolen", sort="date", now=now)
    yield SearchQuery(text='unge borgere "psykisk sårbarhed"', now=now)
    yield SearchQuery(text="hjælp til unge", page=2, now=now)


def test_the_one_statement_finds_counts_and_orders_as_the_general_query(
    postgres_backend,
):
    compared = found = 0
    for query in queries():
        if not postgres_backend._answers_in_one_statement(query, expand(query.text)):
            continue
        own = answer(postgres_backend, query, general=False)
        general = answer(postgres_backend, query, general=True)
        assert own == general, query
        compared += 1
        found += bool(own[2])
    assert compared >= 40
    assert found == compared, "every compared query has results on its page"


def test_synonym_phrases_and_compound_parts_score_alike(postgres_backend, db):
    """A synonym typed as a phrase and a compound's tail: the lookups the
    one statement makes on their own."""
    SearchSynonym.objects.create(terms="hjemløshed, uden bolig")
    now = timezone.now()
    for text in ["hjemløshed og misbrugsbehandling", "uden bolig familiebehandling"]:
        query = SearchQuery(text=text, now=now)
        expanded = expand(text)
        assert any(w.phrases for w in expanded.words) or any(
            w.parts for w in expanded.words
        )
        own = answer(postgres_backend, query, general=False)
        assert own[0] > 0
        assert own == answer(postgres_backend, query, general=True)
        narrowed = replace(query, filters={"content_type": ("method",)})
        assert answer(postgres_backend, narrowed, general=False) == answer(
            postgres_backend, narrowed, general=True
        )
