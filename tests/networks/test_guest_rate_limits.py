"""The guest form sends an e-mail to whatever address is typed, so nobody may
use it to flood an inbox or to send mail in bulk: a few unconfirmed
registrations per e-mail address and some more per client address within an
hour, counted in the database (so across server processes). Over the limit
the form is shown again with the input kept, HTTP 429 and a Danish reason;
nothing is stored and nothing sent. Of the client only a keyed hash is kept,
and only while the registration is unconfirmed."""

import datetime as dt

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from kb.core.exceptions import TooManyRequests
from networks import services
from networks.models import EventRegistration
from tests import factories
from tests.networks.test_guest_registration import GUEST, form_data, request

PER_EMAIL = (
    "Der er sendt for mange bekræftelser til denne adresse. Prøv igen om en time."
)
PER_CLIENT = "for mange tilmeldinger uden konto fra din internetforbindelse"


@pytest.fixture
def events(db):
    """Five upcoming theme days open for registration."""
    return [factories.theme_day(capacity=10) for _ in range(5)]


def guest_mails():
    return [m for m in mail.outbox if m.subject.startswith("Bekræft din tilmelding")]


def test_confirmation_mails_to_one_address_are_limited_across_events(
    events, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for event in events[:3]:
            request(event, GUEST)
    assert len(guest_mails()) == 3

    # The same address in another case: refused, nothing stored or sent.
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(TooManyRequests, match=PER_EMAIL):
            request(events[3], GUEST.upper())
    assert not events[3].registrations.exists()
    assert len(guest_mails()) == 3

    # Other addresses are not affected.
    request(events[3], "anden@example.dk")


def test_the_limit_per_address_counts_only_the_last_hour_and_the_unconfirmed(
    events,
):
    first, second, third = (request(event, GUEST) for event in events[:3])
    with pytest.raises(TooManyRequests):
        request(events[3], GUEST)

    # Confirmed: its owner wanted it, so it no longer counts.
    services.confirm_guest_registration(registration=first)
    request(events[3], GUEST)
    with pytest.raises(TooManyRequests):
        request(events[4], GUEST)

    # An hour later the older requests no longer count.
    EventRegistration.objects.filter(pk__in=[second.pk, third.pk]).update(
        created_at=timezone.now() - dt.timedelta(minutes=61)
    )
    request(events[4], GUEST)


def test_requests_from_one_client_are_limited(events, settings):
    settings.KB_GUEST_RATE_PER_ADDRESS = 2
    for number in range(2):
        request(
            events[number], f"gaest{number}@example.dk", client_address="203.0.113.7"
        )
    with pytest.raises(TooManyRequests, match=PER_CLIENT):
        request(events[2], "gaest2@example.dk", client_address="203.0.113.7")
    assert not events[2].registrations.exists()

    # Another client, or a guest whose address is unknown, still gets through.
    request(events[2], "gaest3@example.dk", client_address="198.51.100.1")
    request(events[3], "gaest4@example.dk", client_address="")


def test_an_ipv6_client_is_counted_by_its_network(events, settings):
    settings.KB_GUEST_RATE_PER_ADDRESS = 2
    request(events[0], "a@example.dk", client_address="2001:db8:1:2::1")
    request(events[1], "b@example.dk", client_address="2001:db8:1:2:ffff::9")
    with pytest.raises(TooManyRequests):
        request(events[2], "c@example.dk", client_address="2001:db8:1:2::abcd")
    request(events[2], "c@example.dk", client_address="2001:db8:1:3::1")


def test_only_a_keyed_hash_of_the_client_is_kept_until_confirmation(events):
    registration = request(events[0], client_address="203.0.113.7")
    stored = EventRegistration.objects.get(pk=registration.pk).requested_from
    assert len(stored) == 64 and "203.0.113.7" not in stored
    assert (
        stored
        == request(
            events[1], "b@example.dk", client_address="203.0.113.7"
        ).requested_from
    )

    services.confirm_guest_registration(registration=registration)
    assert EventRegistration.objects.get(pk=registration.pk).requested_from == ""


def test_the_form_over_the_limit_keeps_the_input_and_sends_nothing(
    events, django_capture_on_commit_callbacks
):
    for event in events[:3]:
        request(event, GUEST)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(
            reverse("networks:guest_register", args=[events[3].pk]),
            form_data(name="Gitte igen"),
        )
    assert response.status_code == 429
    assert response.context["form"].non_field_errors() == [PER_EMAIL]
    assert PER_EMAIL in response.text
    assert 'value="Gitte igen"' in response.text and GUEST in response.text
    assert not events[3].registrations.exists() and not mail.outbox


def test_the_form_counts_the_client_the_trusted_proxy_saw(events, settings):
    settings.KB_GUEST_RATE_PER_ADDRESS = 1
    settings.KB_TRUSTED_PROXY_COUNT = 1

    def post(event, email, forwarded):
        return Client().post(
            reverse("networks:guest_register", args=[event.pk]),
            form_data(email=email),
            REMOTE_ADDR="10.0.0.1",  # the proxy
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    assert post(events[0], "a@example.dk", "203.0.113.7").status_code == 302
    # What the client wrote itself (the left-hand end) does not help it.
    refused = post(events[1], "b@example.dk", "198.51.100.1, 203.0.113.7")
    assert refused.status_code == 429
    assert PER_CLIENT in refused.text
    assert post(events[1], "b@example.dk", "198.51.100.1").status_code == 302


def test_retention_forgets_the_client_hash_of_a_request_never_cleaned_up(events):
    registration = request(events[0], client_address="203.0.113.7")
    services.anonymise_registrations(
        services.registrations_to_anonymise(
            ended_before=events[0].end + dt.timedelta(days=1)
        )
    )
    assert EventRegistration.objects.get(pk=registration.pk).requested_from == ""
