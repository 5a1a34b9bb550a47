"""Paging of long listings: one helper for every listing page, so each page
renders a bounded number of items however much content there is.

The page number is the ``side`` GET parameter (as on the search page); a
number past the end shows the last page and anything that is not a number
the first, so a hand-edited address never fails. The other GET parameters
(a listing's filters) are kept in the page links
(``templates/includes/pagination.html``).
"""

from typing import NamedTuple

from django.conf import settings
from django.core.paginator import Page, Paginator

PAGE_PARAM = "side"


class Paging(NamedTuple):
    """One page of a listing and the query string its page links repeat."""

    page_obj: Page
    query_string: str  # url-encoded, without the page parameter

    @property
    def items(self):
        return self.page_obj.object_list

    @property
    def count(self) -> int:
        return self.page_obj.paginator.count


def listing_page_size() -> int:
    return settings.KB_LISTING_PAGE_SIZE


def paginate(items, params, *, param: str = PAGE_PARAM, per_page: int | None = None):
    """The page of ``items`` (a queryset or list) that ``params`` (a
    QueryDict, e.g. ``request.GET``) asks for with ``param``."""
    paginator = Paginator(items, per_page or listing_page_size())
    page_obj = paginator.get_page(params.get(param))
    others = params.copy()
    others.pop(param, None)
    return Paging(page_obj, others.urlencode())
