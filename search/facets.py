"""Labels and order for facet values, shared by both backends."""

from django.db.models import CharField, Value

from kb.taxonomy.models import FocusArea, Region, TargetGroup
from search.backends.base import EVENT_TIMES, FACETS, FacetValue, SearchQuery
from search.registry import registry


def _labels(facet: str, values: set[str]) -> dict[str, str]:
    if facet == "content_type":
        keys = {kind.key for kind in registry.types()}
        return {v: registry.label(v) for v in values if v in keys}
    if facet == "evidence_level":
        # Labelled by the types that have levels (search_documents.py).
        labels = registry.facet_labels(facet)
        return {
            v: labels[str(int(v))]
            for v in values
            if v.isdigit() and str(int(v)) in labels
        }
    if facet == "event_time":
        return {v: str(EVENT_TIMES[v]) for v in values if v in EVENT_TIMES}
    raise KeyError(facet)


TAXONOMY = {"target_groups": TargetGroup, "focus_areas": FocusArea, "regions": Region}


def _taxonomy_labels(values: dict[str, set[str]]) -> dict[str, dict[str, str]]:
    """The names of the taxonomy facets' values, in one query for all of
    them (a query per facet cost more than Elasticsearch's aggregations)."""
    queries = [
        TAXONOMY[facet]
        .objects.filter(slug__in=slugs)
        .order_by()
        .annotate(facet=Value(facet, output_field=CharField()))
        .values_list("facet", "slug", "name")
        for facet, slugs in values.items()
        if slugs
    ]
    labels = {facet: {} for facet in values}
    if queries:
        union = (
            queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
        )
        for facet, slug, name in union:
            labels[facet][slug] = name
    return labels


def label_facets(
    counts: dict[str, dict[str, int]], query: SearchQuery
) -> dict[str, list[FacetValue]]:
    """Turn raw counts into labelled values. Selected values always appear
    (with 0 if nothing matches) so a person can unselect them."""
    all_counts = {}
    for facet in FACETS:
        facet_counts = {str(k): v for k, v in counts.get(facet, {}).items() if v}
        for value in query.selected(facet):
            facet_counts.setdefault(value, 0)
        all_counts[facet] = facet_counts
    taxonomy = _taxonomy_labels(
        {facet: set(all_counts[facet]) for facet in FACETS if facet in TAXONOMY}
    )
    result = {}
    for facet in FACETS:
        facet_counts = all_counts[facet]
        selected = set(query.selected(facet))
        labels = (
            taxonomy[facet] if facet in TAXONOMY else _labels(facet, set(facet_counts))
        )
        values = [
            FacetValue(value=v, label=labels[v], count=c, selected=v in selected)
            for v, c in facet_counts.items()
            if v in labels
        ]
        if facet in ("evidence_level", "event_time"):
            values.sort(key=lambda fv: fv.value, reverse=True)
        else:
            values.sort(key=lambda fv: (-fv.count, fv.label))
        result[facet] = values
    return result
