"""iCal feeds are valid for calendar clients, in Danish local time across
daylight-saving changes, and never leak unpublished or private events."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from networks.models import ThemeDayPage
from tests import factories

CPH = ZoneInfo("Europe/Copenhagen")


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events_in(calendar):
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def add_event(title, start, end, parent=None, **fields):
    return factories.theme_day(
        title=title,
        start=start,
        end=end,
        parent=parent,
        location="Odense Congress Center",
        **fields,
    )


def test_all_upcoming_events_feed_is_valid_and_complete(client, db):
    upcoming = factories.theme_day()
    response = client.get(reverse("networks:ical_all"))
    # A public feed: caches and search engines may keep it.
    assert "no-store" not in response.get("Cache-Control", "")
    assert "X-Robots-Tag" not in response
    calendar = parse(response)
    assert str(calendar["METHOD"]) == "PUBLISH"
    summaries = set(events_in(calendar))
    assert upcoming.title in summaries
    assert summaries == {e.title for e in ThemeDayPage.upcoming()}
    assert calendar["X-WR-TIMEZONE"] == "Europe/Copenhagen"
    assert calendar.walk("VTIMEZONE"), "clients need the time zone definition"
    for event in calendar.walk("VEVENT"):
        assert event["UID"].endswith("@vidensbanken")
        assert event["URL"].startswith("http://testserver/")


def test_times_are_local_on_both_sides_of_daylight_saving(client, db):
    # Summer time ends on 31 October 2027 at 03:00 local time.
    summer = add_event(
        "Temadag i sommertid",
        dt.datetime(2027, 10, 30, 9, 0, tzinfo=CPH),
        dt.datetime(2027, 10, 30, 15, 0, tzinfo=CPH),
    )
    winter = add_event(
        "Temadag i vintertid",
        dt.datetime(2027, 11, 1, 9, 0, tzinfo=CPH),
        dt.datetime(2027, 11, 1, 15, 0, tzinfo=CPH),
    )
    for event, utc_hour in ((summer, 7), (winter, 8)):
        calendar = parse(client.get(reverse("networks:ical_event", args=[event.pk])))
        entry = events_in(calendar)[event.title]
        start = entry.decoded("DTSTART")
        assert start.tzinfo is not None
        assert str(entry["DTSTART"].params["TZID"]) == "Europe/Copenhagen"
        assert (start.hour, start.minute) == (9, 0)
        assert start.astimezone(dt.UTC).hour == utc_hour


def test_network_target_group_and_focus_area_feeds(client, db):
    network = factories.network_page()
    event = add_event(
        "Erfa-møde om efterværn",
        timezone.now() + dt.timedelta(days=30),
        timezone.now() + dt.timedelta(days=30, hours=3),
        parent=network,
    )
    group = factories.target_group()
    area = factories.focus_area()
    event.target_groups.add(group)
    event.focus_areas.add(area)
    event.save_revision().publish()

    assert event.title in events_in(
        parse(client.get(reverse("networks:ical_network", args=[network.slug])))
    )
    other = factories.network_page()
    other_event = factories.theme_day(parent=other)
    in_other = events_in(
        parse(client.get(reverse("networks:ical_network", args=[other.slug])))
    )
    assert event.title not in in_other
    assert other_event.title in in_other
    by_group = events_in(
        parse(client.get(reverse("networks:ical_target_group", args=[group.slug])))
    )
    assert event.title in by_group
    assert set(by_group) == {
        e.title for e in ThemeDayPage.upcoming().filter(target_groups=group)
    }
    by_area = events_in(
        parse(client.get(reverse("networks:ical_focus_area", args=[area.slug])))
    )
    assert event.title in by_area
    assert set(by_area) == {
        e.title for e in ThemeDayPage.upcoming().filter(focus_areas=area).distinct()
    }


def test_cancelled_event_is_marked_cancelled(client, db):
    event = factories.theme_day()
    event.is_cancelled = True
    event.save_revision().publish()
    entry = events_in(
        parse(client.get(reverse("networks:ical_event", args=[event.pk])))
    )[event.title]
    assert entry["STATUS"] == "CANCELLED"


def test_private_and_unpublished_events_are_not_in_feeds(client, db):
    private, draft = factories.theme_day(), factories.theme_day()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    draft.unpublish()
    summaries = events_in(parse(client.get(reverse("networks:ical_all"))))
    assert private.title not in summaries and draft.title not in summaries
    assert (
        client.get(reverse("networks:ical_event", args=[private.pk])).status_code == 404
    )
    assert (
        client.get(reverse("networks:ical_event", args=[draft.pk])).status_code == 404
    )


def test_event_page_links_its_ics(client, db):
    event = factories.theme_day()
    assert (
        reverse("networks:ical_event", args=[event.pk])
        in client.get(event.url).content.decode()
    )
