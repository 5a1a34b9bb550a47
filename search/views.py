"""The search page and the autocomplete endpoint.

Both ask :mod:`search.backends`, which answers from Elasticsearch or, when
it is down or not configured, from the database.
"""

import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kb.taxonomy.models import FocusArea, TargetGroup
from search import backends
from search.backends.base import EVENT_TIMES, FACET_LABELS, FACETS, SearchQuery
from search.registry import registry
from search.suggestions import zero_result_suggestions
from search.text import tokens

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
# GET parameter (Danish, shown in the address bar) for each facet.
FACET_PARAMS = {
    "content_type": "type",
    "target_groups": "malgruppe",
    "focus_areas": "fokusomraade",
    "regions": "region",
    "evidence_level": "evidens",
    "event_time": "tid",
}
SORT_PARAMS = {"relevans": "relevance", "dato": "date"}
# "Search for exactly what I typed": no spelling correction.
EXACT_PARAM = "praecis"
# Control characters (NUL among them) mean nothing in a search; PostgreSQL
# refuses NUL in any text it is given.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _facet_value_is_valid(facet: str, value: str) -> bool:
    """Whether ``value`` can be a value of ``facet`` at all; anything else
    (typed into the address bar) is dropped, as an unknown slug matches
    nothing."""
    if not value or len(value) >= 100 or _CONTROL.search(value):
        return False
    if facet == "evidence_level":
        # ASCII digits only: "²".isdigit() is true, but int("²") fails.
        return value.isascii() and value.isdigit() and len(value) <= 3
    if facet == "event_time":
        return value in EVENT_TIMES
    return True


def query_from_request(request) -> tuple[SearchQuery, str | None]:
    text = _CONTROL.sub(" ", request.GET.get("q", "")).strip()
    error = None
    if len(text) > MAX_QUERY_LENGTH:
        error = _("Søgningen er for lang. Brug højst %(max)d tegn.") % {
            "max": MAX_QUERY_LENGTH
        }
        text = text[:MAX_QUERY_LENGTH]
    filters = {}
    for facet, param in FACET_PARAMS.items():
        values = tuple(
            dict.fromkeys(
                v for v in request.GET.getlist(param) if _facet_value_is_valid(facet, v)
            )
        )
        if values:
            filters[facet] = values
    sort = SORT_PARAMS.get(request.GET.get("sortering", ""), "relevance")
    try:
        page = max(1, min(int(request.GET.get("side", 1)), 500))
    except ValueError:
        page = 1
    return SearchQuery(
        text=text, filters=filters, sort=sort, page=page, per_page=RESULTS_PER_PAGE
    ), error


def _query_string(
    query: SearchQuery, *, drop: tuple[str, str] | None = None, exact: bool = False
) -> str:
    pairs = [("q", query.text)] if query.text else []
    if exact:
        pairs.append((EXACT_PARAM, "1"))
    for facet, values in query.filters.items():
        pairs += [(FACET_PARAMS[facet], v) for v in values if (facet, v) != drop]
    if query.sort != "relevance":
        pairs.append(("sortering", "dato"))
    return urlencode(pairs)


def search(request):
    query, error = query_from_request(request)
    exact = request.GET.get(EXACT_PARAM) == "1"
    results = backends.search(query, correct_spelling=not exact)
    suggestions = (
        zero_result_suggestions(query, results, _query_string)
        if not results.total and (query.text or query.filters)
        else []
    )
    page_obj = Paginator(range(results.total), RESULTS_PER_PAGE).get_page(query.page)
    facets = [
        {
            "name": facet,
            "param": FACET_PARAMS[facet],
            "label": FACET_LABELS[facet],
            "values": results.facets.get(facet, []),
        }
        for facet in FACETS
    ]
    selected = [
        {
            "label": f"{FACET_LABELS[facet]}: {value.label}",
            "remove_url": "?" + _query_string(query, drop=(facet, value.value)),
        }
        for facet in FACETS
        for value in results.facets.get(facet, [])
        if value.selected
    ]
    return render(
        request,
        "search/search.html",
        {
            "query": query.text,
            "search_query": query,
            "results": results,
            "facets": facets,
            "selected_filters": selected,
            "page_obj": page_obj,
            "query_string": _query_string(query, exact=exact),
            "exact_url": "?" + _query_string(query, exact=True),
            "suggestions": suggestions,
            "sort": "dato" if query.sort == "date" else "relevans",
            "error": error,
        },
    )


@require_GET
def autocomplete(request):
    """Suggestions for the search box: titles of the types registered with
    ``autocomplete = True`` (methods), target groups and focus areas starting
    with what was typed."""
    prefix = _CONTROL.sub(" ", request.GET.get("q", "")).strip()[:100]
    words = tokens(prefix)
    if not words:
        return JsonResponse({"suggestions": []})
    suggestions = [
        {"label": s.label, "url": s.url, "type": registry.label(s.kind)}
        for s in backends.autocomplete(prefix)
    ]
    for model, kind in ((TargetGroup, _("Målgruppe")), (FocusArea, _("Fokusområde"))):
        for tag in model.objects.all():
            name_words = tokens(tag.name)
            if all(any(nw.startswith(w) for nw in name_words) for w in words):
                suggestions.append(
                    {"label": tag.name, "url": tag.get_absolute_url(), "type": kind}
                )
    return JsonResponse({"suggestions": suggestions[:12]})
