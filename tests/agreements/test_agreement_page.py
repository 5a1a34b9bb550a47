"""A framework agreement answers "what did this agreement do": the content
under each focus area is the agreement's own (its region and period), its
status follows from the period, and it links to its activity report."""

import datetime as dt
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from agreements.models import FrameworkAgreementPage
from kb.taxonomy.models import Region
from search import backends as search_backends
from tests import factories
from tests.search.conftest import rebuild

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")


def in_year(year: int) -> dt.datetime:
    return dt.datetime(year, 5, 10, 9, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("proposal", "day", "status"),
    [
        (True, dt.date(2022, 1, 1), "Forslag"),
        (False, dt.date(2020, 12, 31), "Kommende"),
        (False, dt.date(2021, 6, 1), "Gældende"),
        (False, dt.date(2022, 12, 31), "Gældende"),
        (False, dt.date(2023, 1, 1), "Afsluttet"),
    ],
)
def test_status_follows_from_the_period(proposal, day, status):
    agreement = FrameworkAgreementPage(
        period_start=2021, period_end=2022, is_proposal=proposal
    )
    label = FrameworkAgreementPage.Status(agreement.status_on(day)).label
    assert label == status


def test_a_focus_area_lists_only_the_agreements_own_activity(client, db):
    area = factories.focus_area()
    south = Region.objects.get(name="Region Syddanmark")
    north = Region.objects.get(name="Region Nordjylland")
    agreement = factories.agreement(
        region=south, period_start=2021, period_end=2022, focus_areas=[area]
    )
    other = factories.agreement(region=north, focus_areas=[area])
    shown = [
        factories.theme_day(
            title="Aftalens egen temadag",
            start=in_year(2021),
            framework_agreement=agreement,
            focus_areas=[area],
        ),
        factories.theme_day(
            title="Løs temadag i perioden", start=in_year(2022), focus_areas=[area]
        ),
        factories.network_page(
            title="Netværk i regionen", region=south, focus_areas=[area]
        ),
    ]
    hidden = [
        factories.theme_day(
            title="Den anden aftales temadag",
            start=in_year(2021),
            framework_agreement=other,
            focus_areas=[area],
        ),
        factories.theme_day(
            title="Løs temadag før perioden", start=in_year(2019), focus_areas=[area]
        ),
        factories.network_page(
            title="Netværk i nord", region=north, focus_areas=[area]
        ),
    ]

    html = client.get(agreement.url).content.decode()
    section = BeautifulSoup(html, "html.parser").find(id=f"fokusomraade-{area.slug}")
    text = section.get_text(" ", strip=True)
    for page in shown:
        assert page.title in text
    for page in hidden:
        assert page.title not in text
    assert f"Alt indhold om {area.name}, også fra andre regioner" in text


def test_the_report_is_linked_for_those_who_may_see_it(db):
    agreement = factories.agreement(period_start=2021, period_end=2022)
    editor = factories.user(permissions=["networks.view_activity_report"])
    anonymous_html = Client().get(agreement.url).content.decode()
    assert "aktivitetsrapporten" not in anonymous_html
    client = Client()
    client.force_login(editor)
    html = client.get(agreement.url).content.decode()
    link = BeautifulSoup(html, "html.parser").find(
        "a", string=lambda s: s and "aktivitetsrapporten" in s
    )
    assert f"rammeaftale={agreement.slug}" in link["href"]
    assert "fra=2021-01-01" in link["href"] and "til=2022-12-31" in link["href"]
    report = client.get(link["href"])
    assert report.status_code == 200
    # ... and the report is in the site's navigation for them.
    assert 'href="/rapporter/aktiviteter/"' in html


def test_long_lists_are_capped_with_a_link_to_the_filtered_search(client, db, settings):
    """However much a focus area gathers, the agreement shows the first few
    of each type and sends the reader to the search for all of them."""
    settings.KB_AGREEMENT_LIST_SIZE = 5
    area = factories.focus_area()
    south = Region.objects.get(name="Region Syddanmark")
    north = Region.objects.get(name="Region Nordjylland")
    agreement = factories.agreement(region=south, focus_areas=[area])
    own = sorted(f"Netværk {n:02} i syd" for n in range(7))
    for title in own:
        factories.network_page(title=title, region=south, focus_areas=[area])
    for n in range(2):
        factories.network_page(
            title=f"Netværk {n} i nord", region=north, focus_areas=[area]
        )
    factories.network_page(title="Netværk uden fokusområdet", region=south)
    search_backends.reset_backends()
    rebuild(search_backends.get_search_backend("database"))
    settings.KB_SEARCH_DEFAULT = "database"

    html = client.get(agreement.url).content.decode()
    focus = BeautifulSoup(html, "html.parser").find(id=f"fokusomraade-{area.slug}")
    (networks,) = [
        s for s in focus.select(".type-section") if s.h5.text.startswith("Netværk")
    ]
    assert [a.text for a in networks.select(".link-list a")] == own[:5]
    assert "(7)" in networks.h5.text
    more = networks.select_one(".more-link a")
    assert more.get_text(" ", strip=True) == (
        "Se alle 9 i søgningen (netværk og erfa-grupper)"
    )
    assert more["href"] == f"/soeg/?type=network&fokusomraade={area.slug}"

    results = client.get(more["href"]).context["results"]
    assert results.total == 9
    assert {hit.title for hit in results.hits} == set(own) | {
        "Netværk 0 i nord",
        "Netværk 1 i nord",
    }
    search_backends.reset_backends()


def test_a_short_list_has_no_link_to_more(client, db):
    area = factories.focus_area()
    south = Region.objects.get(name="Region Syddanmark")
    agreement = factories.agreement(region=south, focus_areas=[area])
    factories.network_page(title="Eneste netværk", region=south, focus_areas=[area])
    html = client.get(agreement.url).content.decode()
    focus = BeautifulSoup(html, "html.parser").find(id=f"fokusomraade-{area.slug}")
    assert "Eneste netværk" in focus.text
    assert "i søgningen" not in focus.text
