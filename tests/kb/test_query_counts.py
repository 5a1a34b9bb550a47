"""A page that lists things costs the same number of database queries
however many things it lists: nothing is fetched once per card, per focus
area or per action. Each test renders a page with few items and with more,
on the demo site, and compares the queries. (The listing index pages, where
the page size decides how many items show, are in
tests/taxonomy/test_listing_pages.py.)"""

import datetime as dt
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from corps.models import SpecialistPage
from kb.taxonomy.models import Region
from methods.models import MethodPage
from search import backends as search_backends
from tests import factories
from tests.search.conftest import rebuild

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")


def queries(client, url: str) -> tuple[int, str]:
    """The queries one request for ``url`` makes (after a first request
    has warmed the site's caches), and the page's text."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    return len(captured), text


def agreement_doing(areas, *, per_area: int):
    """A framework agreement in Region Syddanmark, 2025–2026, with one entry
    per focus area in ``areas``; under each, ``per_area`` methods (used by an
    offer in the region), networks in the region and theme days in the
    period, and an action carried out by that area's theme days and
    networks."""
    south = Region.objects.get(name="Region Syddanmark")
    offer = factories.offer(region=south)
    agreement = factories.agreement(
        region=south, period_start=2025, period_end=2026, focus_areas=areas
    )
    for entry in agreement.focus_area_entries.select_related("focus_area"):
        area = entry.focus_area
        theme_days, networks = [], []
        for n in range(per_area):
            factories.offered_method(
                offer, title=f"Metode {n} om {area.name}", focus_areas=[area]
            )
            networks.append(
                factories.network_page(
                    title=f"Netværk {n} om {area.name}",
                    region=south,
                    focus_areas=[area],
                )
            )
            theme_days.append(
                factories.theme_day(
                    title=f"Temadag {n} om {area.name}",
                    start=dt.datetime(2025, 3, n + 1, 9, tzinfo=COPENHAGEN),
                    focus_areas=[area],
                )
            )
        entry.actions = [
            (
                "action",
                {
                    "text": f"Handling om {area.name}",
                    "theme_days": theme_days,
                    "networks": networks,
                },
            )
        ]
        entry.save()
    agreement.save_revision().publish()
    return agreement


def test_an_agreement_page_costs_the_same_for_one_or_three_focus_areas(
    client, db, settings
):
    """Each focus area lists its methods, networks and theme days, and its
    actions with the theme days and networks carrying them out; the page
    fetches them per type, not per focus area."""
    settings.KB_AGREEMENT_LIST_SIZE = 2
    small = agreement_doing([factories.focus_area()], per_area=1)
    areas = [factories.focus_area() for _ in range(3)]
    large = agreement_doing(areas, per_area=3)

    few, _ = queries(client, small.url)
    many, text = queries(client, large.url)

    assert many == few
    for area in areas:
        # What the queries fetched is on the page: the first two of each
        # type under the area, the action's links, and the rest in search.
        for kind in ("Metode", "Netværk", "Temadag"):
            assert f"{kind} 0 om {area.name}" in text
            assert f"{kind} 1 om {area.name}" in text
        assert f"Handling om {area.name}" in text
        assert "Se alle 3 i søgningen" in text


def only_live(model, keep: int):
    """Unpublish all but ``keep`` of the demo's live ``model`` pages."""
    kept = list(model.objects.live().order_by("pk").values_list("pk", flat=True))[:keep]
    model.objects.live().exclude(pk__in=kept).update(live=False)


def test_the_home_page_costs_the_same_with_one_or_four_specialists(client, db):
    """The front page shows up to four specialists with their home offer
    and the regions they travel to, and the newest methods."""
    assert SpecialistPage.objects.live().count() >= 4
    many, text = queries(client, "/")
    assert text.count("Rejser til") == 4
    only_live(SpecialistPage, 1)
    only_live(MethodPage, 1)
    few, text = queries(client, "/")
    assert text.count("Rejser til") == 1
    assert many == few


def test_an_offer_page_costs_the_same_with_one_or_more_specialists_and_methods(
    client, db, settings
):
    """An offer's page lists its specialists (with home offer and travel
    regions) and the methods it uses, each a page at a time: more than a
    page of them costs no more queries, and only a page is rendered."""
    settings.KB_LISTING_PAGE_SIZE = 2
    small, large = factories.offer(), factories.offer()
    for offer, count in ((small, 1), (large, 3)):
        for n in range(count):
            factories.specialist_page(
                title=f"Specialist {n} på {offer.name}", home_offer=offer
            )
            factories.offered_method(offer, title=f"Metode {n} på {offer.name}")

    few, _ = queries(client, reverse("offers:offer", args=[small.slug]))
    many, text = queries(client, reverse("offers:offer", args=[large.slug]))

    assert many == few
    for n in range(2):
        assert f"Specialist {n} på {large.name}" in text
        assert f"Metode {n} på {large.name}" in text
    assert f"Specialist 2 på {large.name}" not in text
    assert f"Metode 2 på {large.name}" not in text
    assert text.count("Næste side") == 2
    assert text.count("3 resultater i alt") == 2


def test_a_network_page_costs_the_same_with_one_or_three_events(client, db):
    """A network's page lists its upcoming and past events."""
    now = dt.datetime.now(tz=COPENHAGEN)
    small, large = factories.network_page(), factories.network_page()
    for network, count in ((small, 1), (large, 3)):
        for n in range(count):
            for when, days in (("Kommende", 30 + n), ("Afholdt", -30 - n)):
                factories.theme_day(
                    parent=network,
                    title=f"{when} møde {n} i {network.title}",
                    start=now + dt.timedelta(days=days),
                )

    few, _ = queries(client, small.url)
    many, text = queries(client, large.url)

    assert many == few
    assert f"Afholdt møde 2 i {large.title}" in text


@pytest.fixture
def database_search(db, settings):
    settings.KB_SEARCH_DEFAULT = "database"
    search_backends.reset_backends()
    yield lambda: rebuild(search_backends.get_search_backend("database"))
    search_backends.reset_backends()


def test_the_search_page_costs_the_same_for_one_or_twelve_results(
    client, database_search
):
    """On the database backend each result card is built without a query
    of its own."""
    one, twelve = factories.focus_area(), factories.focus_area()
    factories.method_page(title="Eneste metode", focus_areas=[one])
    for n in range(12):
        factories.method_page(title=f"Metode nummer {n:02}", focus_areas=[twelve])
    database_search()
    url = reverse("search:search")

    few, text = queries(client, f"{url}?type=method&fokusomraade={one.slug}")
    assert "Eneste metode" in text
    many, text = queries(client, f"{url}?type=method&fokusomraade={twelve.slug}")
    assert "Metode nummer 11" in text

    assert many == few
