"""The activity report answers "what have we done for this focus area"."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import PageViewRestriction

from agreements.models import FrameworkAgreementPage
from kb.core import exports
from networks.models import ThemeDayPage
from networks.reports import activity_report
from tests import factories

# A period the demo site holds no events in, so the counts are this test's own.
START, END = dt.date(2090, 1, 1), dt.date(2091, 12, 31)
PERIOD = {"fra": "2090-01-01", "til": "2091-12-31"}
DEMO_START, DEMO_END = dt.date(2022, 1, 1), dt.date(2023, 12, 31)


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=timezone.get_current_timezone())


def held_in_period(start=START, end=END):
    return [
        e
        for e in ThemeDayPage.objects.live().filter(is_cancelled=False)
        if start <= timezone.localtime(e.start).date() <= end
    ]


@pytest.fixture
def events(db):
    """Three events held in the period and four that do not count."""
    held = [
        factories.theme_day(
            title="Temadag om ældre og sårbarhed",
            start=local(2090, 3, 1, 9),
            participant_count=40,
        ),
        factories.theme_day(
            title="Konference om tilknytning",
            kind=ThemeDayPage.Kind.CONFERENCE,
            start=local(2091, 6, 1, 9),
            participant_count=25,
        ),
        # The last evening of the period, in Danish time (UTC the same day).
        factories.theme_day(start=local(2091, 12, 31, 22)),
    ]
    factories.theme_day(start=local(2090, 5, 1, 9), is_cancelled=True)
    factories.theme_day(start=local(2090, 6, 1, 9), publish=False)
    factories.theme_day(start=local(2089, 12, 31, 23, 30))  # the day before
    factories.theme_day(start=local(2092, 1, 1, 0, 30))  # UTC: still 2091
    return held


def test_report_numbers_match_the_events_held(events):
    report = activity_report(START, END)
    assert [row.event for row in report.rows] == events
    assert report.event_count == len(held_in_period()) == 3
    assert report.participant_total == 65
    dates = [row.event.start for row in report.rows]
    assert dates == sorted(dates)


def test_report_per_focus_area_and_agreement(db):
    area, other = factories.focus_area(), factories.focus_area()
    agreement = factories.agreement(focus_areas=[area, other])
    tagged = factories.theme_day(
        start=local(2090, 2, 1, 9), focus_areas=[area], framework_agreement=agreement
    )
    both = factories.theme_day(start=local(2090, 4, 1, 9), focus_areas=[area, other])
    factories.theme_day(
        start=local(2090, 8, 1, 9), focus_areas=[other], framework_agreement=agreement
    )
    factories.theme_day(start=local(2090, 9, 1, 9))

    report = activity_report(START, END, focus_area=area)
    assert (
        {r.event.pk for r in report.rows}
        == {tagged.pk, both.pk}
        == {e.pk for e in held_in_period() if area in e.focus_areas.all()}
    )
    per_area = dict(
        (name, n) for name, n, _ in activity_report(START, END).by_focus_area()
    )
    assert per_area[area.name] == report.event_count == 2
    assert per_area[other.name] == 2
    assert per_area["Uden fokusområde"] == 1

    by_agreement = activity_report(START, END, agreement=agreement)
    assert by_agreement.event_count == 2
    assert all(
        r.event.framework_agreement_id == agreement.pk for r in by_agreement.rows
    )


def test_cancelled_events_are_not_counted(events):
    event = events[0]
    before = activity_report(START, END).event_count
    event.is_cancelled = True
    event.save_revision().publish()
    assert activity_report(START, END).event_count == before - 1


def test_editors_see_the_report_and_others_do_not(editor_client, events):
    url = reverse("networks:activity_report") + "?fra=2090-01-01&til=2091-12-31"
    response = editor_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert all(event.title in html for event in events)

    assert Client().get(url).status_code in (302, 403)  # anonymous
    plain = get_user_model().objects.create_user("borger", password="hemmelig-kode-123")
    other = Client()
    other.force_login(plain)
    assert other.get(url).status_code == 403


def test_csv_export_keeps_danish_letters_for_excel(editor_client, events):
    response = editor_client.get(
        reverse("networks:activity_report"), {**PERIOD, "format": "csv"}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.content
    assert raw.startswith("\ufeff".encode())  # BOM: Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Dato", "Arrangement", "Type"]
    assert len(rows) - 1 == len(events)
    assert rows[1][1] == "Temadag om ældre og sårbarhed"
    assert any(
        "ø" in cell or "æ" in cell or "å" in cell for row in rows[1:] for cell in row
    )


def test_xlsx_export_opens_in_excel(editor_client, events):
    response = editor_client.get(
        reverse("networks:activity_report"), {**PERIOD, "format": "xlsx"}
    )
    assert response["Content-Type"] == exports.CONTENT_TYPES["xlsx"]
    assert response["Content-Disposition"].startswith("attachment;")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Dato", "Arrangement", "Type")
    assert len(rows) - 1 == len(events)
    assert all(isinstance(row[0], dt.datetime) for row in rows[1:])


def test_demo_report_counts_the_events_the_demo_site_held(editor_client, db):
    """Acceptance: the report over the demo site's 2022-2023 events."""
    expected = held_in_period(DEMO_START, DEMO_END)
    report = activity_report(DEMO_START, DEMO_END)
    assert report.event_count == len(expected) > 10
    assert report.participant_total == sum(e.participant_count or 0 for e in expected)
    assert FrameworkAgreementPage.objects.filter(events__isnull=False).exists()
    response = editor_client.get(
        reverse("networks:activity_report"),
        {"fra": "2022-01-01", "til": "2023-12-31", "format": "csv"},
    )
    rows = list(
        csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )
    assert len(rows) - 1 == len(expected)


