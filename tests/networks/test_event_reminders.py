"""Reminders before a theme day: every confirmed participant of an event
starting within the reminder window gets one e-mail with the calendar file
and the way to cancel; nobody gets two, nobody of a cancelled event or a
cancelled registration gets one."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from networks.models import EventRegistration
from networks.services import cancel_registration, send_event_reminders
from tests import factories
from tests.networks.conftest import make_user
from tests.networks.test_cancelling import register


def event_in(delta: dt.timedelta, **fields):
    start = timezone.now() + delta
    return factories.theme_day(
        title=fields.pop("title", "Temadag om efterværn"),
        start=start,
        end=start + dt.timedelta(hours=6),
        **fields,
    )


@pytest.fixture
def soon(db):
    """A theme day tomorrow with three seats: two confirmed, one cancelled,
    one waiting."""
    event = event_in(dt.timedelta(days=1), capacity=3)
    anne, bent, carla, dorte = (
        make_user(n) for n in ("anne", "bent", "carla", "dorte")
    )
    register(event, anne)
    register(event, bent)
    cancel_registration(registration=register(event, carla), by_user=carla)
    register(event, make_user("erik"))  # takes the freed seat
    EventRegistration.objects.filter(event=event, user__username="erik").update(
        status="waiting"
    )
    return event


def test_each_confirmed_participant_is_reminded_once_with_calendar_and_cancel_link(
    soon,
):
    mail.outbox.clear()
    assert send_event_reminders() == 2

    assert sorted(m.to[0] for m in mail.outbox) == [
        "anne@example.dk",
        "bent@example.dk",
    ]
    reminder = next(m for m in mail.outbox if m.to == ["anne@example.dk"])
    assert reminder.subject.startswith(f"Påmindelse: {soon.title}")
    anne = soon.registrations.get(user__username="anne")
    assert reverse("networks:cancel_registration", args=[anne.pk]) in reminder.body
    name, content, mimetype = reminder.attachments[0]
    assert mimetype == "text/calendar"
    (vevent,) = Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == soon.title
    assert anne.reminded_at is not None

    mail.outbox.clear()
    assert send_event_reminders() == 0
    assert mail.outbox == []


def test_the_command_sends_and_reports_the_count(soon):
    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    assert "2 reminder(s) sent" in out.getvalue()
    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    assert "0 reminder(s) sent" in out.getvalue()


def test_the_task_worker_sends_the_reminders_on_its_own(soon, task_worker):
    """No cron: the worker enqueues the reminder job when it is due, runs it,
    and then sends the e-mails it queued."""
    mail.outbox.clear()
    task_worker.run()
    assert sorted(m.to[0] for m in mail.outbox) == [
        "anne@example.dk",
        "bent@example.dk",
    ]
    (job,) = task_worker.done("networks.tasks.send_event_reminders")
    assert job.return_value == 2

    task_worker.run()  # the job runs again: nobody is reminded twice
    assert len(mail.outbox) == 2


def test_a_cancelled_event_sends_no_reminder(soon, django_capture_on_commit_callbacks):
    soon.is_cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        soon.save_revision().publish()
    mail.outbox.clear()
    assert send_event_reminders() == 0
    assert not [m for m in mail.outbox if m.subject.startswith("Påmindelse")]


def test_only_events_inside_the_window_are_reminded(db, settings):
    later = event_in(dt.timedelta(days=5))
    started = event_in(dt.timedelta(days=1))
    anne, bent = make_user("anne"), make_user("bent")
    register(later, anne)
    register(started, bent)
    started.start = timezone.now() - dt.timedelta(hours=1)
    started.save_revision().publish()

    assert send_event_reminders() == 0  # default window: 2 days
    settings.KB_EVENT_REMINDER_DAYS = 7
    assert send_event_reminders() == 1
    assert [m.to for m in mail.outbox if "Påmindelse" in m.subject] == [
        ["anne@example.dk"]
    ]


def test_after_the_cancellation_deadline_the_reminder_says_to_contact_the_organiser(
    db,
):
    event = event_in(
        dt.timedelta(days=1),
        registration_deadline=timezone.now() + dt.timedelta(hours=1),
    )
    registration = register(event, make_user("anne"))
    send_event_reminders(now=timezone.now() + dt.timedelta(hours=2))
    (reminder,) = mail.outbox
    assert "kontakt arrangøren" in reminder.body
    assert (
        reverse("networks:cancel_registration", args=[registration.pk])
        not in reminder.body
    )
