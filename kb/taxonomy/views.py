"""Listing pages: everything tagged with a target group or focus area."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from kb.core.pagination import listing_page_size, paginate
from kb.taxonomy.content import count_distinct, tagged_with
from kb.taxonomy.models import FocusArea, TargetGroup

TYPE_PARAM = "type"


def _tag_listing(request, tag_model, slug):
    """Every type's first items, each with a link to all of that type
    (``?type=<key>``), which is one type's listing page by page."""
    tag = get_object_or_404(tag_model, slug=slug)
    context = {"tag": tag, "vocabulary": tag_model._meta}
    key = request.GET.get(TYPE_PARAM)
    if key is not None:
        sections = tagged_with(tag, include_empty=True)
        section = next((s for s in sections if s.key == key), None)
        if section is None:
            raise Http404("No such type on this listing.")
        paging = paginate(section.items, request.GET)
        context.update(
            section=section,
            items=paging.items,
            page_obj=paging.page_obj,
            query_string=paging.query_string,
        )
        return render(request, "taxonomy/tag_listing_type.html", context)
    size = listing_page_size()
    context["sections"] = [
        {
            "label": section.label,
            "key": section.key,
            "items": section.items[:size],
            "count": count,
        }
        for section in tagged_with(tag, include_empty=True)
        if (count := count_distinct(section.items))
    ]
    return render(request, "taxonomy/tag_listing.html", context)


def target_group(request, slug):
    return _tag_listing(request, TargetGroup, slug)


def focus_area(request, slug):
    return _tag_listing(request, FocusArea, slug)


def vocabulary_index(request, tag_model):
    return render(
        request,
        "taxonomy/vocabulary_index.html",
        {"vocabulary": tag_model._meta, "tags": tag_model.objects.all()},
    )
