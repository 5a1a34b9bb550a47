from django.shortcuts import get_object_or_404, render

from home.models import Offer


def offer_detail(request, slug):
    offer = get_object_or_404(
        Offer.objects.select_related("municipality", "region"), slug=slug
    )
    return render(request, "home/offer.html", {"offer": offer})


def offer_index(request):
    offers = Offer.objects.select_related("municipality", "region").order_by(
        "region__name", "name"
    )
    return render(request, "home/offer_index.html", {"offers": offers})
