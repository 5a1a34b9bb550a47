"""The database backend on PostgreSQL: a stored, GIN-indexed tsvector
(``IndexEntry.search_vector``) of the Danish snowball stems Python computes
for every backend (``text_stems``; a trigger fills it as rows are written,
migration 0009), read with the ``simple`` configuration so PostgreSQL
neither stems nor drops words again. Each query word is one ``tsquery`` of
its alternatives' stems (joined by ``|``), so the GIN index finds the rows
and the shared score counts the words each row contains. A query of
several words is answered by one statement of such lookups
(:meth:`PostgresSearchBackend._results`); titles have their own GIN index
(migration 0008).

Searches run in a transaction with ``SET LOCAL statement_timeout``
(``KB_SEARCH_TIMEOUT_MS``), so a heavy query is stopped by the server instead
of holding a worker."""

import operator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import SearchQuery as PgQuery
from django.core.exceptions import EmptyResultSet
from django.db import OperationalError, connection, transaction
from django.db.models import Q

from search.backends.base import SearchQuery
from search.backends.database.base import (
    BaseDatabaseSearchBackend,
    count_branches,
    read_counts,
)
from search.models import IndexEntry
from search.query_words import PART_SCORE, TITLE_SCORE, WORD_SCORE, ExpandedQuery
from search.text import parse_query, stems

QUERY_CANCELED = "57014"  # SQLSTATE of statement_timeout

# The title's stems as a vector, GIN-indexed by migration 0008: a title
# match is found in the index instead of testing every matched row.
# Three bits per query word in a bigint (see _ranked_sql); a longer query
# is answered by the general query.
MAX_WORDS = 21
COLUMNS = "id, content_type, evidence_level, event_end, date, title"

UNDATED = datetime.min.replace(tzinfo=UTC)  # sorts after every date

TITLE_VECTOR = "to_tsvector('simple', title_stems)"


def _raw_tsquery(words: list[str]) -> str:
    """``to_tsquery('simple', …)`` text for any of ``words``, by their
    stems (a word of several tokens needs all of them)."""
    alternatives = []
    for word in words:
        parts = [f"'{s}'" for s in stems(word)]
        if parts:
            alternatives.append("(" + " & ".join(parts) + ")")
    return " | ".join(alternatives)


def _phrase_text(phrase: str) -> str:
    """A phrase as the stems ``phraseto_tsquery('simple', …)`` takes."""
    return " ".join(stems(phrase))


def _phrase_tsquery(phrase: str) -> PgQuery:
    return PgQuery(_phrase_text(phrase), config="simple", search_type="phrase")


