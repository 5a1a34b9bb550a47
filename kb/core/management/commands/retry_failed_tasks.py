"""Send the tasks that failed for good again (after a mail server outage,
say): the operators' side of Settings → Mislykkede opgaver."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from kb.core import failed_tasks
from kb.core.progress import progress_bar


class Command(BaseCommand):
    help = (
        "Queues the tasks that failed for good (e-mails given up after all their "
        "attempts, jobs that crashed) again as fresh tasks, removes the failed "
        "rows and logs it in Wagtail's audit log; the worker (run_worker) then "
        "runs them. The same as «Send igen» under Settings → Mislykkede opgaver."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only list what would be sent again; change nothing.",
        )
        parser.add_argument(
            "--task",
            default="",
            help=(
                "Only this task: its dotted path or its function's name "
                "(e.g. deliver_mail for e-mails)."
            ),
        )
        parser.add_argument(
            "--failed-within-hours",
            type=float,
            default=None,
            help="Only tasks that failed within the last N hours.",
        )
        parser.add_argument(
            "--failed-hours-ago",
            type=float,
            default=None,
            help="Only tasks that failed at least N hours ago.",
        )

    def handle(
        self,
        *args,
        dry_run=False,
        task="",
        failed_within_hours=None,
        failed_hours_ago=None,
        **options,
    ):
        now = timezone.now()
        for value in (failed_within_hours, failed_hours_ago):
            if value is not None and value < 0:
                raise CommandError("Antal timer skal være 0 eller mere.")
        tasks = list(
            failed_tasks.given_up(
                task=task,
                failed_after=_hours_before(now, failed_within_hours),
                failed_before=_hours_before(now, failed_hours_ago),
            )
        )
        if not tasks:
            self.stdout.write("Ingen mislykkede opgaver passer.")
            return
        self.stdout.write(
            f"{len(tasks)} mislykkede opgave(r)"
            + (" ville blive sendt igen (--dry-run):" if dry_run else " sendes igen:")
        )
        for task_row in tasks:
            view = failed_tasks.describe(task_row)
            failed_at = (
                timezone.localtime(view.failed_at).strftime("%Y-%m-%d %H:%M")
                if view.failed_at
                else "?"
            )
            self.stdout.write(
                f"  {failed_at}  {view.title}  ({view.attempts} forsøg): {view.error}"
            )
        if dry_run:
            return
        queued = failed_tasks.retry_failed_tasks(
            tasks, progress=progress_bar(self.stdout)
        )
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(f"{queued} af {len(tasks)} opgave(r) sat i kø igen.")
        )


def _hours_before(now, hours: float | None) -> dt.datetime | None:
    return None if hours is None else now - dt.timedelta(hours=hours)
