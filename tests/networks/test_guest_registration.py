"""Registration without an account (the pretix model): a guest's
registration holds nothing until the address confirms itself through the
personal link in the one e-mail sent to it; then it shares the seats and the
waiting list with the accounts' registrations, and the same link lets the
guest see, change and cancel it."""

import datetime as dt
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from openpyxl import load_workbook
from wagtail.models import PageLogEntry

from kb.core.cpr import CPR_MESSAGE
from kb.core.exceptions import ActionRefused
from kb.taxonomy.models import Municipality
from networks import services
from networks.models import EventRegistration
from networks.reports import activity_report
from tests.networks.conftest import make_user
from tests.networks.test_registration import register

GUEST = "gitte@solsikken.dk"
LINK = re.compile(r"https?://\S+?(/tilmeldinger/gaest/[^/\s]+/)")


def request(event, email=GUEST, **fields):
    return services.request_guest_registration(
        event=event,
        name=fields.pop("name", "Gitte Gæst"),
        organisation=fields.pop("organisation", "Bostedet Solsikken"),
        email=email,
        municipality=fields.pop("municipality", Municipality.objects.get(name="Vejle")),
        **fields,
    )


def confirmed_guest(event, email=GUEST, **fields):
    return services.confirm_guest_registration(
        registration=request(event, email, **fields)
    )


def link_in(message) -> str:
    """The personal link (path) in an e-mail."""
    return LINK.search(message.body).group(1)


def sent_to(address):
    return [m for m in mail.outbox if address in m.to]


def form_data(**fields):
    return {
        "name": "Gitte Gæst",
        "email": GUEST,
        "organisation": "Bostedet Solsikken",
        "municipality": str(Municipality.objects.get(name="Vejle").pk),
        "needs": "",
        **fields,
    }


# --- the unconfirmed registration ---------------------------------------------


