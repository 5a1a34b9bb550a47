"""Run the background tasks, and enqueue the periodic ones on time."""

import time

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks_db.management.commands.db_worker import Worker

from kb.core.tasks import run_due_periodic


class Command(BaseCommand):
    help = (
        "Runs the tasks waiting in the database (e-mail, search index retries, "
        "Wagtail's own) and enqueues the periodic jobs of KB_PERIODIC_TASKS "
        "(reminders) when they are due. django-tasks' db_worker, plus that "
        "small scheduler. Stop it with SIGTERM or Ctrl+C; a running task is "
        "finished first. Run it with --once to work off what waits and stop."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds to wait when no task is ready (default: 1).",
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help="Enqueue the due periodic jobs, run every ready task, then exit.",
        )

    def handle(self, *args, interval=1.0, once=False, **options):
        worker = Worker(
            queue_names=[DEFAULT_TASK_QUEUE_NAME],
            interval=0,
            batch=True,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        if not once:
            worker.configure_signals()
            self.stdout.write("Opgave-arbejderen kører. Stop med Ctrl+C.")
        last_run: dict[str, float] = {}
        while worker.running:
            run_due_periodic(last_run, time.monotonic())
            worker.run()  # every ready task, then back here
            if once:
                return
            time.sleep(interval)
