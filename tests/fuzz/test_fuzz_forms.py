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
from django.core.files.uploadedfile import SimpleUploadedFile
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
from tests.fuzz.pages import logged_in, register, show
from tests.fuzz.strategies import (
    DATETIMES,
    EMAILS,
    NUMBERS,
    OUTCOMES,
    TEXT,
    VALUES,
    form_data,
    reached,
    record,
)
from tests.networks.conftest import make_user as make_plain_user


def local(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def choice(pks) -> st.SearchStrategy[str]:
    """A real choice most of the time, anything else sometimes."""
    return st.one_of(st.sampled_from([str(pk) for pk in pks]), TEXT, NUMBERS)


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


@pytest.fixture
def participants(event):
    """The event's three seats taken and one on the waiting list, so the
    organiser's message has someone to go to."""
    people = [make_plain_user(f"deltager-{n}") for n in range(4)]
    for person in people:
        register(event, person)
    return people


def test_email_participants(event, network_coordinator, participants):
    """Most examples get past the form and send: a test that only ever met
    the form's refusal proved nothing about the sending."""
    organiser = logged_in(network_coordinator)
    url = reverse("networks:email_participants", args=[event.pk])
    endpoint = "POST /arrangementer/<id>/deltagere/e-mail/"
    valid = {
        "subject": "Praktisk om dagen",
        "message": "Vi ses kl. 9.",
        "recipients": "confirmed",
    }
    fuzzed = {
        "subject": TEXT,
        "message": TEXT,
        "recipients": st.one_of(
            st.sampled_from(["confirmed", "all", "", "\x00", "alle"]), TEXT
        ),
    }
    sent_before = OUTCOMES[endpoint]["cases sent"]

    @examples(30)
    @given(data=form_data(valid, fuzzed))
    def check(data):
        mail.outbox.clear()
        response = organiser.post(url, data)
        record(endpoint, response)
        if response.status_code == 302:
            assert mail.outbox, "accepted, but nobody was written to"
            reached(endpoint, "cases sent")
            reached(endpoint, "e-mails", len(mail.outbox))
        show(
            "e-mail participants",
            organiser,
            reverse("networks:participants", args=[event.pk]),
        )
        mail.outbox.clear()

    check()
    assert OUTCOMES[endpoint]["cases sent"] > sent_before


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


MEETING_FIELDS = {
    "title": TEXT,
    "start": DATETIMES,
    "location": TEXT,
    "agenda": TEXT,
    "minutes": TEXT,
}


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
    fuzzed = MEETING_FIELDS

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


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
UPLOAD_NAMES = st.one_of(
    st.sampled_from(
        [
            "referat.pdf",
            "Oplæg om efterværn.pdf",
            "billede.png",
            "noter.txt",
            "data.csv",
            "tegning.svg",
            "side.html",
            ".pdf",
            "pdf",
            "a" * 300 + ".pdf",
        ]
    ),
    # What a browser may send as a name: anything but the line breaks and
    # NUL that no file name holds.
    st.tuples(
        st.text(
            st.characters(exclude_categories=["Cs"], exclude_characters="\x00\r\n"),
            min_size=1,
            max_size=60,
        ),
        st.sampled_from([".pdf", ".txt", ".png", ".docx", ""]),
    ).map("".join),
)
UPLOAD_CONTENTS = st.one_of(
    st.sampled_from(
        [PDF, PNG, b"Referat fra m\xc3\xb8det\n", b"<html>", b"", b"PK\x03\x04"]
    ),
    st.binary(max_size=200),
)
#: (name, content): files that pass the type check half of the time, so
#: their names and titles reach the storage and the pages.
UPLOADS = st.one_of(
    st.sampled_from(
        [
            ("referat.pdf", PDF),
            ("billede.png", PNG),
            ("noter.txt", b"Referat fra m\xc3\xb8det\n"),
            ("010190-1234.pdf", PDF),
            ("referat 01.01.90-1234.txt", b"Referat\n"),
        ]
    ),
    st.tuples(UPLOAD_NAMES, st.just(PDF)),
    st.tuples(UPLOAD_NAMES, UPLOAD_CONTENTS),
)


@pytest.fixture
def member(network):
    user = make_plain_user("medlem")
    NetworkMembership.objects.create(
        network=network, user=user, status=NetworkMembership.Status.MEMBER
    )
    return user


def test_meeting_minutes_and_documents(
    network, network_coordinator, member, django_capture_on_commit_callbacks
):
    """The coordinator changes a meeting: minutes (the members get them by
    e-mail), agenda and a file for members. The pages and the member's
    calendar show them afterwards."""
    coordinator_client, member_client = (
        logged_in(network_coordinator),
        logged_in(member),
    )
    meeting = network.meetings.create(
        title="Erfamøde", start=at(10, 14), location="Vejle"
    )
    membership = NetworkMembership.objects.get(network=network, user=member)
    token = network_services.issue_calendar_token(membership=membership, user=member)
    url = reverse("networks:edit_meeting", args=[meeting.pk])
    endpoint = "POST /koordinering/moeder/<id>/"
    valid = {
        "title": "Erfamøde",
        "start": local(at(10, 14)),
        "location": "Vejle",
        "agenda": "Velkomst\nNyt fra netværket",
        "minutes": "",
    }
    fuzzed = {
        **MEETING_FIELDS,
        "document_title": TEXT,
        "document_file": UPLOADS,
    }

    @examples(30)
    @given(data=form_data(valid, fuzzed))
    def check(data):
        if "document_file" in data:
            data["document_file"] = SimpleUploadedFile(*data["document_file"])
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = coordinator_client.post(url, data)
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "saved")
            reached(endpoint, "e-mails to members", len(mail.outbox))
        pages = [
            url,
            reverse("networks:coordinate_network", args=[network.pk]),
            network.url,
        ]
        show("meeting minutes", coordinator_client, *pages)
        documents = [d.get_absolute_url() for d in meeting.documents.all()]
        show(
            "meeting minutes",
            member_client,
            network.url,
            reverse("networks:member_calendar", args=[membership.pk]),
            *documents[-1:],
        )
        record(
            "meeting minutes → GET /ical/medlem/<token>.ics",
            Client().get(reverse("networks:ical_member", args=[token])),
        )
        mail.outbox.clear()

    check()
    assert OUTCOMES[endpoint]["saved"]


