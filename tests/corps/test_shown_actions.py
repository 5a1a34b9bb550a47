"""The corps pages show a button or link only to those who can use it (the
policies in corps.permissions), say which reasons are required before the
service refuses, describe their form fields to screen readers, and write
e-mail subjects as plain text."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from accounts.models import COORDINATOR_GROUP
from corps import services
from corps.models import CorpsIndexPage
from corps.queries import describe_duration
from tests import factories
from tests.corps.conftest import at, move_to_past

MY_BOOKINGS = reverse("corps:my_bookings")


@pytest.fixture
def corps_index(specialist):
    return CorpsIndexPage.objects.get()


@pytest.fixture
def without_role(make_user, municipality):
    """Works in the booker's municipality but may not book."""
    return make_user("uden-rolle", municipality=municipality)


@pytest.fixture
def idle_coordinator(make_user, municipality):
    """Holds the coordinator role but has no specialists yet."""
    return make_user(
        "ny-koordinator", groups=[COORDINATOR_GROUP], region=municipality.region
    )


# --- The corps' front page -----------------------------------------------------


@pytest.mark.parametrize(
    "who, shown",
    [
        ("booker", True),
        ("coordinator", True),
        ("idle_coordinator", True),
        ("specialist_user", True),
        ("without_role", False),
        ("editor", False),
    ],
)
def test_the_link_to_the_bookings_is_shown_to_those_with_bookings(
    client, request, corps_index, who, shown
):
    client.force_login(request.getfixturevalue(who))
    html = client.get(corps_index.url).content.decode()
    assert (f'href="{MY_BOOKINGS}"' in html.split("<main", 1)[1]) is shown
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert (f'href="{MY_BOOKINGS}"' in header) is shown
    assert "Log ind</a>" not in html.split("<main", 1)[1]


def test_anonymous_visitors_are_asked_to_log_in(client, corps_index):
    main = client.get(corps_index.url).content.decode().split("<main", 1)[1]
    assert f'href="{MY_BOOKINGS}"' not in main
    assert "Log ind</a>" in main


# --- My bookings ---------------------------------------------------------------


def test_a_professional_without_the_role_is_told_why(client, without_role):
    client.force_login(without_role)
    html = client.get(MY_BOOKINGS).content.decode()
    assert "Din brugerkonto må ikke anmode om specialister." in html
    assert "ikke knyttet til en kommune" not in html


def test_a_user_without_organisation_is_told_so(client, editor):
    client.force_login(editor)
    html = client.get(MY_BOOKINGS).content.decode()
    assert "ikke knyttet til en kommune, en region eller et korps" in html


def test_the_availability_link_needs_specialists_to_manage(
    client, coordinator, idle_coordinator
):
    availability = reverse("corps:availability")
    client.force_login(coordinator)
    assert availability in client.get(MY_BOOKINGS).content.decode()
    client.force_login(idle_coordinator)
    html = client.get(MY_BOOKINGS).content.decode()
    assert "Korpsets kø" in html
    assert availability not in html


# --- A booking's actions --------------------------------------------------------


def reason_labels(html: str) -> dict[str, str]:
    return {
        action: " ".join(label.split())
        for action, label in re.findall(
            r'<label for="reason-(\w+)">(.*?)</label>', html, re.S
        )
    }


def test_the_coordinator_is_told_that_declining_and_cancelling_need_a_reason(
    client, make_booking, coordinator
):
    booking = make_booking()
    client.force_login(coordinator)
    html = client.get(booking.get_absolute_url()).content.decode()
    assert reason_labels(html) == {
        "afvis": "Begrundelse (skal udfyldes)",
        "aflys": "Begrundelse (skal udfyldes)",
    }
    # As the services say.
    response = client.post(
        reverse("corps:booking_action", args=[booking.reference, "afvis"]),
        {"reason": ""},
        follow=True,
    )
    assert "Skriv en begrundelse for afvisningen." in response.content.decode()


def test_the_requester_may_cancel_without_a_reason(client, make_booking, booker):
    booking = make_booking()
    client.force_login(booker)
    html = client.get(booking.get_absolute_url()).content.decode()
    assert reason_labels(html) == {"aflys": "Begrundelse"}


def test_a_requester_who_coordinates_the_specialist_must_give_a_reason(
    client, make_booking, make_user, specialist, municipality
):
    """The rule is the service's: whoever coordinates the specialist."""
    both = make_user(
        "begge-roller",
        groups=["Fagperson/booker", COORDINATOR_GROUP],
        municipality=municipality,
        specialists=[specialist],
    )
    booking = make_booking(requested_by=both)
    client.force_login(both)
    html = client.get(booking.get_absolute_url()).content.decode()
    assert reason_labels(html)["aflys"] == "Begrundelse (skal udfyldes)"


