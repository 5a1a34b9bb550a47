"""An offer's page lists its specialists and the methods it uses a page at a
time, each list with its own page navigation, so an offer that uses a
thousand methods does not show a thousand cards."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def section(client, offer, heading_id: str, query: str = ""):
    """The section of the offer's page headed ``heading_id``, or None."""
    response = client.get(reverse("offers:offer", args=[offer.slug]) + query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("section", attrs={"aria-labelledby": heading_id})


def card_titles(section) -> list[str]:
    return [a.get_text(strip=True) for a in section.select(".card__title a")]


@pytest.fixture
def offer_with_five_methods(settings):
    settings.KB_LISTING_PAGE_SIZE = 2
    offer = factories.offer()
    for n in (3, 1, 4, 0, 2):
        factories.offered_method(offer, title=f"Metode {n}")
    factories.offered_method(factories.offer(), title="Metode hos et andet tilbud")
    factories.offered_method(offer, title="Kladdemetode", publish=False)
    return offer


def test_the_methods_come_a_page_at_a_time_by_title(client, offer_with_five_methods):
    offer = offer_with_five_methods
    pages = [section(client, offer, "metoder", f"?side={n}") for n in (1, 2, 3)]

    assert [card_titles(page) for page in pages] == [
        ["Metode 0", "Metode 1"],
        ["Metode 2", "Metode 3"],
        ["Metode 4"],
    ]
    first = pages[0]
    assert "(5)" in first.find("h2").get_text()
    assert "5 resultater i alt" in first.get_text(" ", strip=True)
    nav = first.find("nav", attrs={"aria-label": "Sider med metoder"})
    assert nav.find("a", rel="next")["href"] == "?side=2"
    assert "Side 1 af 3" in nav.get_text(" ", strip=True)


def test_a_page_past_the_end_shows_the_last(client, offer_with_five_methods):
    last = section(client, offer_with_five_methods, "metoder", "?side=99")
    assert card_titles(last) == ["Metode 4"]
    assert card_titles(
        section(client, offer_with_five_methods, "metoder", "?side=x")
    ) == [
        "Metode 0",
        "Metode 1",
    ]


def test_specialists_are_paged_apart_from_the_methods(client, offer_with_five_methods):
    offer = offer_with_five_methods
    for n in range(3):
        factories.specialist_page(title=f"Specialist {n}", home_offer=offer)

    response = client.get(
        reverse("offers:offer", args=[offer.slug]) + "?side=2&side-specialister=2"
    )
    soup = BeautifulSoup(response.content, "html.parser")
    specialists = soup.find("section", attrs={"aria-labelledby": "specialister"})
    methods = soup.find("section", attrs={"aria-labelledby": "metoder"})

    assert card_titles(specialists) == ["Specialist 2"]
    assert card_titles(methods) == ["Metode 2", "Metode 3"]
    # Paging one list keeps the other on its page.
    nav = specialists.find("nav", attrs={"aria-label": "Sider med specialister"})
    assert nav.find("a", rel="prev")["href"] == "?side=2&side-specialister=1"
    nav = methods.find("nav", attrs={"aria-label": "Sider med metoder"})
    assert nav.find("a", rel="next")["href"] == "?side-specialister=2&side=3"


def test_a_short_list_has_no_page_navigation(client, settings):
    offer = factories.offer()
    factories.offered_method(offer, title="Eneste metode")
    methods = section(client, offer, "metoder")

    assert card_titles(methods) == ["Eneste metode"]
    assert methods.find("nav") is None
    assert section(client, offer, "specialister") is None