GUEST_LINK = re.compile(r"https?://\S+?(/tilmeldinger/gaest/[^/\s]+/)")


def test_guest_registration(
    event, network_coordinator, municipality, django_capture_on_commit_callbacks
):
    """Registration without an account (a public form), then the personal
    link from the mail: confirm, and change the details there."""
    organiser = logged_in(network_coordinator)
    url = reverse("networks:guest_register", args=[event.pk])
    endpoint = "POST /arrangementer/<id>/tilmelding/gaest/"
    personal_endpoint = "POST /tilmeldinger/gaest/<token>/"
    numbers = iter(range(100_000))
    details = {
        "name": TEXT,
        "organisation": TEXT,
        "municipality": st.one_of(st.just(""), choice([municipality.pk])),
        "needs": TEXT,
    }
    valid = {"name": "Gitte Gæst", "organisation": "Bostedet Solsikken"}

    @examples(25)
    @given(
        data=form_data(valid, {**details, "email": EMAILS}),
        change=form_data(valid, details),
    )
    def check(data, change):
        data.setdefault("email", f"gaest-{next(numbers)}@example.dk")
        mail.outbox.clear()
        guest = Client()
        with django_capture_on_commit_callbacks(execute=True):
            response = guest.post(url, data)
        record(endpoint, response)
        links = [GUEST_LINK.search(m.body) for m in mail.outbox]
        links = [link.group(1) for link in links if link]
        if response.status_code == 302 and links:
            reached(endpoint, "link mailed")
            personal = links[-1]
            with django_capture_on_commit_callbacks(execute=True):
                confirmed = guest.post(personal + "bekraeft/")
            record(f"{personal_endpoint}bekraeft/", confirmed)
            record(personal_endpoint, guest.post(personal, change))
            for page in (personal, personal + "afmeld/"):
                path = page.replace(personal, "/tilmeldinger/gaest/<token>/")
                record(f"guest registration → GET {path}", guest.get(page))
        show("guest registration", Client(), event.url)
        participants = reverse("networks:participants", args=[event.pk])
        show(
            "guest registration",
            organiser,
            participants,
            f"{participants}?format=csv",
            reverse("networks:ical_event", args=[event.pk]),
            "/rapporter/aktiviteter/",
        )
        mail.outbox.clear()

    check()
    assert OUTCOMES[endpoint]["link mailed"]
