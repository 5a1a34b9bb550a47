"""The database backend on PostgreSQL: the ``danish`` text-search
configuration over a stored, GIN-indexed, weighted tsvector
(``IndexEntry.search_vector``, migration 0002). Each query word is one
``tsquery`` (its alternatives joined by ``|``), so the GIN index finds the
rows and the shared score counts the words each row contains."""

from django.contrib.postgres.search import SearchQuery as PgQuery
from django.contrib.postgres.search import SearchVector
from django.db.models import Q, QuerySet

from search.backends.database.base import BaseDatabaseSearchBackend
from search.text import tokens

# Title counts most, then tag names and summary, then the body and the
# parts of compound words.
SEARCH_VECTOR = (
    SearchVector("title", weight="A", config="danish")
    + SearchVector("keywords", weight="B", config="danish")
    + SearchVector("summary", weight="B", config="danish")
    + SearchVector("body", weight="C", config="danish")
    + SearchVector("parts", weight="D", config="danish")
)


class PostgresSearchBackend(BaseDatabaseSearchBackend):
    def _update_vectors(self, entries: QuerySet) -> None:
        entries.update(search_vector=SEARCH_VECTOR)

    def _word_condition(self, word: str, *, title: bool = False) -> Q:
        words = [w for w in tokens(word) if w]
        if not words:
            return Q(pk__in=[])
        if title:
            # Only lexemes from the title (weight A).
            raw = " & ".join(f"'{w}':*A" for w in words)
            return Q(search_vector=PgQuery(raw, config="danish", search_type="raw"))
        raw = " & ".join(f"'{w}':*" for w in words)
        return Q(search_vector=PgQuery(raw, config="danish", search_type="raw"))

    def _phrase_condition(self, phrase: str) -> Q:
        return Q(search_vector=PgQuery(phrase, config="danish", search_type="phrase"))


SearchBackend = PostgresSearchBackend
