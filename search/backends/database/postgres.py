"""The database backend on PostgreSQL: the ``danish`` text-search
configuration over a stored, GIN-indexed, weighted tsvector
(``IndexEntry.search_vector``, migration 0002; a trigger fills it as rows
are written, migration 0005: title A, tag names and summary B, body C,
compound parts D). Each query word is one
``tsquery`` (its alternatives joined by ``|``), so the GIN index finds the
rows and the shared score counts the words each row contains.

Searches run in a transaction with ``SET LOCAL statement_timeout``
(``KB_SEARCH_TIMEOUT_MS``), so a heavy query is stopped by the server instead
of holding a worker."""

import operator
from contextlib import contextmanager
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import SearchQuery as PgQuery
from django.db import OperationalError, connection, transaction
from django.db.models import Q

from search.backends.base import SearchQuery
from search.backends.database.base import BaseDatabaseSearchBackend
from search.models import IndexEntry
from search.text import parse_query, tokens

QUERY_CANCELED = "57014"  # SQLSTATE of statement_timeout


class PostgresSearchBackend(BaseDatabaseSearchBackend):
    @staticmethod
    def _tsquery(word: str) -> PgQuery | None:
        words = [w for w in tokens(word) if w]
        if not words:
            return None
        raw = " & ".join(f"'{w}'" for w in words)
        return PgQuery(raw, config="danish", search_type="raw")

    def _any_condition(self, words: list[str], phrases: list[str]) -> Q:
        # One tsquery ("a | b | c"), tested once per row, not one per word.
        combined = None
        for tsquery in [self._tsquery(w) for w in words]:
            if tsquery is not None:
                combined = tsquery if combined is None else combined | tsquery
        condition = Q(search_vector=combined) if combined is not None else None
        if not phrases:
            return condition if condition is not None else Q(pk__in=[])
        # A phrase needs the words' positions, which the GIN index does not
        # hold: PostgreSQL re-reads the stored vector of every row on every
        # page the index returns for the whole tsquery, i.e. of nearly every
        # row matching any of the words ("uden bolig" as a synonym of
        # "hjemløshed": 43,000 rows, 0.3 s). Each phrase looked up on its own
        # re-reads only the rows that have all of its words.
        conditions = [condition] if condition is not None else []
        conditions += [self._phrase_condition(p) for p in phrases]
        looked_up = reduce(operator.or_, (self._scored(c) for c in conditions))
        looked_up.kb_looked_up = True  # _scored leaves it as it is
        return looked_up

    def _word_condition(self, word: str, *, title: bool = False) -> Q:
        if title:
            # Whole stems in the short title_stems column: testing
            # the weighted vector instead reads every matched row's whole
            # vector (weights need a recheck the GIN index cannot do).
            return super()._word_condition(word, title=True)
        tsquery = self._tsquery(word)
        return Q(search_vector=tsquery) if tsquery is not None else Q(pk__in=[])

    def _phrase_condition(self, phrase: str) -> Q:
        return Q(search_vector=PgQuery(phrase, config="danish", search_type="phrase"))

    def _scored(self, condition: Q) -> Q:
        # One GIN index scan builds a hash of the matching ids, instead of
        # re-testing every matched row's vector.
        if getattr(condition, "kb_looked_up", False):
            return condition
        return Q(pk__in=IndexEntry.objects.filter(condition).values("pk"))

    @contextmanager
    def _time_limit(self, query: SearchQuery):
        with transaction.atomic():
            with connection.cursor() as cursor:
                # No JIT: a search's plan costs enough to trigger JIT
                # compilation, which took 0.2-0.5 s of a search at 100,000
                # documents and pays off only for queries running many seconds.
                cursor.execute(
                    "SELECT set_config('statement_timeout', %s, true),"
                    " set_config('jit', 'off', true)",
                    [str(int(settings.KB_SEARCH_TIMEOUT_MS))],
                )
                if not parse_query(query.text).is_empty:
                    # The planner prices testing a row's vector like any
                    # operator, so for common words it scans every row and
                    # tests each vector (~15 µs a row): the GIN index and a
                    # bitmap of the matching rows are 3-10 times faster.
                    cursor.execute("SET LOCAL enable_seqscan = off")
            yield

    @staticmethod
    def _is_timeout(exc: OperationalError) -> bool:
        return getattr(exc.__cause__, "sqlstate", None) == QUERY_CANCELED


SearchBackend = PostgresSearchBackend
