"""The activity report answers "what have we done for this focus area"."""

import csv
import datetime as dt
import io

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from agreements.models import FrameworkAgreementPage
from kb.core import exports
from networks.models import ThemeDayPage
from networks.reports import activity_report

START, END = dt.date(2022, 1, 1), dt.date(2023, 12, 31)


def held_in_period():
    return [
        e
        for e in ThemeDayPage.objects.live().filter(is_cancelled=False)
        if START <= timezone.localtime(e.start).date() <= END
    ]


def test_report_numbers_match_the_events_held(db):
    report = activity_report(START, END)
    expected = held_in_period()
    assert report.event_count == len(expected) > 10
    assert report.participant_total == sum(e.participant_count or 0 for e in expected)
    dates = [row.event.start for row in report.rows]
    assert dates == sorted(dates)


def test_report_per_focus_area_and_agreement(db):
    held = held_in_period()
    area = next(e for e in held if e.focus_areas.exists()).focus_areas.first()
    report = activity_report(START, END, focus_area=area)
    assert {r.event.pk for r in report.rows} == {
        e.pk for e in held_in_period() if area in e.focus_areas.all()
    }
    per_area = dict(
        (name, n) for name, n, _ in activity_report(START, END).by_focus_area()
    )
    assert per_area[area.name] == report.event_count

    agreement = FrameworkAgreementPage.objects.filter(events__isnull=False).first()
    by_agreement = activity_report(START, END, agreement=agreement)
    assert all(
        r.event.framework_agreement_id == agreement.pk for r in by_agreement.rows
    )


def test_cancelled_events_are_not_counted(db):
    event = held_in_period()[0]
    before = activity_report(START, END).event_count
    event.is_cancelled = True
    event.save_revision().publish()
    assert activity_report(START, END).event_count == before - 1


def test_editors_see_the_report_and_others_do_not(editor_client, db):
    url = reverse("networks:activity_report") + "?fra=2022-01-01&til=2023-12-31"
    response = editor_client.get(url)
    assert response.status_code == 200
    assert held_in_period()[0].title in response.content.decode()

    assert Client().get(url).status_code in (302, 403)  # anonymous
    plain = get_user_model().objects.create_user("borger", password="hemmelig-kode-123")
    other = Client()
    other.force_login(plain)
    assert other.get(url).status_code == 403


def test_csv_export_keeps_danish_letters_for_excel(editor_client, db):
    response = editor_client.get(
        reverse("networks:activity_report"),
        {"fra": "2022-01-01", "til": "2023-12-31", "format": "csv"},
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.content
    assert raw.startswith("\ufeff".encode())  # BOM: Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Dato", "Arrangement", "Type"]
    assert len(rows) - 1 == len(held_in_period())
    assert any(
        "ø" in cell or "æ" in cell or "å" in cell for row in rows[1:] for cell in row
    )


def test_xlsx_export_opens_in_excel(editor_client, db):
    response = editor_client.get(
        reverse("networks:activity_report"),
        {"fra": "2022-01-01", "til": "2023-12-31", "format": "xlsx"},
    )
    assert response["Content-Type"] == exports.CONTENT_TYPES["xlsx"]
    assert response["Content-Disposition"].startswith("attachment;")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Dato", "Arrangement", "Type")
    assert len(rows) - 1 == len(held_in_period())
    assert all(isinstance(row[0], dt.datetime) for row in rows[1:])


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
        assert "Vælg en dato mellem år 1900 og 2999." in response.content.decode()
    for params in ({"til": "x"}, {"fra": "\x00"}, {"rammeaftale": "\x00"}):
        response = editor_client.get(url, params)
        assert response.status_code == 200
        assert 'aria-invalid="true"' in response.content.decode()
