"""Every form a logged-in role posts, fed generated values; after each post
the pages that show what may have been stored are rendered. Neither the post
nor a later page may answer HTTP 500 (issue #11: a stored period from
0001-01-01 broke the specialist's page until the row was deleted by hand).

Examples of one test share its transaction, so what an earlier example
stored is on the pages of every later one.
"""

import datetime as dt
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from networks import services as network_services
from networks.models import NetworkMembership, NetworkPage
from offers.models import Offer
from tests import factories
from tests.corps.conftest import at
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import DATETIMES, NUMBERS, TEXT, VALUES, form_data, record
from tests.networks.conftest import make_user as make_plain_user


def local(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def choice(pks) -> st.SearchStrategy[str]:
    """A real choice most of the time, anything else sometimes."""
    return st.one_of(st.sampled_from([str(pk) for pk in pks]), TEXT, NUMBERS)


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def show(endpoint: str, client: Client, *urls: str) -> None:
    """Render the pages that show what ``endpoint`` may have stored."""
    for url in urls:
        path, _, params = url.partition("?")
        route = re.sub(r"/\d+", "/<id>", UUID.sub("<ref>", path))
        route += "?…" if params else ""
        record(f"{endpoint} → GET {route}", client.get(url))


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def test_availability_period(coordinator, booker, specialist):
    """The corps coordinator's «period without booking»."""
    coordinator_client, booker_client = logged_in(coordinator), logged_in(booker)
    url = reverse("corps:availability")
    days = iter(range(40, 100_000, 3))

    @examples(50)
    @given(
        data=form_data(
            {"specialist": str(specialist.pk), "reason": "Ferie"},
            {
                "specialist": choice([specialist.pk]),
                "start": DATETIMES,
                "end": DATETIMES,
                "reason": TEXT,
            },
        )
    )
    def check(data):
        day = next(days)
        data.setdefault("start", local(at(day, 0)))
        data.setdefault("end", local(at(day + 2, 0)))
        record("POST /bookinger/tilgaengelighed/", coordinator_client.post(url, data))
        show("availability", coordinator_client, url, specialist.url)
        show(
            "availability",
            booker_client,
            specialist.url,
            reverse("corps:request_booking", args=[specialist.pk]),
            f"/specialistkorps/?fra={data['start'][:10]}&til={data['end'][:10]}",
        )

    check()


def test_booking_request(booker, coordinator, specialist, target_group):
    booker_client, coordinator_client = logged_in(booker), logged_in(coordinator)
    url = reverse("corps:request_booking", args=[specialist.pk])
    offers = list(Offer.objects.values_list("pk", flat=True)[:3])
    days = iter(range(40, 100_000, 3))
    valid = {
        "offer": "",
        "address": "Skolevej 1, 4000 Roskilde",
        "target_group": str(target_group.pk),
        "purpose": "Sparring med personalet.",
        "case_description": "Dreng på 9 år med autisme.",
        "manager_approved": "on",
        "consent_obtained": "on",
        "no_personal_data": "on",
    }
    fuzzed = {
        "start": DATETIMES,
        "end": DATETIMES,
        "offer": st.one_of(st.just(""), choice(offers)),
        "address": TEXT,
        "target_group": choice([target_group.pk]),
        "purpose": TEXT,
        "case_description": TEXT,
        "manager_approved": st.sampled_from([None, "", "on", "\x00"]),
    }

    @examples(50)
    @given(data=form_data(valid, fuzzed))
    def check(data):
        day = next(days)
        data.setdefault("start", local(at(day, 9)))
        data.setdefault("end", local(at(day, 15)))
        record("POST /bookinger/ny/<id>/", booker_client.post(url, data))
        booking = specialist.bookings.order_by("-pk").first()
        pages = [reverse("corps:my_bookings"), specialist.url]
        if booking:
            pages += [
                booking.get_absolute_url(),
                reverse("corps:booking_ics", args=[booking.reference]),
            ]
        show("booking request", booker_client, *pages)
        show("booking request", coordinator_client, *pages)

    check()


def test_decline_and_cancel_reasons(booker, coordinator, make_booking):
    booker_client, coordinator_client = logged_in(booker), logged_in(coordinator)
    days = iter(range(20, 10_000))

    @examples(30)
    @given(reason=VALUES, action=st.sampled_from(["afvis", "aflys", "accepter"]))
    def check(reason, action):
        day = next(days)
        booking = make_booking(start=at(day, 9), end=at(day, 15))
        response = coordinator_client.post(
            reverse("corps:booking_action", args=[booking.reference, action]),
            {"reason": reason},
        )
        record("POST /bookinger/<ref>/<action>/ (reason)", response)
        for client in (booker_client, coordinator_client):
            show(
                "decline reason",
                client,
                booking.get_absolute_url(),
                reverse("corps:my_bookings"),
            )

    check()


@pytest.fixture
def network(db):
    return factories.network_page(membership=NetworkPage.Membership.CLOSED)


@pytest.fixture
def network_coordinator(network):
    user = make_plain_user("netvaerkskoordinator")
    network_services.make_network_coordinator(network=network, user=user)
    return user


@pytest.fixture
def event(network):
    start = timezone.now() + dt.timedelta(days=10)
    return factories.theme_day(
        parent=network, start=start, end=start + dt.timedelta(hours=5), capacity=3
    )


def test_event_registration(event, network_coordinator, municipality):
    organiser = logged_in(network_coordinator)
    url = reverse("networks:register", args=[event.pk])
    numbers = iter(range(100_000))

    @examples(40)
    @given(
        name=TEXT,
        organisation=TEXT,
        municipality_pk=st.one_of(st.just(""), choice([municipality.pk])),
        email=st.one_of(TEXT, st.emails()),
        needs=TEXT,
        anonymous=st.booleans(),
    )
    def check(name, organisation, municipality_pk, email, needs, anonymous):
        user = make_plain_user(f"deltager{next(numbers)}")
        client = Client() if anonymous else logged_in(user)
        data = {
            "name": name,
            "organisation": organisation,
            "municipality": municipality_pk,
            "email": email,
            "needs": needs,
        }
        record("POST /arrangementer/<id>/tilmelding/", client.post(url, data))
        show("registration", client, event.url, reverse("networks:my_events"))
        show(
            "registration",
            organiser,
            reverse("networks:participants", args=[event.pk]),
            reverse("networks:participants", args=[event.pk]) + "?format=csv",
            reverse("networks:ical_event", args=[event.pk]),
            "/rapporter/aktiviteter/",
        )

    check()


def test_email_participants(event, network_coordinator):
    organiser = logged_in(network_coordinator)
    url = reverse("networks:email_participants", args=[event.pk])
    valid = {"subject": "Praktisk om dagen", "message": "Vi ses kl. 9."}
    fuzzed = {
        "subject": TEXT,
        "message": TEXT,
        "include_waiting": st.sampled_from(["", "on", "\x00"]),
    }

    @examples(30)
    @given(data=form_data(valid, fuzzed))
    def check(data):
        record("POST /arrangementer/<id>/deltagere/e-mail/", organiser.post(url, data))
        show(
            "e-mail participants",
            organiser,
            reverse("networks:participants", args=[event.pk]),
        )
        mail.outbox.clear()

    check()


def test_membership_request_and_decision(network, network_coordinator):
    coordinator_client = logged_in(network_coordinator)
    numbers = iter(range(100_000))

    @examples(40)
    @given(organisation=TEXT, reason=TEXT, approve=st.booleans())
    def check(organisation, reason, approve):
        user = make_plain_user(f"ansoeger{next(numbers)}")
        client = logged_in(user)
        response = client.post(
            reverse("networks:join_network", args=[network.pk]),
            {"organisation": organisation},
        )
        record("POST /netvaerk-medlemskab/<id>/meld-ind/", response)
        show("membership request", client, network.url)
        membership = NetworkMembership.objects.filter(
            network=network, user=user
        ).first()
        if membership:
            response = coordinator_client.post(
                reverse("networks:decide_membership", args=[membership.pk]),
                {"decision": "approve" if approve else "decline", "reason": reason},
            )
            record("POST /netvaerk-medlemskab/anmodning/<id>/ (decision)", response)
        show(
            "membership request",
            coordinator_client,
            reverse("networks:coordinate_network", args=[network.pk]),
            network.url,
        )
        mail.outbox.clear()

    check()


def test_meeting_form(network, network_coordinator):
    coordinator_client = logged_in(network_coordinator)
    url = reverse("networks:new_meeting", args=[network.pk])
    days = iter(range(5, 100_000))
    valid = {
        "title": "Netværksmøde",
        "location": "Roskilde",
        "agenda": "",
        "minutes": "",
    }
    fuzzed = {
        "title": TEXT,
        "start": DATETIMES,
        "location": TEXT,
        "agenda": TEXT,
        "minutes": TEXT,
    }

    @examples(40)
    @given(data=form_data(valid, fuzzed))
    def check(data):
        data.setdefault("start", local(at(next(days), 14)))
        response = coordinator_client.post(url, data)
        record("POST /koordinering/netvaerk/<id>/nyt-moede/", response)
        meeting = network.meetings.order_by("-pk").first()
        pages = [reverse("networks:coordinate_network", args=[network.pk]), network.url]
        if meeting:
            pages.append(reverse("networks:edit_meeting", args=[meeting.pk]))
        show("meeting form", coordinator_client, *pages)
        mail.outbox.clear()

    check()
