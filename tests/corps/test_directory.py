"""The specialist directory's availability filter (``fra``/``til``), on top
of the target group, focus area and region filters."""

import datetime as dt

import pytest

from corps import services
from corps.filters import SpecialistFilterSet
from corps.models import CorpsIndexPage, UnavailablePeriod
from tests import factories
from tests.corps.conftest import COPENHAGEN, at


@pytest.fixture
def index(db):
    return CorpsIndexPage.objects.get()


def day(days: int) -> str:
    return at(days).date().isoformat()


def listed(client, index, **params) -> str:
    response = client.get(index.url, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def booked(make_booking, coordinator):
    """``specialist`` is booked 09:00-15:00 in 30 days."""
    return services.accept_booking(booking=make_booking(), by=coordinator)


def test_without_dates_every_specialist_is_listed(
    client, index, booked, specialist, other_specialist
):
    html = listed(client, index)
    assert specialist.url in html and other_specialist.url in html
    assert 'name="fra"' in html and 'name="til"' in html


def test_a_specialist_booked_in_the_period_is_left_out(
    client, index, booked, specialist, other_specialist
):
    html = listed(client, index, fra=day(29), til=day(31))
    assert specialist.url not in html
    assert other_specialist.url in html
    assert "resultater matcher filtrene" in html


def test_one_date_means_that_day(client, index, booked, specialist):
    assert specialist.url not in listed(client, index, fra=day(30))
    assert specialist.url not in listed(client, index, til=day(30))
    assert specialist.url in listed(client, index, fra=day(31))


def test_the_days_around_the_booking_are_free(client, index, booked, specialist):
    assert specialist.url in listed(client, index, fra=day(25), til=day(29))
    assert specialist.url in listed(client, index, fra=day(31), til=day(35))


def test_requested_bookings_do_not_make_a_specialist_busy(
    client, index, make_booking, specialist
):
    make_booking()
    assert specialist.url in listed(client, index, fra=day(30), til=day(30))


def test_an_unavailable_period_leaves_the_specialist_out(
    client, index, coordinator, specialist
):
    services.mark_unavailable(
        specialist=specialist, start=at(40, 0), end=at(47, 0), by=coordinator
    )
    assert specialist.url not in listed(client, index, fra=day(46), til=day(50))
    # The period ends at midnight starting day 47: that day is free.
    assert specialist.url in listed(client, index, fra=day(47), til=day(50))


def test_specialists_who_cannot_be_booked_are_left_out(
    client, index, specialist, other_specialist
):
    specialist.bookable = False
    specialist.save(update_fields=["bookable"])
    html = listed(client, index, fra=day(10), til=day(12))
    assert specialist.url not in html
    assert other_specialist.url in html


def test_the_period_combines_with_the_other_filters(
    client, index, booked, specialist, other_specialist
):
    # Both travel to every region and work with udviklingshæmning.
    group = factories.target_group(
        "Udviklingshæmning (test)", slug="udviklingshaemning-test"
    )
    for page in (specialist, other_specialist):
        page.target_groups.add(group)
        page.save()
    params = {"region": "region-nordjylland", "malgruppe": group.slug}
    html = listed(client, index, **params)
    assert specialist.url in html and other_specialist.url in html
    html = listed(client, index, fra=day(30), til=day(30), **params)
    assert specialist.url not in html and other_specialist.url in html
    html = listed(client, index, fra=day(30), region="region-syddanmark")
    assert other_specialist.url in html
    assert specialist.url not in html


def test_get_listing_takes_the_same_parameters(index, booked, specialist):
    everyone = list(index.get_listing())
    free = list(index.get_listing({"fra": day(30), "til": day(30)}))
    assert specialist in everyone
    assert specialist not in free
    assert len(free) == len(everyone) - 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"fra": "31-02-2025"}, "Skriv fra-datoen som en dato, fx 2025-03-14."),
        ({"fra": "2025-02-30"}, "Skriv fra-datoen som en dato, fx 2025-03-14."),
        ({"til": "i morgen"}, "Skriv til-datoen som en dato, fx 2025-03-14."),
        ({"fra": "2025-03-14", "til": "2025-03-13"}, "Til-datoen må ikke ligge"),
        ({"fra": "99999-01-01"}, "Skriv fra-datoen som en dato"),
        ({"fra": "9999-12-31"}, "Datoen skal ligge mellem 1.1.2000 og 31.12.2100."),
        ({"til": "0001-01-01"}, "Datoen skal ligge mellem 1.1.2000 og 31.12.2100."),
        ({"til": "x"}, "Skriv til-datoen som en dato, fx 2025-03-14."),
        ({"fra": "2030-01-01", "til": "x"}, "Skriv til-datoen som en dato"),
    ],
)
def test_invalid_dates_give_a_danish_message_and_no_filter(
    client, index, booked, specialist, params, message
):
    html = listed(client, index, **params)
    assert message in html
    assert "Filtre med fejl er ikke brugt på listen." in html
    assert specialist.url in html
    # The input is kept so it can be corrected.
    for value in params.values():
        assert f'value="{value}"' in html


def test_the_period_is_whole_danish_days_across_daylight_saving():
    filterset = SpecialistFilterSet({"fra": "2030-03-30", "til": "2030-03-31"})
    start, end = filterset.period()
    assert start == dt.datetime(2030, 3, 30, 0, 0, tzinfo=COPENHAGEN)
    assert end == dt.datetime(2030, 4, 1, 0, 0, tzinfo=COPENHAGEN)
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert end.utcoffset() == dt.timedelta(hours=2)


def test_no_dates_no_period():
    assert SpecialistFilterSet({}).period() is None
    assert SpecialistFilterSet({"fra": "", "til": ""}).period() is None
    assert SpecialistFilterSet({"fra": "2030-01-01", "til": "x"}).period() is None


def test_unavailable_periods_are_not_revealed(client, index, coordinator, specialist):
    UnavailablePeriod.objects.create(
        specialist=specialist,
        start=at(40, 0),
        end=at(41, 0),
        reason="Kursus i Ebeltoft",
    )
    html = listed(client, index, fra=day(40))
    assert "Kursus i Ebeltoft" not in html