def test_no_actions_once_the_booking_is_completed_and_closed(
    client, make_booking, coordinator, booker
):
    booking = make_booking(start=at(30, 9), end=at(30, 15))
    services.accept_booking(booking=booking, by=coordinator)
    move_to_past(booking, days=2)
    services.complete_booking(booking=booking, by=coordinator)
    for user in (coordinator, booker):
        client.force_login(user)
        html = client.get(booking.get_absolute_url()).content.decode()
        assert 'aria-labelledby="handlinger"' not in html
        assert "/accepter/" not in html and "/aflys/" not in html


# --- Forms describe their fields to screen readers ----------------------------------


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.described_by = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if attrs.get("aria-describedby"):
            self.described_by.append((attrs.get("id"), attrs["aria-describedby"]))


def broken_descriptions(html: str) -> list[str]:
    """aria-describedby references to ids that are not on the page."""
    parser = _Ids()
    parser.feed(html)
    return [
        f"{element} -> {ref}"
        for element, refs in parser.described_by
        for ref in refs.split()
        if ref not in parser.ids
    ]


def test_the_booking_form_links_help_and_errors_to_its_fields(
    client, booker, specialist
):
    client.force_login(booker)
    url = reverse("corps:request_booking", args=[specialist.pk])
    html = client.get(url).content.decode()
    assert broken_descriptions(html) == []
    assert 'id="id_start_helptext"' in html

    html = client.post(url, {"purpose": "Sparring."}).content.decode()
    assert broken_descriptions(html) == []
    error = re.search(r'<div id="id_start_error">(.*?)</div>', html, re.S)
    assert "Dette felt er påkrævet." in error.group(1)


def test_the_rating_form_links_its_error_to_the_choices(client, make_completed, booker):
    booking = make_completed()
    client.force_login(booker)
    response = client.post(
        reverse("corps:rate_booking", args=[booking.reference]), {"comment": "Godt."}
    )
    html = response.content.decode()
    assert broken_descriptions(html) == []
    assert (
        '<fieldset class="field field--error" aria-describedby="id_score_error">'
        in (html)
    )
    assert "Vælg en bedømmelse fra 1 til 5." in html


def test_the_availability_form_links_help_and_errors_to_its_fields(client, coordinator):
    client.force_login(coordinator)
    url = reverse("corps:availability")
    assert broken_descriptions(client.get(url).content.decode()) == []
    html = client.post(url, {"start": "i morgen"}).content.decode()
    assert "Perioden er ikke gemt." in html
    assert broken_descriptions(html) == []


# --- Plain text where it is text -----------------------------------------------------


def test_e_mail_subjects_are_not_html_escaped(
    make_booking,
    coordinator,
    mailoutbox,
    django_capture_on_commit_callbacks,
    target_group,
):
    specialist = factories.specialist_page(
        title="Ida O'Neill & Co", target_groups=[target_group]
    )
    coordinator.coordinated_specialists.add(specialist)
    with django_capture_on_commit_callbacks(execute=True):
        make_booking(specialist_=specialist)
    subjects = {message.to[0]: message.subject for message in mailoutbox}
    assert subjects["koordinator@example.dk"].startswith(
        "Ny anmodning om booking af Ida O'Neill & Co"
    )
    assert subjects["booker@example.dk"].startswith(
        "Vi har modtaget din anmodning om Ida O'Neill & Co"
    )


@pytest.mark.parametrize(
    "hours, text",
    [(0.5, "under en time"), (1, "ca. 1 time"), (5, "ca. 5 timer"), (48, "ca. 2 dage")],
)
def test_the_typical_response_time_reads_as_danish(hours, text):
    import datetime as dt

    assert describe_duration(dt.timedelta(hours=hours)) == text


def test_accept_is_not_offered_while_the_specialist_is_taken(
    client, make_booking, coordinator, other_booker
):
    """Two municipalities ask for the same day; once one is accepted the
    other cannot be, so the coordinator is told why instead of offered a
    button the service would refuse."""
    first = make_booking(start=at(30, 9), end=at(30, 15))
    second = make_booking(start=at(30, 12), end=at(30, 16), requested_by=other_booker)
    client.force_login(coordinator)
    html = client.get(second.get_absolute_url()).content.decode()
    assert ">Acceptér<" in html

    services.accept_booking(booking=first, by=coordinator)
    html = client.get(second.get_absolute_url()).content.decode()
    assert ">Acceptér<" not in html
    assert "Specialisten er allerede booket i perioden." in html
    assert ">Afvis<" in html
