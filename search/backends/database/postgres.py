"""The database backend on PostgreSQL: the ``danish`` text-search
configuration over a stored, GIN-indexed, weighted tsvector
(``IndexEntry.search_vector``, migration 0002), queried with
``websearch_to_tsquery('danish', …)`` and ranked with ``ts_rank``."""

from django.contrib.postgres.search import SearchQuery as PgQuery
from django.contrib.postgres.search import SearchRank, SearchVector
from django.db.models import F, QuerySet

from search.backends.base import SearchQuery
from search.backends.database.base import BaseDatabaseSearchBackend
from search.text import parse_query

# Title counts most, then tag names and summary, then the body.
SEARCH_VECTOR = (
    SearchVector("title", weight="A", config="danish")
    + SearchVector("keywords", weight="B", config="danish")
    + SearchVector("summary", weight="B", config="danish")
    + SearchVector("body", weight="C", config="danish")
)


class PostgresSearchBackend(BaseDatabaseSearchBackend):
    def _update_vectors(self, entries: QuerySet) -> None:
        entries.update(search_vector=SEARCH_VECTOR)

    def _match_text(self, queryset: QuerySet, text: str) -> QuerySet:
        if parse_query(text).is_empty:
            return queryset
        pg_query = PgQuery(text, config="danish", search_type="websearch")
        return queryset.filter(search_vector=pg_query).annotate(
            rank=SearchRank(F("search_vector"), pg_query)
        )

    def _ranked(self, queryset: QuerySet, query: SearchQuery) -> QuerySet:
        return queryset.order_by("-rank", "title")


SearchBackend = PostgresSearchBackend
