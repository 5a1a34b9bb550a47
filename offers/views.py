from django.shortcuts import get_object_or_404, render

from kb.core.pagination import paginate
from offers.models import Offer

# The page parameter of the specialists, paged apart from the methods (which
# use the listings' usual "side").
SPECIALISTS_PAGE_PARAM = "side-specialister"


def offer_detail(request, slug):
    """An offer with its specialists and the methods it uses, each list a
    page at a time: an offer may use a thousand methods."""
    offer = get_object_or_404(
        Offer.objects.select_related("municipality", "region"), slug=slug
    )
    return render(
        request,
        "offers/offer.html",
        {
            "offer": offer,
            "specialists": paginate(
                offer.listed_specialists(),
                request.GET,
                param=SPECIALISTS_PAGE_PARAM,
            ),
            "specialists_page_param": SPECIALISTS_PAGE_PARAM,
            "methods": paginate(offer.listed_methods(), request.GET),
        },
    )


def offer_index(request):
    offers = Offer.objects.select_related("municipality", "region").order_by(
        "region__name", "name"
    )
    paging = paginate(offers, request.GET)
    return render(
        request,
        "offers/offer_index.html",
        {
            "offers": paging.items,
            "page_obj": paging.page_obj,
            "query_string": paging.query_string,
        },
    )
