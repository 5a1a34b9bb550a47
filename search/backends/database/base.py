"""What the database backends share: index rows, facet filters and counts,
result pages, autocomplete and related content.

Documents live in :class:`search.models.IndexEntry`. How text is matched and
ranked is the vendor's part (:mod:`.postgres`, :mod:`.sqlite`).
"""

from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import replace

from django.core.exceptions import EmptyResultSet
from django.db import OperationalError, connections, transaction
from django.db.models import (
    BooleanField,
    Case,
    F,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Length
from django.utils import timezone

from kb.taxonomy.models import FocusArea, Region, TargetGroup
from search import vocabulary
from search.backends.base import (
    BaseSearchBackend,
    Progress,
    SearchHit,
    SearchQuery,
    SearchResults,
    SearchTimeout,
    Suggestion,
    as_datetime,
    batches,
)
from search.facets import label_facets
from search.models import IndexEntry
from search.query_words import (
    PART_SCORE,
    TITLE_SCORE,
    WORD_SCORE,
    ExpandedQuery,
    expand,
)
from search.registry import registry
from search.text import parse_query, snippet, stems, tokens

M2M_FACETS = {"target_groups": TargetGroup, "focus_areas": FocusArea, "regions": Region}


REBUILD_BATCH = 500


def _flag(condition: Q) -> Case:
    """``condition`` as a true/false column (also when it can match nothing,
    which Django would otherwise render as the integer 0)."""
    return Case(
        When(condition, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )


def stem_string(text: str) -> str:
    return " " + " ".join(stems(text)) + " "


class BaseDatabaseSearchBackend(BaseSearchBackend):
    """The database backend minus what each vendor's subclass does its own
    way: matching words and phrases (:meth:`_word_condition`,
    :meth:`_phrase_condition`, :meth:`_any_condition`, :meth:`_scored`) and
    the time limit (:meth:`_time_limit`)."""

    name = "database"

    # --- indexing ----------------------------------------------------------

    def index_document(self, document: dict) -> None:
        text = vocabulary.analyse(document)
        with transaction.atomic():
            entry, _ = IndexEntry.objects.update_or_create(
                doc_id=document["doc_id"], defaults=self._row(document, text)
            )
            self._set_relations(entry, document)
        vocabulary.add_words(text.words)

    def remove_document(self, doc_id: str) -> None:
        IndexEntry.objects.filter(doc_id=doc_id).delete()

    def rebuild(
        self, documents: Iterable[dict], *, total: int, progress: Progress | None = None
    ) -> int:
        """Replace every row in one transaction: readers see the old index
        until the new one is committed. Rows, relations and vectors are
        written in batches of :data:`REBUILD_BATCH` (a few statements per
        batch, not per document)."""
        tag_ids = {
            field: dict(model.objects.values_list("slug", "pk"))
            for field, model in M2M_FACETS.items()
        }
        count = 0
        words = set()
        with transaction.atomic():
            for field in M2M_FACETS:
                getattr(IndexEntry, field).through.objects.all().delete()
            # No relations are left, so no cascade to collect row by row.
            IndexEntry.objects.all()._raw_delete(IndexEntry.objects.db)
            for batch in batches(documents, REBUILD_BATCH):
                texts = [vocabulary.analyse(d) for d in batch]
                entries = IndexEntry.objects.bulk_create(
                    [
                        IndexEntry(doc_id=d["doc_id"], **self._row(d, text))
                        for d, text in zip(batch, texts, strict=True)
                    ]
                )
                for field in M2M_FACETS:
                    relation = getattr(IndexEntry, field)
                    through = relation.through
                    source = relation.field.m2m_field_name() + "_id"
                    target = relation.field.m2m_reverse_field_name() + "_id"
                    ids = tag_ids[field]
                    through.objects.bulk_create(
                        through(**{source: entry.pk, target: ids[slug]})
                        for entry, document in zip(entries, batch, strict=True)
                        for slug in dict.fromkeys(document[field])
                        if slug in ids
                    )
                for text in texts:
                    words |= text.words
                count += len(batch)
                if progress:
                    progress(count, total)
            vocabulary.replace_words(words)
        return count

    def document_ids(self) -> set[str]:
        return set(IndexEntry.objects.values_list("doc_id", flat=True))

    @staticmethod
    def _row(document: dict, text: vocabulary.DocumentText) -> dict:
        names = " ".join(document["target_group_names"] + document["focus_area_names"])
        parts = " ".join(text.parts)
        return {
            "content_type": document["content_type"],
            "object_id": document["object_id"],
            "title": document["title"][:255],
            "url": document["url"],
            "summary": document["summary"] or "",
            "body": document["body"] or "",
            "keywords": names,
            "parts": parts,
            "title_stems": text.title_stems,
            "text_stems": text.text_stems,
            "evidence_level": document["evidence_level"],
            "date": as_datetime(document["date"]),
            "event_end": as_datetime(document["event_end"]),
        }

    @staticmethod
    def _set_relations(entry: IndexEntry, document: dict) -> None:
        for field, model in M2M_FACETS.items():
            getattr(entry, field).set(model.objects.filter(slug__in=document[field]))

    # --- querying ----------------------------------------------------------

    def _match_text(self, queryset: QuerySet, query: ExpandedQuery) -> QuerySet:
        """Entries with at least one of the query's words (or a synonym or
        compound tail of it) and every quoted phrase, annotated with
        ``score``: :data:`WORD_SCORE` per query word found (:data:`PART_SCORE`
        when only a compound tail is), :data:`TITLE_SCORE` more when it is in
        the title. Unchanged when the query has no words."""
        if query.is_empty:
            return queryset
        for phrase in query.phrases:
            queryset = queryset.filter(self._phrase_condition(phrase))
        if not query.words:
            return queryset.annotate(score=Value(WORD_SCORE))
        score = Value(0)
        for word in query.words:
            exact = self._any_condition(word.alternatives, word.phrases)
            parts = self._any_condition(word.parts, [])
            title = Q(pk__in=[])
            for alternative in word.alternatives + word.parts:
                title |= self._word_condition(alternative, title=True)
            if len(query.words) == 1 and not word.parts:
                # Every matching row has the word: nothing to test per row.
                word_score = Value(WORD_SCORE)
            else:
                cases = [When(self._scored(exact), then=Value(WORD_SCORE))]
                if word.parts:
                    cases.append(When(self._scored(parts), then=Value(PART_SCORE)))
                word_score = Case(*cases, default=Value(0))
            score = (
                score
                + word_score
                + Case(When(title, then=Value(TITLE_SCORE)), default=Value(0))
            )
        any_word = self._any_condition(
            [t for w in query.words for t in w.alternatives + w.parts],
            [p for w in query.words for p in w.phrases],
        )
        return queryset.filter(any_word).annotate(score=score)

    def _any_condition(self, words: list[str], phrases: list[str]) -> Q:
        """Rows containing any of ``words`` or ``phrases``."""
        condition = Q(pk__in=[])
        for word in words:
            condition |= self._word_condition(word)
        for phrase in phrases:
            condition |= self._phrase_condition(phrase)
        return condition

    def _scored(self, condition: Q) -> Q:
        """``condition`` as the score tests it on each matched row (a
        vendor may test it cheaper than in the WHERE clause)."""
        return condition

    def _word_condition(self, word: str, *, title: bool = False) -> Q:
        """Rows containing ``word`` (a word with its stem) in the title or
        anywhere. Whole stems, as Elasticsearch matches whole words: a stem
        matched at word starts also found unrelated words ("løs" in
        "løsning"), and the backends' counts differed more."""
        field = "title_stems" if title else "text_stems"
        condition = Q(pk__in=[])
        for word_stem in stems(word):
            condition |= Q(**{f"{field}__contains": f" {word_stem} "})
        return condition

    def _phrase_condition(self, phrase: str) -> Q:
        return Q(text_stems__contains=stem_string(phrase).rstrip())

    @staticmethod
    def _filter_condition(
        facet: str, values: tuple[str, ...], query: SearchQuery
    ) -> Q | None:
        """Rows with one of the selected ``values`` of ``facet``."""
        if not values:
            return None
        if facet == "content_type":
            return Q(content_type__in=values)
        if facet in M2M_FACETS:
            return Q(
                pk__in=IndexEntry.objects.filter(
                    **{f"{facet}__slug__in": values}
                ).values("pk")
            )
        if facet == "evidence_level":
            return Q(evidence_level__in=[int(v) for v in values if v.isdigit()])
        if facet == "event_time":
            condition = Q(pk__in=[])
            if "upcoming" in values:
                condition |= Q(event_end__gte=query.now)
            if "past" in values:
                condition |= Q(event_end__lt=query.now)
            return condition
        return None

    def _filtered(self, queryset: QuerySet, query: SearchQuery) -> QuerySet:
        for facet, values in query.filters.items():
            condition = self._filter_condition(facet, values, query)
            if condition is not None:
                queryset = queryset.filter(condition)
        return queryset

    def _counts(
        self, matched: QuerySet, query: SearchQuery
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """The number of results and every facet's counts in ONE query: the
        text is matched once (a materialized CTE with a flag per selected
        filter), and each facet counts the rows that pass every filter but
        its own, as Elasticsearch's faceted search does."""
        flags = self._filter_flags(query)
        now = query.now or timezone.now()
        rows = matched.annotate(
            kb_upcoming=_flag(Q(event_end__gte=now)),
            **flags,
        ).values(
            "id", "content_type", "evidence_level", "event_end", "kb_upcoming", *flags
        )
        try:
            rows_sql, params = rows.query.sql_with_params()
        except EmptyResultSet:  # a condition that can match nothing
            return 0, {}
        connection = connections[rows.db]
        sql = f"WITH m AS MATERIALIZED ({rows_sql}) " + " UNION ALL ".join(
            count_branches(list(flags), connection)
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return read_counts(cursor.fetchall())

    def _filter_flags(self, query: SearchQuery) -> dict[str, Case]:
        """A true/false column per selected filter, named ``kb_<facet>``."""
        flags = {}
        for facet, values in query.filters.items():
            condition = self._filter_condition(facet, values, query)
            if condition is not None:
                flags[f"kb_{facet}"] = _flag(condition)
        return flags

    def _ordered(self, queryset: QuerySet, query: SearchQuery) -> QuerySet:
        """Matched entries in result order."""
        if query.sort == "date":
            return queryset.order_by(F("date").desc(nulls_last=True), "title", "pk")
        if parse_query(query.text).is_empty:
            return queryset.order_by("title", "pk")
        return self._ranked(queryset, query)

    def _ranked(self, queryset: QuerySet, query: SearchQuery) -> QuerySet:
        """Best match first, for a query with words; among equals the
        shorter title (the query says more of what it is about)."""
        return queryset.order_by("-score", Length("title"), "title", "pk")

    @contextmanager
    def _time_limit(self, query: SearchQuery):
        """Stop a search that takes longer than ``KB_SEARCH_TIMEOUT_MS``
        (each vendor its own way) instead of holding the worker."""
        yield

    def search(self, query: SearchQuery) -> SearchResults:
        if query.now is None:
            query = replace(query, now=timezone.now())
        expanded = expand(query.text)
        try:
            with self._time_limit(query):
                total, counts, page = self._results(query, expanded)
        except OperationalError as exc:
            if self._is_timeout(exc):
                raise SearchTimeout(str(exc)) from exc
            raise
        words = expanded.highlight_words()
        return SearchResults(
            query=query,
            hits=[self._hit(row, words) for row in page],
            total=total,
            facets=label_facets(counts, query),
            backend=self.name,
        )

    def _results(
        self, query: SearchQuery, expanded: ExpandedQuery
    ) -> tuple[int, dict[str, dict[str, int]], list[IndexEntry]]:
        """The number of results, the facet counts and the rows of the
        requested page (a vendor may find them its own way)."""
        matched = self._match_text(IndexEntry.objects.all(), expanded)
        total, counts = self._counts(matched, query)
        ordered = self._ordered(self._filtered(matched, query), query)
        page = list(
            ordered.prefetch_related("target_groups", "focus_areas")[
                query.offset : query.offset + query.per_page
            ]
        )
        return total, counts, page

    @staticmethod
    def _is_timeout(exc: OperationalError) -> bool:
        return False

    @staticmethod
    def _hit(row: IndexEntry, words: list[str]) -> SearchHit:
        return SearchHit(
            doc_id=row.doc_id,
            content_type=row.content_type,
            content_type_label=registry.label(row.content_type),
            title=row.title,
            url=row.url,
            summary=row.summary,
            highlight=snippet(row.summary, row.body, words),
            target_groups=[t.name for t in row.target_groups.all()],
            focus_areas=[t.name for t in row.focus_areas.all()],
            date=row.date,
            event_end=row.event_end,
            evidence_level=row.evidence_level,
            score=getattr(row, "score", 0.0) or 0.0,
        )

    def autocomplete(self, prefix: str, *, limit: int = 8) -> list[Suggestion]:
        words = tokens(prefix)
        if not words:
            return []
        entries = IndexEntry.objects.filter(
            content_type__in=registry.autocomplete_keys()
        )
        # The database narrows the titles down (SQLite compares case only
        # in ASCII, so other words are left to the check below); reading
        # every title on each keystroke took seconds at 100,000 documents.
        sqlite = connections[entries.db].vendor == "sqlite"
        for word in words:
            if word.isascii() or not sqlite:
                entries = entries.filter(title__icontains=word)
        found = []
        rows = entries.values_list("title", "url", "content_type", "doc_id")
        for title, url, kind, doc_id in rows.iterator(chunk_size=200):
            if _title_matches(title, words):
                found.append(Suggestion(label=title, url=url, kind=kind, doc_id=doc_id))
                if len(found) == limit:
                    break
        return found

    def related(self, doc_id: str, *, limit: int = 4) -> list[SearchHit]:
        entry = IndexEntry.objects.filter(doc_id=doc_id).first()
        if entry is None:
            return []
        shared = Counter()
        for field in ("target_groups", "focus_areas"):
            tag_ids = getattr(entry, field).values_list("pk", flat=True)
            for pk in (
                IndexEntry.objects.filter(**{f"{field}__in": tag_ids})
                .exclude(pk=entry.pk)
                .values_list("pk", flat=True)
            ):
                shared[pk] += 1
        best = sorted(shared.items(), key=lambda item: -item[1])[: limit * 3]
        rows = {
            r.pk: r
            for r in IndexEntry.objects.filter(
                pk__in=[pk for pk, _ in best]
            ).prefetch_related("target_groups", "focus_areas")
        }
        ordered = sorted(best, key=lambda item: (-item[1], rows[item[0]].title))
        return [self._hit(rows[pk], []) for pk, _ in ordered[:limit]]


def count_branches(flags: list[str], connection) -> list[str]:
    """SELECTs, to join with UNION ALL, of (facet, value, count) rows over
    the matched rows in a CTE named ``m`` (columns ``id``, ``content_type``,
    ``evidence_level``, ``event_end``, ``kb_upcoming`` and the ``flags``):
    the total passes every filter, each facet counts the rows that pass
    every filter but its own."""
    quote = connection.ops.quote_name

    def passing(skip: str | None = None) -> str:
        kept = [f"m.{quote(flag)}" for flag in flags if flag != f"kb_{skip}"]
        return " AND ".join(kept) or "1 = 1"

    def value(expression: str) -> str:
        return f"CAST({expression} AS VARCHAR(100))"

    branches = [
        f"SELECT 'total', '', COUNT(*) FROM m WHERE {passing()}",
        f"SELECT 'content_type', {value('m.content_type')}, COUNT(*) FROM m "
        f"WHERE {passing('content_type')} GROUP BY m.content_type",
        f"SELECT 'evidence_level', {value('m.evidence_level')}, COUNT(*) FROM m "
        f"WHERE m.evidence_level IS NOT NULL AND {passing('evidence_level')} "
        "GROUP BY m.evidence_level",
        # Only events have an end (see search.registry.DOCUMENT_FIELDS).
        "SELECT 'event_time', CASE WHEN m.kb_upcoming THEN 'upcoming' "
        "ELSE 'past' END, COUNT(*) FROM m WHERE m.event_end IS NOT NULL "
        f"AND {passing('event_time')} GROUP BY m.kb_upcoming",
    ]
    for facet, model in M2M_FACETS.items():
        relation = getattr(IndexEntry, facet)
        through = relation.through._meta
        source = through.get_field(relation.field.m2m_field_name()).column
        target = through.get_field(relation.field.m2m_reverse_field_name()).column
        branches.append(
            f"SELECT '{facet}', {value('t.slug')}, COUNT(*) FROM m "
            f"JOIN {quote(through.db_table)} x ON x.{quote(source)} = m.{quote('id')} "
            f"JOIN {quote(model._meta.db_table)} t ON t.{quote('id')} = x.{quote(target)} "
            f"WHERE {passing(facet)} GROUP BY t.slug"
        )
    return branches


def read_counts(rows) -> tuple[int, dict[str, dict[str, int]]]:
    """The total and the facet counts from :func:`count_branches`' rows."""
    total = 0
    counts: dict[str, dict[str, int]] = {}
    for facet, key, count in rows:
        if facet == "total":
            total = count
        else:
            counts.setdefault(facet, {})[str(key)] = count
    return total, counts


def _title_matches(title: str, words: list[str]) -> bool:
    """Every typed word starts a word of the title ("sammen psyk")."""
    title_words = tokens(title)
    return all(any(tw.startswith(w) for tw in title_words) for w in words)