def test_a_guest_registration_holds_no_seat_and_sends_only_the_link(
    small_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = request(small_event)

    assert registration.status == "unconfirmed" and registration.user is None
    assert small_event.seats_left() == 2
    (message,) = mail.outbox
    assert message.to == [GUEST]
    assert message.subject == f"Bekræft din tilmelding: {small_event.title}"
    assert not message.attachments  # no calendar before the address is confirmed
    assert link_in(message) == registration.guest_url()


def test_unconfirmed_guests_do_not_fill_the_event(small_event, people):
    for n in range(3):
        request(small_event, f"gaest{n}@example.dk")
    assert [register(small_event, p).status for p in people[:2]] == [
        "confirmed",
        "confirmed",
    ]


def test_confirming_takes_a_seat_and_sends_the_usual_confirmation(
    small_event, django_capture_on_commit_callbacks
):
    registration = request(small_event)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.confirm_guest_registration(registration=registration)

    assert registration.status == "confirmed"
    assert small_event.seats_left() == 1
    (message,) = mail.outbox
    assert message.subject == f"Du er tilmeldt: {small_event.title}"
    assert link_in(message) == registration.guest_url()
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    assert str(Calendar.from_ical(content).get("METHOD")) == "PUBLISH"
    # Confirming twice (a double click) changes nothing and sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        again = services.confirm_guest_registration(registration=registration)
    assert again.status == "confirmed" and len(mail.outbox) == 1


# --- one capacity and one waiting list -------------------------------------------


def test_guests_and_accounts_share_the_seats_and_the_queue(
    small_event, people, django_capture_on_commit_callbacks
):
    anne, bent, carla, _dorte = people
    guest = request(small_event)  # filled in first, confirmed last
    first = register(small_event, anne)
    second = confirmed_guest(small_event, "gert@example.dk")
    assert (first.status, second.status) == ("confirmed", "confirmed")
    waiting_account = register(small_event, bent)
    guest = services.confirm_guest_registration(registration=guest)
    assert (waiting_account.status, guest.status) == ("waiting", "waiting")

    # The queue counts from the confirmation: Bent, who was on the list
    # before Gitte confirmed, gets the first free seat; Gitte the next.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.cancel_guest_registration(registration=second)
    assert promoted.pk == waiting_account.pk
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.cancel_registration(registration=first, by_user=anne)
    assert promoted.pk == guest.pk
    (promotion,) = [m for m in sent_to(GUEST)]
    assert promotion.subject == f"Du har fået en plads: {small_event.title}"
    assert link_in(promotion) == guest.guest_url()
    assert promotion.attachments[0][2] == "text/calendar"
    assert small_event.confirmed_count() == 2
    # A newcomer with an account queues behind nobody now, but gets no seat.
    assert register(small_event, carla).status == "waiting"


# --- expired links, duplicates, CPR -----------------------------------------------


def test_an_expired_link_confirms_nothing_and_blocks_nothing(
    small_event, django_capture_on_commit_callbacks
):
    stale = request(small_event)
    EventRegistration.objects.filter(pk=stale.pk).update(
        created_at=timezone.now() - dt.timedelta(hours=49)
    )
    with pytest.raises(ActionRefused, match="Linket er udløbet"):
        services.confirm_guest_registration(registration=stale)

    response = Client().get(stale.guest_url())
    assert response.status_code == 410
    assert "Linket er udløbet" in response.text

    # The same address may register again; the void registration is gone.
    fresh = request(small_event, GUEST.upper())
    assert list(
        EventRegistration.objects.filter(event=small_event).values_list("pk")
    ) == [(fresh.pk,)]


@pytest.mark.parametrize("confirm_first", [False, True])
def test_the_same_address_twice_gets_a_friendly_answer_and_no_second_seat(
    small_event, confirm_first
):
    registration = request(small_event)
    if confirm_first:
        services.confirm_guest_registration(registration=registration)
    response = Client().post(
        reverse("networks:guest_register", args=[small_event.pk]),
        form_data(email="Gitte@Solsikken.dk", name="Gitte igen"),
    )
    assert response.status_code == 400
    assert (
        "allerede" in response.context["form"].non_field_errors()[0]
        and "e-mail" in response.context["form"].non_field_errors()[0]
    )
    assert 'value="Gitte igen"' in response.text  # input kept
    assert small_event.registrations.count() == 1


def test_an_address_registered_with_an_account_cannot_register_as_a_guest(
    small_event, people
):
    register(small_event, people[0])
    with pytest.raises(ActionRefused, match="allerede en tilmelding"):
        request(small_event, people[0].email)


def test_the_database_allows_one_guest_registration_per_address(small_event):
    request(small_event)
    with pytest.raises(IntegrityError), transaction.atomic():
        EventRegistration.objects.create(
            event=small_event,
            name="Gitte",
            organisation="X",
            email=GUEST.upper(),
            status="unconfirmed",
        )


def test_the_database_refuses_a_registration_without_user_name_or_email(
    small_event,
):
    with pytest.raises(IntegrityError), transaction.atomic():
        EventRegistration.objects.create(
            event=small_event, name="", organisation="X", email=GUEST
        )


@pytest.mark.parametrize("field", ["name", "organisation"])
def test_cpr_numbers_are_refused_with_the_input_kept(small_event, field):
    response = Client().post(
        reverse("networks:guest_register", args=[small_event.pk]),
        form_data(**{field: "Borger 120384-1234"}),
    )
    assert response.status_code == 400
    assert response.context["form"].errors[field] == [str(CPR_MESSAGE)]
    assert "Borger 120384-1234" in response.text
    assert not small_event.registrations.exists() and not mail.outbox


def test_a_missing_field_is_a_danish_error_with_the_input_kept(small_event):
    response = Client().post(
        reverse("networks:guest_register", args=[small_event.pk]),
        form_data(email="ikke-en-adresse", organisation=""),
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert errors["email"] == ["Indtast en gyldig e-mail-adresse."]
    assert errors["organisation"] == ["Dette felt er påkrævet."]
    assert 'value="Gitte Gæst"' in response.text


# --- the personal link ------------------------------------------------------------


def test_the_form_on_the_page_leads_to_the_mail_and_the_link_confirms(
    small_event, django_capture_on_commit_callbacks
):
    visitor = Client()
    page = visitor.get(small_event.url)
    assert "Log ind for at tilmelde dig med din konto" in page.text
    assert reverse("networks:guest_register", args=[small_event.pk]) in page.text

    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(
            reverse("networks:guest_register", args=[small_event.pk]), form_data()
        )
    assert response.status_code == 302
    assert visitor.get(response.url).status_code == 200
    link = link_in(mail.outbox[0])

    personal = visitor.get(link)
    assert personal.status_code == 200
    assert personal["X-Robots-Tag"] == "noindex"
    assert "no-store" in personal["Cache-Control"]
    assert "Bekræft tilmeldingen" in personal.text
    # Looking at the page (a mail scanner following the link) confirms nothing.
    assert small_event.registrations.get().status == "unconfirmed"

    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(
            reverse("networks:confirm_guest_registration", args=[link.split("/")[3]])
        )
    assert response.url == link
    assert small_event.registrations.get().status == "confirmed"
    assert "du er tilmeldt" in visitor.get(link).text


def test_a_logged_in_user_gets_the_account_form_not_the_guest_form(small_event, people):
    client = Client()
    client.force_login(people[0])
    assert "gaest_email" not in client.get(small_event.url).text
    response = client.get(reverse("networks:guest_register", args=[small_event.pk]))
    assert response.url == reverse("networks:register", args=[small_event.pk])


@pytest.mark.parametrize("kind", ["garbage", "tampered", "account"])
def test_a_wrong_link_is_a_danish_404(small_event, people, kind):
    guest = request(small_event)
    account = register(small_event, people[0])
    token = {
        "garbage": "ikke-et-link",
        "tampered": f"{account.pk}:{guest.guest_token.split(':')[1]}",
        "account": account.guest_token,  # only guests have personal links
    }[kind]
    for name in [
        "guest_registration",
        "confirm_guest_registration",
        "cancel_guest_registration",
    ]:
        client = Client()
        url = reverse(f"networks:{name}", args=[token])
        response = client.post(url) if name.startswith("confirm") else client.get(url)
        assert response.status_code == 404
        assert "Linket virker ikke" in response.text
    assert account.status == "confirmed"


def test_the_guest_changes_their_details_from_the_link(small_event):
    registration = confirmed_guest(small_event)
    client = Client()
    aarhus = Municipality.objects.get(name="Aarhus")
    response = client.post(
        registration.guest_url(),
        form_data(organisation="Bostedet Mælkebøtten", municipality=str(aarhus.pk)),
    )
    assert response.status_code == 302
    registration.refresh_from_db()
    assert (registration.organisation, registration.municipality) == (
        "Bostedet Mælkebøtten",
        aarhus,
    )
    assert registration.email == GUEST  # the confirmed address stays
    assert "Dine oplysninger er gemt." in client.get(response.url).text

    response = client.post(
        registration.guest_url(), form_data(organisation="CPR 120384-1234")
    )
    assert response.status_code == 400 and "CPR 120384-1234" in response.text
    registration.refresh_from_db()
    assert registration.organisation == "Bostedet Mælkebøtten"


def test_an_unconfirmed_registration_cannot_be_changed_or_cancelled(small_event):
    registration = request(small_event)
    with pytest.raises(ActionRefused, match="Bekræft"):
        services.change_guest_registration(
            registration=registration, name="X", organisation="Y"
        )
    with pytest.raises(ActionRefused, match="ikke bekræftet"):
        services.cancel_guest_registration(registration=registration)


def test_the_guest_cancels_after_a_confirmation_page_and_gets_a_calendar_cancel(
    small_event, people, django_capture_on_commit_callbacks
):
    registration = confirmed_guest(small_event)
    register(small_event, people[0])
    waiting = register(small_event, people[1])
    client = Client()
    url = reverse("networks:cancel_guest_registration", args=[registration.guest_token])

    page = client.get(url)
    assert page.status_code == 200 and "Ja, afmeld mig" in page.text
    registration.refresh_from_db()
    assert registration.status == "confirmed"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.url == registration.guest_url()
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert (registration.status, waiting.status) == ("cancelled", "confirmed")
    (receipt,) = sent_to(GUEST)
    assert receipt.subject == f"Du er afmeldt: {small_event.title}"
    ics = Calendar.from_ical(receipt.attachments[0][1])
    assert str(ics.get("METHOD")) == "CANCEL"
    assert "Du er afmeldt." in client.get(response.url).text


def test_every_step_is_in_the_events_history(small_event):
    registration = confirmed_guest(small_event)
    services.change_guest_registration(
        registration=registration, name="Gitte G.", organisation="Solsikken"
    )
    services.cancel_guest_registration(registration=registration)
    entries = PageLogEntry.objects.filter(page=small_event).order_by("pk")
    assert [e.action for e in entries if e.action.startswith("kb.registration")] == [
        "kb.registration.guest_requested",
        "kb.registration.created",
        "kb.registration.changed",
        "kb.registration.cancelled",
    ]
    assert all(e.user is None for e in entries if e.action.startswith("kb."))


# --- mail only to a confirmed address; the organiser's tools count guests ---------


def test_no_mail_but_the_link_goes_to_an_unconfirmed_address(small_event):
    request(small_event, "ubekraeftet@example.dk")
    confirmed_guest(small_event)
    organiser = make_user("arrangoer", is_superuser=True)
    mail.outbox.clear()

    services.email_participants(
        event=small_event,
        by_user=organiser,
        subject="Praktisk",
        message="Husk madpakke.",
        include_waiting=True,
    )
    services.send_event_reminders(now=small_event.start - dt.timedelta(days=1))
    services.notify_cancelled_event(small_event)

    assert not sent_to("ubekraeftet@example.dk")
    subjects = [m.subject for m in sent_to(GUEST)]
    assert len(subjects) == 3
    assert "Praktisk" in subjects
    assert any(s.startswith("Påmindelse:") for s in subjects)
    assert any("aflyst" in s.lower() for s in subjects)


def test_the_reminder_gives_a_guest_their_own_cancel_link(small_event, settings):
    settings.KB_EVENT_REMINDER_DAYS = 10
    registration = confirmed_guest(small_event)
    mail.outbox.clear()
    before_deadline = small_event.registration_deadline - dt.timedelta(days=1)
    assert services.send_event_reminders(now=before_deadline) == 1
    (reminder,) = mail.outbox
    cancel = reverse(
        "networks:cancel_guest_registration", args=[registration.guest_token]
    )
    assert cancel in reminder.body


def test_the_organiser_sees_counts_and_exports_guests(small_event, people, client):
    organiser = make_user("arrangoer", is_superuser=True)
    client.force_login(organiser)
    request(small_event, "ubekraeftet@example.dk", name="Ulla Ubekræftet")
    confirmed_guest(small_event)
    register(small_event, people[0])

    url = reverse("networks:participants", args=[small_event.pk])
    page = client.get(url).text
    assert "Gitte Gæst" in page and GUEST in page and "Bostedet Solsikken" in page
    assert "(gæst)" in page
    assert "Ulla" not in page

    sheet = load_workbook(
        io.BytesIO(client.get(url, {"format": "xlsx"}).content)
    ).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "Gitte Gæst" in names and "Ulla Ubekræftet" not in names
    assert "Gitte Gæst" in client.get(url, {"format": "csv"}).content.decode(
        "utf-8-sig"
    )

    # Attendance and the activity report count the guest like anyone.
    start = small_event.start
    guest = small_event.registrations.get(email=GUEST)
    services.record_attendance(
        event=small_event,
        by_user=organiser,
        attended_ids=[guest.pk],
        now=start + dt.timedelta(hours=1),
    )
    guest.refresh_from_db()
    assert guest.attended is True
    day = timezone.localdate(start)
    report = activity_report(day, day)
    (row,) = [r for r in report.rows if r.event.pk == small_event.pk]
    assert (row.registered, row.attended) == (2, 1)


def test_the_command_deletes_only_expired_unconfirmed_registrations(small_event):
    expired = request(small_event, "gammel@example.dk")
    EventRegistration.objects.filter(pk=expired.pk).update(
        created_at=timezone.now() - dt.timedelta(hours=49)
    )
    fresh = request(small_event)
    kept = confirmed_guest(small_event, "bekraeftet@example.dk")
    EventRegistration.objects.filter(pk=kept.pk).update(
        created_at=timezone.now() - dt.timedelta(days=10)
    )
    out = io.StringIO()
    call_command("delete_unconfirmed_registrations", stdout=out)
    assert "1 unconfirmed registration(s) deleted" in out.getvalue()
    assert set(small_event.registrations.values_list("pk", flat=True)) == {
        fresh.pk,
        kept.pk,
    }


def test_a_change_after_the_event_began_is_refused_with_a_message(small_event):
    registration = confirmed_guest(small_event)
    small_event.__class__.objects.filter(pk=small_event.pk).update(
        start=timezone.now() - dt.timedelta(hours=1)
    )
    client = Client()
    response = client.post(registration.guest_url(), form_data(name="For sent"))
    page = client.get(response.url).text
    assert "Arrangementet er begyndt eller afholdt." in page
    registration.refresh_from_db()
    assert registration.name == "Gitte Gæst"