def test_bad_dates_are_shown_as_field_errors(editor_client, db):
    response = editor_client.get(
        reverse("networks:activity_report"), {"fra": "2023-12-31", "til": "2022-01-01"}
    )
    assert response.status_code == 200
    assert "Slutdatoen skal ligge efter startdatoen." in response.content.decode()
    response = editor_client.get(
        reverse("networks:activity_report"), {"fra": "ikke-en-dato"}
    )
    assert response.status_code == 200
    assert "Indtast en gyldig dato." in response.content.decode()


def test_dates_out_of_range_and_nul_bytes_are_field_errors(editor_client, db):
    url = reverse("networks:activity_report")
    for params in (
        {"fra": "2022-01-01", "til": "9999-12-31"},
        {"fra": "0001-01-01", "til": "2022-01-01"},
    ):
        response = editor_client.get(url, params)
        assert response.status_code == 200
        assert "Datoen skal ligge mellem 1.1.2000 og 31.12.2100." in response.content.decode()
    for params in ({"til": "x"}, {"fra": "\x00"}, {"rammeaftale": "\x00"}):
        response = editor_client.get(url, params)
        assert response.status_code == 200
        assert 'aria-invalid="true"' in response.content.decode()


@pytest.fixture
def private_event(db):
    """A theme day only the steering group may open, in the period."""
    event = factories.theme_day(
        title="Lukket temadag om Hemmeligholdt emne",
        audience="Styregruppen for Hemmeligholdt",
        start=local(2090, 4, 1, 9),
        participant_count=7,
    )
    restriction = PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Styregruppe"))
    return event


@pytest.fixture
def report_reader(db):
    """A network coordinator who may read the report but not the page."""
    user = get_user_model().objects.create_user(
        "koordinator", email="k@example.dk", password="hemmelig-kode-123"
    )
    user.user_permissions.add(
        Permission.objects.get(
            codename="view_activity_report", content_type__app_label="networks"
        )
    )
    client = Client()
    client.force_login(user)
    return user, client


def test_private_events_are_left_out_for_viewers_who_may_not_open_them(
    events, private_event, report_reader
):
    user, client = report_reader
    url = reverse("networks:activity_report")
    html = client.get(url, PERIOD).content.decode()
    assert events[0].title in html
    assert "Hemmeligholdt" not in html
    assert "1 lukket arrangement i perioden er ikke med" in html
    assert "3 arrangementer med i alt 65 registrerede deltagere" in html

    csv_text = client.get(url, {**PERIOD, "format": "csv"}).content.decode("utf-8-sig")
    assert "Hemmeligholdt" not in csv_text
    assert len(csv_text.strip().splitlines()) - 1 == len(events)

    xlsx = client.get(url, {**PERIOD, "format": "xlsx"})
    rows = list(
        load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True)
    )
    assert not any("Hemmeligholdt" in str(cell) for row in rows for cell in row)
    assert len(rows) - 1 == len(events)


def test_private_events_are_shown_to_those_who_may_open_them(
    events, private_event, report_reader
):
    user, client = report_reader
    user.groups.add(Group.objects.get(name="Styregruppe"))
    html = client.get(reverse("networks:activity_report"), PERIOD).content.decode()
    assert private_event.title in html
    assert "lukket arrangement" not in html
    assert "4 arrangementer med i alt 72 registrerede deltagere" in html


def test_login_only_events_are_shown_to_every_logged_in_reader(events, report_reader):
    user, client = report_reader
    members_only = factories.theme_day(start=local(2090, 4, 2, 9))
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    html = client.get(reverse("networks:activity_report"), PERIOD).content.decode()
    assert members_only.title in html
