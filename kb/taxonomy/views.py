"""Listing pages: everything tagged with a target group or focus area."""

from django.shortcuts import get_object_or_404, render

from kb.taxonomy.content import tagged_with
from kb.taxonomy.models import FocusArea, TargetGroup


def _tag_listing(request, tag_model, slug):
    tag = get_object_or_404(tag_model, slug=slug)
    return render(
        request,
        "taxonomy/tag_listing.html",
        {"tag": tag, "vocabulary": tag_model._meta, "sections": tagged_with(tag)},
    )


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
