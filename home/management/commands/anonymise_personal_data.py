"""Anonymise personal data kept longer than the retention settings (run by
cron or the task worker)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from home.personal_data import anonymise_personal_data


class Command(BaseCommand):
    help = (
        "Anonymise registrations of theme days that ended more than "
        "KB_RETENTION_DAYS_REGISTRATIONS days ago, and clear case descriptions "
        "and rating comments of bookings that ended more than "
        "KB_RETENTION_DAYS_BOOKINGS days ago. The counts the activity report "
        "uses are kept. Safe to run as often as you like."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count what would be anonymised; change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        self.stdout.write(
            "Retention: registrations "
            f"{settings.KB_RETENTION_DAYS_REGISTRATIONS} days after the event, "
            f"bookings {settings.KB_RETENTION_DAYS_BOOKINGS} days after the visit"
        )
        result = anonymise_personal_data(dry_run=dry_run)
        verb = "would be anonymised" if dry_run else "anonymised"
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.registrations} registration(s) and "
                f"{result.bookings} booking(s) {verb}"
            )
        )
