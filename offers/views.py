from django.shortcuts import get_object_or_404, render

from kb.core.pagination import paginate
from offers.models import Offer


def offer_detail(request, slug):
    offer = get_object_or_404(
        Offer.objects.select_related("municipality", "region"), slug=slug
    )
    # The specialists' cards show their home offer and travel regions:
    # fetched with the list, not once per card.
    specialists = (
        offer.specialists.live()
        .public()
        .select_related("home_offer")
        .prefetch_related("travel_regions")
    )
    return render(
        request,
        "offers/offer.html",
        {
            "offer": offer,
            "specialists": specialists,
            "methods": offer.methods.live().public(),
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
