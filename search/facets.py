"""Labels and order for facet values, shared by both backends."""

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
    model = {"target_groups": TargetGroup, "focus_areas": FocusArea, "regions": Region}[
        facet
    ]
    return dict(model.objects.filter(slug__in=values).values_list("slug", "name"))


def label_facets(
    counts: dict[str, dict[str, int]], query: SearchQuery
) -> dict[str, list[FacetValue]]:
    """Turn raw counts into labelled values. Selected values always appear
    (with 0 if nothing matches) so a person can unselect them."""
    result = {}
    for facet in FACETS:
        facet_counts = {str(k): v for k, v in counts.get(facet, {}).items() if v}
        selected = set(query.selected(facet))
        for value in selected:
            facet_counts.setdefault(value, 0)
        labels = _labels(facet, set(facet_counts))
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