class PostgresSearchBackend(BaseDatabaseSearchBackend):
    @staticmethod
    def _tsquery(word: str) -> PgQuery | None:
        raw = _raw_tsquery([word])
        return PgQuery(raw, config="simple", search_type="raw") if raw else None

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
        return Q(search_vector=_phrase_tsquery(phrase))

    def _scored(self, condition: Q) -> Q:
        # One GIN index scan builds a hash of the matching ids, instead of
        # re-testing every matched row's vector.
        if getattr(condition, "kb_looked_up", False):
            return condition
        return Q(pk__in=IndexEntry.objects.filter(condition).values("pk"))

    def _results(self, query: SearchQuery, expanded: ExpandedQuery):
        """A query of several words (or of one with synonyms, compound
        parts or filters) is answered by ONE statement: each word (its
        alternatives, synonym phrases, compound parts, title) is looked up
        in a GIN index on its own, the rows found are summed into a score
        per document, and the counts and the requested page are read from
        those scored rows. Testing every word's conditions on every matched
        row instead took most of a second for a question matching most of
        100,000 documents."""
        if not self._answers_in_one_statement(query, expanded):
            return super()._results(query, expanded)
        sql, params = self._ranked_sql(query, expanded)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        scores = {int(key): count for facet, key, count in rows if facet == "hit"}
        total, counts = read_counts(row for row in rows if row[0] != "hit")
        entries = IndexEntry.objects.filter(pk__in=scores).prefetch_related(
            "target_groups", "focus_areas"
        )
        page = []
        for entry in entries:
            entry.score = scores[entry.pk]
            page.append(entry)
        if query.sort == "date":
            # Newest first, undated last, as _ordered sorts.
            page.sort(key=lambda e: (e.title, e.pk))
            page.sort(key=lambda e: e.date or UNDATED, reverse=True)
        else:
            page.sort(key=lambda e: (-e.score, len(e.title), e.title, e.pk))
        return total, counts, page

    @staticmethod
    def _answers_in_one_statement(query: SearchQuery, expanded: ExpandedQuery) -> bool:
        words = expanded.words
        if not words or len(words) > MAX_WORDS:
            return False
        # One plain word is one lookup whose rows all score the same but for
        # the title, which the general query tests cheaper than grouping.
        plain = not words[0].phrases and not words[0].parts
        return len(words) > 1 or not plain or bool(query.filters)

    def _ranked_sql(self, query: SearchQuery, expanded: ExpandedQuery):
        """The statement behind :meth:`_results`. Each lookup marks the rows
        it finds with a bit: per query word one for the word (or a synonym),
        one for a compound part and one for the title, so ONE grouping by
        document gives every document's bits, and the score is read from
        them (:data:`WORD_SCORE` for the word, else :data:`PART_SCORE` for a
        part, plus :data:`TITLE_SCORE` for the title)."""
        table = connection.ops.quote_name(IndexEntry._meta.db_table)
        branches, params, score, matching = [], [], [], 0
        for slot, word in enumerate(expanded.words):
            exact, part, title = (1 << (3 * slot + i) for i in range(3))
            lookups = [(exact, "words", _raw_tsquery(word.alternatives))]
            lookups += [(exact, "phrase", _phrase_text(p)) for p in word.phrases]
            lookups.append((part, "words", _raw_tsquery(word.parts)))
            # Any stem of any alternative or part in the title, as the
            # general query's title test (_word_condition) has it.
            title_stems = dict.fromkeys(
                s for w in word.alternatives + word.parts for s in stems(w)
            )
            lookups.append((title, "title", " | ".join(f"'{s}'" for s in title_stems)))
            for bit, kind, text in lookups:
                if not text:
                    continue
                condition = {
                    "words": "search_vector @@ to_tsquery('simple', %s)",
                    "phrase": "search_vector @@ phraseto_tsquery('simple', %s)",
                    "title": f"{TITLE_VECTOR} @@ to_tsquery('simple', %s)",
                }[kind]
                branches.append(
                    f"SELECT {COLUMNS}, {bit}::bigint AS b "
                    f"FROM {table} WHERE {condition}"
                )
                params.append(text)
            matching |= exact | part
            score.append(
                f"CASE WHEN b & {exact} <> 0 THEN {WORD_SCORE} "
                f"WHEN b & {part} <> 0 THEN {PART_SCORE} ELSE 0 END"
                f" + CASE WHEN b & {title} <> 0 THEN {TITLE_SCORE} ELSE 0 END"
            )
        names, flags, flag_params = self._filter_flags_sql(query)
        required = "".join(
            f" AND id IN (SELECT id FROM {table} "
            "WHERE search_vector @@ phraseto_tsquery('simple', %s))"
            for _ in expanded.phrases
        )
        # The columns the counts and the page need ride along from the
        # lookups (which read the rows anyway): joining the rows found back
        # to the table cost a third of the statement.
        scored = (
            f"scored AS (SELECT {COLUMNS}, bit_or(b) AS b FROM found "
            f"GROUP BY {COLUMNS} HAVING bit_or(b) & {matching} <> 0), "
        )
        sql = (
            f"WITH found AS ({' UNION ALL '.join(branches)}), "
            + scored
            + "m AS MATERIALIZED (SELECT id, e.content_type, e.evidence_level, "
            "e.event_end, e.event_end >= %s AS kb_upcoming, e.date, e.title, "
            f"{' + '.join(score)} AS score{''.join(', ' + f for f in flags)} "
            f"FROM scored e WHERE TRUE{required}) "
        )
        params += [query.now, *flag_params, *map(_phrase_text, expanded.phrases)]
        passing = " AND ".join(connection.ops.quote_name(n) for n in names) or "TRUE"
        if query.sort == "date":
            order = "date DESC NULLS LAST, title, id"
        else:
            order = "score DESC, length(title), title, id"
        page = (
            "SELECT 'hit', CAST(id AS VARCHAR(100)), CAST(score AS BIGINT) FROM "
            f"(SELECT id, score FROM m WHERE {passing} ORDER BY {order} "
            f"LIMIT {int(query.per_page)} OFFSET {int(query.offset)}) page"
        )
        sql += " UNION ALL ".join(count_branches(names, connection) + [page])
        return sql, params

    def _filter_flags_sql(self, query: SearchQuery) -> tuple[list[str], list, list]:
        """Per selected filter its flag's name (``kb_<facet>``) and the
        column ``id IN (…) AS kb_<facet>``, with the columns' parameters."""
        names, columns, params = [], [], []
        for facet, values in query.filters.items():
            condition = self._filter_condition(facet, values, query)
            if condition is None:
                continue
            names.append(f"kb_{facet}")
            name = connection.ops.quote_name(names[-1])
            try:
                sql, sql_params = (
                    IndexEntry.objects.filter(condition)
                    .values("id")
                    .query.sql_with_params()
                )
            except EmptyResultSet:  # a condition that can match nothing
                columns.append(f"FALSE AS {name}")
                continue
            columns.append(f"e.id IN ({sql}) AS {name}")
            params += sql_params
        return names, columns, params

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
