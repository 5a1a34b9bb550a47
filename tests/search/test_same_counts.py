"""Both backends count alike: for the same query, Elasticsearch and the
database backend report the same number of results and the same count for
every facet value. They match the same Danish stems (computed once in
Python, search.vocabulary.analyse), so a person sees the same numbers
whichever backend answers."""

from django.utils import timezone

from kb.taxonomy.models import FocusArea
from search.backends import get_search_backend, reset_backends
from search.backends.base import SearchQuery
from tests.search.conftest import rebuild, require_elasticsearch
from tests.search.test_findability import QUERIES


def counts(backend, query):
    results = backend.search(query)
    facets = {
        facet: {value.value: value.count for value in values}
        for facet, values in results.facets.items()
    }
    return results.total, facets


def queries():
    now = timezone.now()
    for text, _ in QUERIES:
        yield SearchQuery(text=text, now=now)
    yield SearchQuery(text='"psykisk sårbarhed" unge', now=now)
    yield SearchQuery(text="hjemløshed", filters={"content_type": ("method",)}, now=now)
    for area in FocusArea.objects.order_by("name")[:3]:
        yield SearchQuery(
            text="støtte til unge", filters={"focus_areas": (area.slug,)}, now=now
        )


def test_both_backends_report_the_same_counts(db):
    require_elasticsearch()
    reset_backends()
    elasticsearch = get_search_backend("elasticsearch")
    database = get_search_backend("database")
    rebuild(elasticsearch)
    rebuild(database)
    differ, found = [], 0
    for query in queries():
        on_elasticsearch = counts(elasticsearch, query)
        on_database = counts(database, query)
        found += on_database[0] > 0
        if on_elasticsearch != on_database:
            differ.append(
                f"{query.text!r} {query.filters}: {on_elasticsearch} != {on_database}"
            )
    reset_backends()
    assert found >= 70
    assert not differ, "\n".join(differ)
