"""What to offer when a search finds nothing: a corrected spelling,
removing a filter (with how many results that gives), and the target groups
and focus areas nearest to the words typed."""

from dataclasses import dataclass, replace

from django.utils.translation import gettext as _

from kb.taxonomy.models import FocusArea, TargetGroup
from search import backends, vocabulary
from search.backends.base import FACET_LABELS, SearchQuery, SearchResults
from search.query_words import expand
from search.text import stem, tokens

MAX_TAGS = 3


@dataclass
class Suggestion:
    kind: str  # "spelling", "filter", "target_group", "focus_area"
    label: str
    url: str
    count: int | None = None


def zero_result_suggestions(
    query: SearchQuery, results: SearchResults, query_string
) -> list[Suggestion]:
    """``query_string(query)`` gives the search page URL's query string for
    a changed query."""
    out = []
    words = [w.word for w in expand(query.text).words]
    fixed = {w: vocabulary.closest_word(w) for w in words}
    if any(fixed.values()):
        text = " ".join(fixed.get(w) or w for w in words)
        out.append(
            Suggestion(
                "spelling",
                _("Søg efter »%(text)s«") % {"text": text},
                "?" + query_string(replace(query, text=text, page=1)),
            )
        )
    labels = {
        (facet, value.value): value.label
        for facet, values in results.facets.items()
        for value in values
        if value.selected
    }
    for facet, values in query.filters.items():
        for value in values:
            fewer = replace(
                query,
                filters={
                    **query.filters,
                    facet: tuple(v for v in values if v != value),
                },
                page=1,
            )
            fewer = replace(
                fewer, filters={k: v for k, v in fewer.filters.items() if v}
            )
            count = backends.search(fewer).total
            if count:
                label = labels.get((facet, value), value)
                out.append(
                    Suggestion(
                        "filter",
                        _("Fjern filteret %(facet)s: %(value)s")
                        % {"facet": FACET_LABELS[facet], "value": label},
                        "?" + query_string(fewer),
                        count,
                    )
                )
    for model, kind in ((TargetGroup, "target_group"), (FocusArea, "focus_area")):
        for tag in nearest_tags(model, words):
            out.append(Suggestion(kind, tag.name, tag.get_absolute_url()))
    return out


def nearest_tags(model, words: list[str]) -> list:
    """Tags whose names share a word stem with, or are spelt close to, the
    query's words, closest first."""
    if not words:
        return []
    wanted = [(w, stem(w)) for w in words]
    scored = []
    for tag in model.objects.all():
        best = 0
        for name_word in tokens(tag.name):
            name_stem = stem(name_word)
            for word, word_stem in wanted:
                if len(word_stem) >= 3 and (
                    name_stem.startswith(word_stem) or word_stem.startswith(name_stem)
                ):
                    best = max(best, 3)
                elif (
                    len(word) >= 4 and vocabulary.edit_distance(word, name_word, 2) <= 2
                ):
                    best = max(best, 2)
        if best:
            scored.append((-best, tag.name, tag))
    return [tag for *_, tag in sorted(scored, key=lambda t: t[:2])][:MAX_TAGS]
