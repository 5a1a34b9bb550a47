"""Public pages (front page, methods, evidence, offers, agreements, search)
only offer what the reader may do: no links to the admin or the activity
report for visitors or ordinary members, and every internal link they are
shown opens for them."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from agreements.models import FrameworkAgreementPage
from methods.models import EvidencePage, MethodPage
from offers.models import Offer
from tests import factories

STAFF_ONLY = ("/admin/", "/rapporter/")


def public_pages():
    method = MethodPage.objects.live().public().filter(evidence__isnull=False).first()
    return {
        "forside": "/",
        "metode": method.url,
        "evidens": EvidencePage.objects.live().public().first().url,
        "tilbud": Offer.objects.filter(methods__isnull=False)
        .first()
        .get_absolute_url(),
        "rammeaftale": FrameworkAgreementPage.objects.get(
            slug="syddanmark-2023-2024"
        ).url,
        "søgning": "/soeg/?q=autisme",
    }


def readers():
    member = Client()
    member.force_login(factories.user())
    return {"anonym": Client(), "medlem": member}


@pytest.mark.parametrize("reader", ["anonym", "medlem"])
def test_readers_are_only_offered_what_they_can_do(db, reader):
    client = readers()[reader]
    for name, url in public_pages().items():
        response = client.get(url)
        assert response.status_code == 200, name
        soup = BeautifulSoup(response.content, "html.parser")
        links = {a["href"] for a in soup.select("main a[href], header a[href]")}
        staff = [href for href in links if href.startswith(STAFF_ONLY)]
        assert staff == [], f"{name}: {staff}"
        internal = sorted(
            href.split("#")[0]
            for href in links
            if href.startswith("/") and not href.startswith("/soeg/?")
        )
        for href in internal:
            if href:
                status = client.get(href).status_code
                assert status == 200, f"{name} links to {href} ({status})"
