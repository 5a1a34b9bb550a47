"""The site search page (database-backed until the search backends land)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()
    error = None
    results = Page.objects.none()
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Søgningen er for lang. Brug højst %(max)d tegn.") % {
            "max": MAX_QUERY_LENGTH
        }
    elif query:
        results = Page.objects.live().public().specific().search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("side"))
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "page_obj": page,
            "error": error,
            "result_count": paginator.count,
        },
    )
