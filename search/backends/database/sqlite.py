"""The database backend on SQLite (and any other database without a
dedicated module): words are matched by their Danish snowball stems at word
starts in ``IndexEntry.text_stems`` and ranked in Python, title words
counting most."""

from django.db.models import QuerySet

from search.backends.base import SearchQuery
from search.backends.database.base import BaseDatabaseSearchBackend, stem_string
from search.text import parse_query, stems


class SQLiteSearchBackend(BaseDatabaseSearchBackend):
    def _match_text(self, queryset: QuerySet, text: str) -> QuerySet:
        parsed = parse_query(text)
        for term in parsed.terms:
            for stem in stems(term):
                queryset = queryset.filter(text_stems__contains=f" {stem}")
        for phrase in parsed.phrases:
            queryset = queryset.filter(
                text_stems__contains=stem_string(phrase).rstrip()
            )
        return queryset

    def _ranked(self, queryset: QuerySet, query: SearchQuery) -> list[int]:
        wanted = [
            s for word in parse_query(query.text).all_words() for s in stems(word)
        ]
        scored = []
        for pk, title_stems, text_stems, title in queryset.values_list(
            "pk", "title_stems", "text_stems", "title"
        ):
            score = sum(
                5 * title_stems.count(f" {s}") + text_stems.count(f" {s}")
                for s in wanted
            )
            scored.append((-score, title, pk))
        scored.sort()
        return [pk for _, _, pk in scored]


SearchBackend = SQLiteSearchBackend
