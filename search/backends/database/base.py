"""What the database backends share: index rows, facet filters and counts,
result pages, autocomplete and related content.

Documents live in :class:`search.models.IndexEntry`. How text is matched and
ranked is the vendor's part (:mod:`.postgres`, :mod:`.sqlite`).
"""

from collections import Counter
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Case, Count, F, Q, QuerySet, Value, When
from django.db.models.functions import Length

from kb.taxonomy.models import FocusArea, Region, TargetGroup
from search import vocabulary
from search.backends.base import (
    BaseSearchBackend,
    Progress,
    SearchHit,
    SearchQuery,
    SearchResults,
    Suggestion,
    as_datetime,
)
from search.facets import label_facets
from search.models import IndexEntry
from search.query_words import PART_SCORE, TITLE_SCORE, WORD_SCORE, expand
from search.registry import registry
from search.text import highlight as highlight_text
from search.text import parse_query, stems, tokens

M2M_FACETS = {"target_groups": TargetGroup, "focus_areas": FocusArea, "regions": Region}


def stem_string(text: str) -> str:
    return " " + " ".join(stems(text)) + " "


class BaseDatabaseSearchBackend(BaseSearchBackend):
    """The database backend minus text matching and ranking, which each
    vendor's subclass supplies (:meth:`_match_text`, :meth:`_ranked`,
    :meth:`_update_vectors`)."""

    name = "database"

    # --- indexing ----------------------------------------------------------

    def index_document(self, document: dict) -> None:
        with transaction.atomic():
            entry, _ = IndexEntry.objects.update_or_create(
                doc_id=document["doc_id"], defaults=self._row(document)
            )
            self._set_relations(entry, document)
            self._update_vectors(IndexEntry.objects.filter(pk=entry.pk))
        vocabulary.add_words(vocabulary.document_words(document))

    def remove_document(self, doc_id: str) -> None:
        IndexEntry.objects.filter(doc_id=doc_id).delete()

    def rebuild(
        self, documents: Iterable[dict], *, total: int, progress: Progress | None = None
    ) -> int:
        """Replace every row in one transaction: readers see the old index
        until the new one is committed."""
        count = 0
        words = set()
        with transaction.atomic():
            IndexEntry.objects.all().delete()
            for document in documents:
                words |= vocabulary.document_words(document)
                entry = IndexEntry.objects.create(
                    doc_id=document["doc_id"], **self._row(document)
                )
                self._set_relations(entry, document)
                count += 1
                if progress:
                    progress(count, total)
            self._update_vectors(IndexEntry.objects.all())
            vocabulary.replace_words(words)
        return count

    def _update_vectors(self, entries: QuerySet) -> None:
        """Refresh whatever the vendor derives from the rows (none by
        default)."""

    def document_ids(self) -> set[str]:
        return set(IndexEntry.objects.values_list("doc_id", flat=True))

    @staticmethod
    def _row(document: dict) -> dict:
        names = " ".join(document["target_group_names"] + document["focus_area_names"])
        title_parts = " ".join(vocabulary.compound_parts(document["title"]))
        parts = " ".join(
            vocabulary.compound_parts(
                " ".join(
                    [
                        document["title"],
                        document["summary"] or "",
                        document["body"] or "",
                        names,
                    ]
                )
            )
        )
        return {
            "content_type": document["content_type"],
            "object_id": document["object_id"],
            "title": document["title"][:255],
            "url": document["url"],
            "summary": document["summary"] or "",
            "body": document["body"] or "",
            "keywords": " ".join(
                document["target_group_names"] + document["focus_area_names"]
            ),
            "parts": parts,
            "title_stems": stem_string(document["title"] + " " + title_parts),
            "text_stems": stem_string(
                " ".join(
                    [
                        document["title"],
                        document["summary"] or "",
                        document["body"] or "",
                        " ".join(document["target_group_names"]),
                        " ".join(document["focus_area_names"]),
                        parts,
                    ]
                )
            ),
            "evidence_level": document["evidence_level"],
            "date": as_datetime(document["date"]),
            "event_end": as_datetime(document["event_end"]),
        }

    @staticmethod
    def _set_relations(entry: IndexEntry, document: dict) -> None:
        for field, model in M2M_FACETS.items():
            getattr(entry, field).set(model.objects.filter(slug__in=document[field]))

    # --- querying ----------------------------------------------------------

    def _match_text(self, queryset: QuerySet, text: str) -> QuerySet:
        """Entries with at least one of the query's words (or a synonym or
        compound tail of it) and every quoted phrase, annotated with
        ``score``: :data:`WORD_SCORE` per query word found (:data:`PART_SCORE`
        when only a compound tail is), :data:`TITLE_SCORE` more when it is in
        the title. Unchanged when the query has no words."""
        query = expand(text)
        if query.is_empty:
            return queryset
        for phrase in query.phrases:
            queryset = queryset.filter(self._phrase_condition(phrase))
        if not query.words:
            return queryset.annotate(score=Value(WORD_SCORE))
        score = Value(0)
        any_word = Q(pk__in=[])
        for word in query.words:
            exact = Q(pk__in=[])
            for alternative in word.alternatives:
                exact |= self._word_condition(alternative)
            for phrase in word.phrases:
                exact |= self._phrase_condition(phrase)
            parts = Q(pk__in=[])
            for part in word.parts:
                parts |= self._word_condition(part)
            title = Q(pk__in=[])
            for alternative in word.alternatives + word.parts:
                title |= self._word_condition(alternative, title=True)
            score = (
                score
                + Case(
                    When(exact, then=Value(WORD_SCORE)),
                    When(parts, then=Value(PART_SCORE)),
                    default=Value(0),
                )
                + Case(When(title, then=Value(TITLE_SCORE)), default=Value(0))
            )
            any_word |= exact | parts
        return queryset.filter(any_word).annotate(score=score)

    def _word_condition(self, word: str, *, title: bool = False) -> Q:
        """Rows containing ``word`` (an inflection of it, or a word it
        starts) in the title or anywhere."""
        field = "title_stems" if title else "text_stems"
        condition = Q(pk__in=[])
        for word_stem in stems(word):
            condition |= Q(**{f"{field}__contains": f" {word_stem}"})
        return condition

    def _phrase_condition(self, phrase: str) -> Q:
        return Q(text_stems__contains=stem_string(phrase).rstrip())

    @staticmethod
    def _apply_filter(
        queryset: QuerySet, facet: str, values: tuple[str, ...], query: SearchQuery
    ) -> QuerySet:
        if not values:
            return queryset
        if facet == "content_type":
            return queryset.filter(content_type__in=values)
        if facet in M2M_FACETS:
            return queryset.filter(
                pk__in=IndexEntry.objects.filter(
                    **{f"{facet}__slug__in": values}
                ).values("pk")
            )
        if facet == "evidence_level":
            return queryset.filter(
                evidence_level__in=[int(v) for v in values if v.isdigit()]
            )
        if facet == "event_time":
            condition = Q(pk__in=[])
            if "upcoming" in values:
                condition |= Q(event_end__gte=query.now)
            if "past" in values:
                condition |= Q(event_end__lt=query.now)
            return queryset.filter(condition)
        return queryset

    def _filtered(
        self, queryset: QuerySet, query: SearchQuery, *, skip: str | None = None
    ) -> QuerySet:
        for facet, values in query.filters.items():
            if facet != skip:
                queryset = self._apply_filter(queryset, facet, values, query)
        return queryset

    def _facet_counts(
        self, matched: QuerySet, query: SearchQuery
    ) -> dict[str, dict[str, int]]:
        counts = {}
        for facet in ("content_type", "evidence_level", *M2M_FACETS):
            subset = IndexEntry.objects.filter(
                pk__in=self._filtered(matched, query, skip=facet).values("pk")
            )
            field = f"{facet}__slug" if facet in M2M_FACETS else facet
            rows = (
                subset.exclude(**{f"{field}__isnull": True})
                .values(field)
                .annotate(n=Count("pk", distinct=True))
            )
            counts[facet] = {str(row[field]): row["n"] for row in rows}
        # Only events have an end (see search.registry.DOCUMENT_FIELDS).
        events = IndexEntry.objects.filter(
            pk__in=self._filtered(matched, query, skip="event_time").values("pk"),
            event_end__isnull=False,
        )
        counts["event_time"] = events.aggregate(
            upcoming=Count("pk", filter=Q(event_end__gte=query.now)),
            past=Count("pk", filter=Q(event_end__lt=query.now)),
        )
        return counts

    def _ordered(self, queryset: QuerySet, query: SearchQuery) -> list[int] | QuerySet:
        """Matched entries in result order: a queryset, or a list of pks
        when ranking happens in Python."""
        if query.sort == "date":
            return queryset.order_by(F("date").desc(nulls_last=True), "title")
        if parse_query(query.text).is_empty:
            return queryset.order_by("title")
        return self._ranked(queryset, query)

    def _ranked(self, queryset: QuerySet, query: SearchQuery) -> list[int] | QuerySet:
        """Best match first, for a query with words; among equals the
        shorter title (the query says more of what it is about)."""
        return queryset.order_by("-score", Length("title"), "title")

    def search(self, query: SearchQuery) -> SearchResults:
        matched = self._match_text(IndexEntry.objects.all(), query.text)
        results = self._filtered(matched, query)
        ordered = self._ordered(results, query)
        if isinstance(ordered, list):
            total = len(ordered)
            page_pks = ordered[query.offset : query.offset + query.per_page]
            rows = IndexEntry.objects.filter(pk__in=page_pks).prefetch_related(
                "target_groups", "focus_areas"
            )
            by_pk = {row.pk: row for row in rows}
            page = [by_pk[pk] for pk in page_pks]
        else:
            total = ordered.count()
            page = list(
                ordered.prefetch_related("target_groups", "focus_areas")[
                    query.offset : query.offset + query.per_page
                ]
            )
        words = expand(query.text).highlight_words()
        return SearchResults(
            query=query,
            hits=[self._hit(row, words) for row in page],
            total=total,
            facets=label_facets(self._facet_counts(matched, query), query),
            backend=self.name,
        )

    @staticmethod
    def _hit(row: IndexEntry, words: list[str]) -> SearchHit:
        highlighted = ""
        if words:
            # Prefer the summary; use the body when the words are only there.
            highlighted = highlight_text(row.summary, words)
            if "<mark>" not in highlighted and row.body:
                highlighted = highlight_text(row.body, words)
        return SearchHit(
            doc_id=row.doc_id,
            content_type=row.content_type,
            content_type_label=registry.label(row.content_type),
            title=row.title,
            url=row.url,
            summary=row.summary,
            highlight=highlighted,
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
        ).values_list("title", "url", "content_type", "doc_id")
        return [
            Suggestion(label=title, url=url, kind=kind, doc_id=doc_id)
            for title, url, kind, doc_id in entries
            if _title_matches(title, words)
        ][:limit]

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


def _title_matches(title: str, words: list[str]) -> bool:
    """Every typed word starts a word of the title ("sammen psyk")."""
    title_words = tokens(title)
    return all(any(tw.startswith(w) for tw in title_words) for w in words)
