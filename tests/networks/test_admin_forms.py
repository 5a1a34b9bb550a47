"""Bad input in the event admin gives field errors in Danish, never a 500,
and nothing the editor typed is saved half-way."""

from tests import factories
from tests.forms import assert_refused, post_page_edit


def test_event_ending_before_it_starts_is_refused(admin_client):
    event = factories.theme_day()
    response = post_page_edit(
        admin_client, event, start="2027-03-10 09:00", end="2027-03-09 15:00"
    )
    assert_refused(response, "Arrangementet kan ikke slutte, før det starter.")
    event.refresh_from_db()
    assert event.end > event.start


def test_event_without_place_must_be_online(admin_client):
    event = factories.theme_day(location="Vejle Centerhotel", online=False)
    values = post_page_edit(admin_client, event, location="", online="")
    assert_refused(values, "Angiv et sted, eller markér arrangementet som online.")


def test_invalid_date_is_a_field_error(admin_client):
    event = factories.theme_day()
    response = post_page_edit(admin_client, event, start="32-13-2027 25:99")
    assert_refused(response, "Indtast")
