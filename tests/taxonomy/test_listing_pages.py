"""Every listing page shows one page of its items at a time: an accessible
Danish page navigation keeps the filters, a hand-edited page number never
fails, and a page costs the same number of queries however long the list is
(kb.core.pagination, kb.taxonomy.filters.FilteredListingPage, the offer
index, the framework agreement index and the target group and focus area
pages)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import FrameworkAgreementIndexPage
from corps.models import CorpsIndexPage
from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import EvidenceIndexPage, MethodIndexPage, MethodPage
from networks.models import EventIndexPage, NetworkIndexPage
from offers.models import Offer
from tests import factories


def index_url(model) -> str:
    return model.objects.get().url


def listing_urls() -> dict[str, str]:
    busiest = TargetGroup.objects.get(slug="autisme")
    area = FocusArea.objects.filter(methodpage__isnull=False).first()
    return {
        "methods": index_url(MethodIndexPage),
        "evidence": index_url(EvidenceIndexPage),
        "events": index_url(EventIndexPage),
        "networks": index_url(NetworkIndexPage),
        "specialists": index_url(CorpsIndexPage),
        "offers": reverse("offers:offers"),
        "agreements": index_url(FrameworkAgreementIndexPage),
        "target group": busiest.get_absolute_url(),
        "focus area": area.get_absolute_url(),
        "target group, methods": busiest.get_absolute_url() + "?type=metoder",
    }


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card_titles(page: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in page.select(".card__title a")]


@pytest.fixture
def page_size(settings):
    settings.KB_LISTING_PAGE_SIZE = 4
    return 4


def test_the_method_index_is_paged_with_a_danish_navigation(client, db, page_size):
    url = index_url(MethodIndexPage)
    methods = list(
        MethodPage.objects.live()
        .public()
        .order_by("title")
        .values_list("title", flat=True)
    )
    pages = -(-len(methods) // page_size)
    first = soup(client.get(url))
    assert card_titles(first) == methods[:page_size]
    nav = first.select_one('nav[aria-label="Sider"]')
    assert nav.select_one('[aria-current="page"]').get_text(" ", strip=True) == (
        "Side 1"
    )
    assert f"Side 1 af {pages}" in nav.get_text(" ", strip=True)
    assert f"{len(methods)} resultater i alt" in first.get_text(" ", strip=True)
    assert nav.find("a", rel="prev") is None
    following = nav.find("a", rel="next")
    assert following.get_text(strip=True) == "Næste side"
    assert following["href"] == "?side=2"

    second = soup(client.get(url + following["href"]))
    assert card_titles(second) == methods[page_size : 2 * page_size]
    nav = second.select_one('nav[aria-label="Sider"]')
    assert nav.find("a", rel="prev")["href"] == "?side=1"
    assert f"Side 2 af {pages}" in nav.get_text(" ", strip=True)
    assert f"Viser nr. {page_size + 1}–{2 * page_size}" in second.get_text(
        " ", strip=True
    )


def test_filters_survive_paging(client, db, page_size):
    area = factories.focus_area()
    titles = sorted(f"Filtreret metode {n:02}" for n in range(page_size + 2))
    for title in titles:
        factories.method_page(title=title, focus_areas=[area])
    url = index_url(MethodIndexPage)
    first = soup(client.get(url, {"fokusomraade": area.slug}))
    assert card_titles(first) == titles[:page_size]
    following = first.find("a", rel="next")["href"]
    assert following == f"?fokusomraade={area.slug}&side=2"
    second = soup(client.get(url + following))
    assert card_titles(second) == titles[page_size:]
    assert second.select_one(f'option[value="{area.slug}"]').has_attr("selected")


@pytest.mark.parametrize(
    ("side", "shown"),
    [
        ("999", "last"),
        ("99999999999999999999999", "last"),
        ("0", "last"),
        ("-2", "last"),
        ("to", "first"),
        ("2.5", "first"),
        ("", "first"),
        ("\x00", "first"),
    ],
)
def test_a_hand_edited_page_number_shows_a_page_never_an_error(
    client, db, page_size, side, shown
):
    for name, url in listing_urls().items():
        response = client.get(url, {"side": side, "side-afholdte": side})
        assert response.status_code == 200, (name, side)
    url = index_url(MethodIndexPage)
    total = MethodPage.objects.live().public().count()
    number = -(-total // page_size) if shown == "last" else 1
    page = soup(client.get(url, {"side": side}))
    nav = page.select_one('nav[aria-label="Sider"]')
    assert (
        nav.select_one('[aria-current="page"]')
        .get_text(strip=True)
        .endswith(str(number))
    )


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_a_page_costs_the_same_queries_however_many_items_it_shows(
    client, db, settings
):
    """No query per item: each listing renders 2 items and 40 items with
    the same number of queries."""
    urls = listing_urls()
    for url in urls.values():
        client.get(url)  # warm the site's caches (root paths, content types)
    settings.KB_LISTING_PAGE_SIZE = 2
    few = {name: _queries(client, url) for name, url in urls.items()}
    settings.KB_LISTING_PAGE_SIZE = 40
    many = {name: _queries(client, url) for name, url in urls.items()}
    assert many == few


def test_the_method_index_costs_the_same_queries_with_5_or_50_methods(client, db):
    """Bounded by the page, not by the number of methods."""
    area = factories.focus_area()
    url = index_url(MethodIndexPage) + f"?fokusomraade={area.slug}"
    for n in range(5):
        factories.method_page(title=f"Metode {n:02}", focus_areas=[area])
    client.get(url)
    with_five = _queries(client, url)
    for n in range(5, 50):
        factories.method_page(title=f"Metode {n:02}", focus_areas=[area])
    assert _queries(client, url) <= with_five


def test_the_calendar_pages_upcoming_and_past_events_apart(client, db, page_size):
    url = index_url(EventIndexPage)
    page = soup(client.get(url, {"side-afholdte": "2"}))
    upcoming = page.select_one('nav[aria-label="Sider med kommende arrangementer"]')
    past = page.select_one('nav[aria-label="Sider med afholdte arrangementer"]')
    assert past is not None, "the demo has more past events than a page"
    assert past.select_one('[aria-current="page"]')["href"] == "?side-afholdte=2"
    assert past.find("a", rel="prev")["href"] == "?side-afholdte=1"
    if upcoming is not None:
        # Paging the upcoming events keeps the past list on its page.
        assert upcoming.find("a", rel="next")["href"] == "?side-afholdte=2&side=2"


def test_the_offer_index_is_paged_by_region_and_name(client, db, page_size):
    offers = list(Offer.objects.order_by("region__name", "name"))
    url = reverse("offers:offers")
    first = soup(client.get(url))
    names = [a.get_text(strip=True) for a in first.select(".offer-list a")]
    assert names == [o.name for o in offers[:page_size]]
    assert first.select_one('nav[aria-label="Sider"]').find("a", rel="next")
    last = soup(client.get(url, {"side": "999"}))
    names = [a.get_text(strip=True) for a in last.select(".offer-list a")]
    assert names[-1] == offers[-1].name


def test_a_tag_page_shows_each_types_first_items_and_links_to_all(
    client, db, page_size
):
    tag = TargetGroup.objects.get(slug="autisme")
    methods = list(
        MethodPage.objects.live()
        .public()
        .filter(target_groups=tag)
        .order_by("title")
        .values_list("title", flat=True)
    )
    assert len(methods) > page_size, "the demo tags enough methods with autism"
    page = soup(client.get(tag.get_absolute_url()))
    (section,) = [
        h2.parent for h2 in page.select("section h2") if h2.text.startswith("Metoder")
    ]
    shown = [a.get_text(strip=True) for a in section.select(".link-list > li > a")]
    assert shown == methods[:page_size]
    assert f"({len(methods)})" in section.h2.get_text()
    more = section.select_one(".more-link a")
    assert more.get_text(strip=True) == f"Se alle {len(methods)} metoder"
    assert more["href"] == "?type=metoder"

    all_methods = soup(client.get(tag.get_absolute_url() + more["href"]))
    listed = [a.get_text(strip=True) for a in all_methods.select(".link-list > li > a")]
    assert listed == methods[:page_size]
    nav = all_methods.select_one('nav[aria-label="Sider"]')
    assert nav.find("a", rel="next")["href"] == "?type=metoder&side=2"
    last = soup(client.get(tag.get_absolute_url(), {"type": "metoder", "side": 99}))
    listed = [a.get_text(strip=True) for a in last.select(".link-list > li > a")]
    assert listed[-1] == methods[-1]


def test_an_unknown_type_on_a_tag_page_is_not_found(client, db):
    url = TargetGroup.objects.get(slug="autisme").get_absolute_url()
    assert client.get(url, {"type": "findes-ikke"}).status_code == 404
    assert client.get(url, {"type": "\x00"}).status_code == 404
