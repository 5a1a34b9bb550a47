"""Addresses no link on the site leads to (a huge id, a NUL in a slug or a
token, dates beyond the range) answer 404 or a Danish form error, never
HTTP 500 (issue #11)."""

import pytest
from django.urls import reverse

HUGE = "9" * 30


@pytest.fixture
def get(client, db):
    client.raise_request_exception = False
    return client.get


@pytest.mark.parametrize(
    "url",
    [
        f"/ical/arrangement/{HUGE}.ics",  # SQLite: OverflowError
        "/ical/arrangement/9223372036854775808.ics",
        f"/arrangementer/{HUGE}/tilmelding/",
        f"/arrangementer/{HUGE}/deltagere/",
        f"/netvaerk-dokumenter/{HUGE}/",
        f"/netvaerk-medlemskab/{HUGE}/kalender/",
        f"/koordinering/moeder/{HUGE}/",
        f"/bookinger/ny/{HUGE}/",
        f"/bookinger/tilgaengelighed/{HUGE}/fjern/",
        f"/dokumenter/{HUGE}/x.pdf",
        "/ical/netvaerk/%00.ics",  # PostgreSQL refuses NUL in text
        "/ical/netvaerk/a%01b.ics",
        "/ical/medlem/%00.ics",
        "/bookinger/kalender/%00.ics",
    ],
)
def test_what_no_row_can_match_is_not_found(get, url):
    assert get(url).status_code == 404


def test_the_biggest_id_the_converter_takes_is_still_just_not_found(get):
    assert get(f"/ical/arrangement/{'9' * 18}.ics").status_code == 404


@pytest.mark.parametrize("params", [{"til": "9999-12-31"}, {"fra": "0001-01-01"}])
def test_the_directory_refuses_dates_out_of_range_in_danish(get, params):
    response = get("/specialistkorps/", params)
    assert response.status_code == 200
    assert (
        "Datoen skal ligge mellem 1.1.2000 og 31.12.2100." in response.content.decode()
    )


def test_the_activity_report_refuses_dates_out_of_range_in_danish(editor_client):
    editor_client.raise_request_exception = False
    response = editor_client.get(
        reverse("networks:activity_report"), {"fra": "2020-01-01", "til": "2101-01-01"}
    )
    assert response.status_code == 200
    assert (
        "Datoen skal ligge mellem 1.1.2000 og 31.12.2100." in response.content.decode()
    )
