"""Remind participants of the theme days starting soon, by hand; the task
worker runs the same job on its own (``networks.tasks``)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from networks.services import send_event_reminders


class Command(BaseCommand):
    help = (
        "E-mail a reminder to every confirmed participant of an event that "
        "starts within KB_EVENT_REMINDER_DAYS days; each gets one reminder."
    )

    def handle(self, *args, **options):
        days = settings.KB_EVENT_REMINDER_DAYS
        self.stdout.write(f"Sending reminders for events starting within {days} days")
        sent = send_event_reminders()
        self.stdout.write(self.style.SUCCESS(f"{sent} reminder(s) sent"))
