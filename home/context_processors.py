"""Main navigation, found once per request from the page tree."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Page

# Index page models in menu order; each appears once in the tree.
NAVIGATION_MODELS = [
    "methods.methodindexpage",
    "methods.evidenceindexpage",
    "networks.eventindexpage",
    "networks.networkindexpage",
    "corps.corpsindexpage",
    "agreements.frameworkagreementindexpage",
]


def _navigation_pages():
    top_level = list(
        Page.objects.live().public().filter(depth=3).select_related("content_type")
    )

    def key(page):
        return f"{page.content_type.app_label}.{page.content_type.model}"

    by_model = {key(page): page for page in top_level}
    return {
        "menu": [by_model[name] for name in NAVIGATION_MODELS if name in by_model],
        "evidence_scale": by_model.get("methods.evidencescalepage"),
        "content_pages": [p for p in top_level if key(p) == "home.contentpage"],
    }


def navigation(request):
    return {"navigation": SimpleLazyObject(_navigation_pages)}
