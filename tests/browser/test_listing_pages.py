"""Long listings come a page at a time: a reader pages through the methods
with the mouse or the keyboard, and a framework agreement's short lists lead
to the search filtered by the focus area."""

import re

import pytest

from tests.browser.harness import assert_accessible, assert_no_sideways_scroll


def first_card(page) -> str:
    return page.locator(".card__title a").first.inner_text()


def checked(page, context: str) -> None:
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


def to_page_two(page, nav, cards) -> None:
    """Follow ``nav``'s "Næste side" link: page 2 of ``cards`` (a page or a
    section of it) shows other items than page 1."""
    first_on_page_one = first_card(cards)
    with page.expect_navigation():
        nav.get_by_role("link", name="Næste side").click()
    assert re.search(r"[?&]side=2$", page.url)
    assert first_card(cards) != first_on_page_one


def test_paging_through_the_methods(page, viewport):
    page.goto("/metoder/")
    nav = page.get_by_role("navigation", name="Sider")
    assert re.search(r"Side 1 af \d+", nav.inner_text())
    assert nav.locator('[aria-current="page"]').inner_text().endswith("1")
    checked(page, "method index, page 1")

    to_page_two(page, nav, page)
    nav = page.get_by_role("navigation", name="Sider")
    assert nav.locator('[aria-current="page"]').inner_text().endswith("2")
    checked(page, "method index, page 2")

    # Back to page 1, then to page 2 with the keyboard alone.
    with page.expect_navigation():
        nav.get_by_role("link", name="Forrige side").click()
    page_two = page.get_by_role("navigation", name="Sider").get_by_role(
        "link", name="Side 2", exact=True
    )
    for _ in range(200):
        page.keyboard.press("Tab")
        if page_two.evaluate("el => el === document.activeElement"):
            break
    else:
        raise AssertionError("the link to page 2 cannot be reached with Tab")
    outline = page_two.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none", "the focused page link shows no focus outline"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(r"[?&]side=2$", page.url)


def test_an_agreement_links_to_the_search_for_all_of_a_focus_area(page, viewport):
    page.goto("/rammeaftaler/")
    agreements = [a.get_attribute("href") for a in page.locator(".card__title a").all()]
    for url in agreements:
        page.goto(url)
        more = page.get_by_role("link", name=re.compile(r"^Se alle \d+ i søgningen"))
        if more.count():
            break
    else:
        raise AssertionError("no agreement in the demo has a 'Se alle' link")
    assert_accessible(page, "framework agreement")
    assert_no_sideways_scroll(page, "framework agreement")
    link = more.first
    expected = int(re.search(r"Se alle (\d+)", link.inner_text()).group(1))
    focus_area = (
        link.locator("xpath=ancestor::li[contains(@class, 'focus-area')]")
        .get_attribute("id")
        .removeprefix("fokusomraade-")
    )
    with page.expect_navigation():
        link.click()
    assert "/soeg/?" in page.url
    assert f"fokusomraade={focus_area}" in page.url
    assert re.search(r"[?&]type=\w+", page.url)
    count = page.locator("h2.result-count").inner_text()
    assert count.startswith(f"{expected} resultat"), count
    assert_accessible(page, "search filtered from an agreement")
    assert_no_sideways_scroll(page, "search filtered from an agreement")


PAGED = {
    "calendar, past events page 2": "/kalender/?side-afholdte=2",
    "offers, page 2": "/tilbud/?side=2",
    "target group, its methods": "/maalgrupper/autisme/?type=metoder",
}


@pytest.mark.parametrize("path", PAGED.values(), ids=PAGED.keys())
def test_other_paged_listings_are_accessible_and_fit(page, viewport, path):
    response = page.goto(path)
    assert response is not None and response.status == 200
    context = next(name for name, p in PAGED.items() if p == path)
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


# An offer that uses every live method of the demo (more than a page of them),
# in a region without a framework agreement so no agreement page changes.
_OFFER_USING_EVERY_METHOD = """
from agreements.models import FrameworkAgreementPage
from kb.taxonomy.models import Region
from methods.models import MethodPage
from offers.models import Offer

regions = Region.objects.exclude(
    pk__in=FrameworkAgreementPage.objects.values("region")
).order_by("name")
region = regions.first() or Region.objects.order_by("name").first()
offer, _ = Offer.objects.get_or_create(
    slug="tilbud-med-alle-metoder",
    defaults={"name": "Tilbud med alle metoderne", "operator": region.name, "region": region},
)
methods = MethodPage.objects.live().public()
offer.methods.set(methods)
result = {"url": offer.get_absolute_url(), "count": methods.count()}
"""


def test_paging_through_the_methods_an_offer_uses(page, viewport, site_server):
    offer = site_server.run_python(_OFFER_USING_EVERY_METHOD)
    page.goto(offer["url"])
    methods = page.locator("section[aria-labelledby=metoder]")
    assert f"({offer['count']})" in methods.locator("h2").inner_text()
    assert methods.locator(".card").count() < offer["count"]
    nav = methods.get_by_role("navigation", name="Sider med metoder")
    assert re.search(r"Side 1 af [2-9]", nav.inner_text())
    checked(page, "offer, methods page 1")

    to_page_two(page, nav, methods)
    checked(page, "offer, methods page 2")
