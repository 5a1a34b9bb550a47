"""Main navigation, found once per request from the page tree."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def _navigation_pages(request):
    """The menu is the live, public children of the site's home page that
    editors have ticked "Vis i menuer" on (``show_in_menus``), in tree
    order; the footer links to the evidence scale and the content pages."""
    site = Site.find_for_request(request)
    if site is None:
        return {"menu": [], "evidence_scale": None, "content_pages": []}
    top_level = list(
        site.root_page.get_children().live().public().select_related("content_type")
    )

    def key(page):
        return f"{page.content_type.app_label}.{page.content_type.model}"

    return {
        "menu": [page for page in top_level if page.show_in_menus],
        "evidence_scale": next(
            (p for p in top_level if key(p) == "methods.evidencescalepage"), None
        ),
        "content_pages": [p for p in top_level if key(p) == "home.contentpage"],
    }


def navigation(request):
    return {"navigation": SimpleLazyObject(lambda: _navigation_pages(request))}
