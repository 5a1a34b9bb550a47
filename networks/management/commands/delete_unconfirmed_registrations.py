"""Delete guests' registrations that were never confirmed (run by cron)."""

from django.core.management.base import BaseCommand

from networks.services import delete_unconfirmed_registrations


class Command(BaseCommand):
    help = (
        "Delete the registrations of guests who did not confirm their e-mail "
        "address within 48 hours; they hold no seat and block nothing."
    )

    def handle(self, *args, **options):
        deleted = delete_unconfirmed_registrations()
        self.stdout.write(
            self.style.SUCCESS(f"{deleted} unconfirmed registration(s) deleted")
        )
