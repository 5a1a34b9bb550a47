"""A database search that runs too long is stopped by the database (SQLite:
a progress handler; PostgreSQL: ``statement_timeout``) and the search page
says so, instead of holding the worker until the query ends.

The slow query is real: every text match also counts to twenty million in
a recursive SQL query, seconds on either database.
"""

import logging

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.db.models import IntegerField
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone

from search.backends import get_search_backend, reset_backends
from search.backends.base import SearchQuery, SearchTimeout
from search.backends.database import backend_class_for_vendor

SLOW_SQL = (
    "SELECT COUNT(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
    "SELECT i + 1 FROM n WHERE i < 20000000) SELECT i FROM n) AS slow"
)
MESSAGE = "Søgningen tog for lang tid – prøv færre ord eller et filter."
DOCUMENT = {
    "doc_id": "method-1",
    "content_type": "method",
    "object_id": 1,
    "title": "Autisme i skolen",
    "url": "/metoder/autisme-i-skolen/",
    "summary": "Støtte til elever med autisme.",
    "body": "",
    "target_groups": [],
    "target_group_names": [],
    "focus_areas": [],
    "focus_area_names": [],
    "regions": [],
    "evidence_level": None,
    "date": None,
    "event_end": None,
}


def SearchBackend(alias, params):
    """The database backend of this run's vendor, with the slow query in
    every search (loaded through KB_SEARCH_BACKENDS like the real one)."""

    class SlowSearchBackend(backend_class_for_vendor(connection.vendor)):
        def _match_text(self, queryset, query):
            return (
                super()
                ._match_text(queryset, query)
                .alias(kb_slow=RawSQL(SLOW_SQL, [], output_field=IntegerField()))
                .filter(kb_slow__gt=0)
            )

    return SlowSearchBackend(alias, params)


@pytest.fixture
def slow_site(db, settings):
    settings.KB_SEARCH_BACKENDS = {
        "database": {"BACKEND": "search.backends.database"},
        "slow": {"BACKEND": __name__},
    }
    settings.KB_SEARCH_DEFAULT = "slow"
    settings.KB_SEARCH_FALLBACK = "database"
    settings.KB_SEARCH_TIMEOUT_MS = 100
    reset_backends()
    get_search_backend("database").index_document(DOCUMENT)
    yield get_search_backend("slow")
    reset_backends()


def test_the_slow_search_is_stopped_and_the_database_still_answers(slow_site):
    with pytest.raises(SearchTimeout):
        slow_site.search(SearchQuery(text="autisme", now=timezone.now()))
    # The stopped statement left the connection usable.
    results = get_search_backend("database").search(
        SearchQuery(text="autisme", now=timezone.now())
    )
    assert "Autisme i skolen" in [hit.title for hit in results.hits]


def test_search_page_says_the_search_took_too_long(client, slow_site, caplog):
    with caplog.at_level(logging.WARNING, logger="search.backends"):
        response = client.get(reverse("search:search"), {"q": "autisme"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    notice = soup.select_one("[role=status]")
    assert notice is not None and notice.get_text(strip=True) == MESSAGE
    assert not soup.find(string=lambda text: "Autisme i skolen" in text)
    assert any("time limit" in record.getMessage() for record in caplog.records)


def test_a_fast_search_is_not_stopped(db, settings):
    settings.KB_SEARCH_DEFAULT = "database"
    settings.KB_SEARCH_TIMEOUT_MS = 100
    reset_backends()
    backend = get_search_backend("database")
    backend.index_document(DOCUMENT)
    results = backend.search(SearchQuery(text="autisme", now=timezone.now()))
    assert "Autisme i skolen" in [hit.title for hit in results.hits]
    reset_backends()
