"""Tasks that failed for good, and sending them again.

A task fails for good when its last attempt raised and nothing will try it
again: an e-mail given up after :data:`kb.core.mail.MAX_ATTEMPTS`, a job
that crashed. An attempt that queued its own successor raised
:class:`kb.core.tasks.RetryScheduled` and does not count. Administrators see
the failed tasks under Settings → Mislykkede opgaver
(:mod:`kb.core.admin_views`), operators with ``manage.py
retry_failed_tasks``; both send them again through :func:`retry_failed_task`,
which queues a fresh task (its attempts start over), removes the failed row
and writes who did it into Wagtail's audit log.

The recipients of an e-mail are personal data: :func:`may_see_recipients`
decides who is shown the addresses rather than their number.
"""

from __future__ import annotations

import datetime as dt
import inspect
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import TaskResultStatus
from wagtail.log_actions import log

from kb.core.mail import deliver_mail
from kb.core.models import FailedTask
from kb.core.tasks import RetryScheduled, task_name

#: The permission that opens the screen and the command to a non-superuser.
RETRY_PERMISSION = "core.retry_failedtask"
RETRIED = "kb.task.retried"
_RETRY_SCHEDULED = f"{RetryScheduled.__module__}.{RetryScheduled.__qualname__}"
#: The longest error shown in a row.
ERROR_LENGTH = 160


def may_retry(user) -> bool:
    """Superusers and holders of :data:`RETRY_PERMISSION`."""
    return user.is_active and user.has_perm(RETRY_PERMISSION)


def may_see_recipients(user) -> bool:
    """Those who manage the users (and so see their addresses anyway) see
    whom a failed e-mail was for; others only how many."""
    return user.is_active and user.has_perm("auth.change_user")


def given_up(
    *,
    task: str = "",
    failed_after: dt.datetime | None = None,
    failed_before: dt.datetime | None = None,
):
    """The tasks that failed for good, newest first; ``task`` keeps those
    whose dotted path is ``task`` or ends with ``.task`` (``deliver_mail``)."""
    tasks = FailedTask.objects.filter(status=TaskResultStatus.FAILED).exclude(
        exception_class_path=_RETRY_SCHEDULED
    )
    if task:
        tasks = tasks.filter(task_path__in=_paths_named(task, tasks))
    if failed_after:
        tasks = tasks.filter(finished_at__gte=failed_after)
    if failed_before:
        tasks = tasks.filter(finished_at__lt=failed_before)
    return tasks.order_by("-finished_at", "pk")


def _paths_named(name: str, tasks) -> list[str]:
    paths = tasks.values_list("task_path", flat=True).distinct()
    return [path for path in paths if path == name or path.endswith(f".{name}")]


@dataclass(frozen=True)
class FailedTaskView:
    """What a person needs to know of one failed task."""

    task: FailedTask
    name: str  # the task's name in Danish ("E-mail")
    title: str  # the name and what it was about, without personal data
    recipients: list[str] = field(default_factory=list)
    attempts: int = 1
    #: Arguments for a fresh start, or None when the task no longer exists.
    fresh_arguments: tuple[list, dict] | None = None

    @property
    def failed_at(self) -> dt.datetime | None:
        return self.task.finished_at

    @property
    def error(self) -> str:
        return short_error(self.task.traceback, self.task.exception_class_path)

    @property
    def can_retry(self) -> bool:
        return self.fresh_arguments is not None


def short_error(traceback: str, exception_class_path: str = "") -> str:
    """The traceback's last line ("ConnectionRefusedError: [Errno 111] …"),
    cut to :data:`ERROR_LENGTH` characters."""
    lines = [line.strip() for line in traceback.splitlines() if line.strip()]
    error = lines[-1] if lines else exception_class_path.rsplit(".", 1)[-1]
    if len(error) > ERROR_LENGTH:
        error = error[: ERROR_LENGTH - 1] + "…"
    return error


def describe(task: FailedTask) -> FailedTaskView:
    name = task_name(task.task_path)
    arguments = _bound_arguments(task)
    if arguments is None:
        return FailedTaskView(task=task, name=name, title=name)
    # Self-retrying tasks count their attempts in "attempt"; a fresh task
    # starts from the first again.
    attempts = arguments.pop("attempt", 1)
    fresh = ([], arguments)
    if task.task_path != deliver_mail.module_path:
        return FailedTaskView(
            task=task, name=name, title=name, attempts=attempts, fresh_arguments=fresh
        )
    message = arguments["message"]
    recipients = [*message["to"], *message["cc"], *message["bcc"]]
    count = len(recipients)
    title = ngettext(
        "%(name)s «%(subject)s» til %(count)s modtager",
        "%(name)s «%(subject)s» til %(count)s modtagere",
        count,
    ) % {"name": name, "subject": message["subject"], "count": count}
    return FailedTaskView(
        task=task,
        name=name,
        title=title,
        recipients=recipients,
        attempts=attempts,
        fresh_arguments=fresh,
    )


def _bound_arguments(task: FailedTask) -> dict | None:
    """The task's arguments by parameter name, or None when its function
    is gone or no longer takes them."""
    try:
        function = import_string(task.task_path).func
        stored = task.args_kwargs
        bound = inspect.signature(function).bind(*stored["args"], **stored["kwargs"])
    except (ImportError, AttributeError, KeyError, TypeError):
        return None
    return dict(bound.arguments)


def retry_failed_task(task: FailedTask, *, by=None) -> bool:
    """Queue ``task`` again as a fresh task (an e-mail gets all its attempts
    again), remove the failed row and log it (``kb.task.retried``, by ``by``;
    None is the command line). False when someone sent it again first, or
    its task no longer exists."""
    with transaction.atomic():
        row = given_up().select_for_update().filter(pk=task.pk).first()
        if row is None:
            return False
        view = describe(row)
        if not view.can_retry:
            return False
        args, kwargs = view.fresh_arguments
        import_string(row.task_path).using(
            priority=row.priority, queue_name=row.queue_name
        ).enqueue(*args, **kwargs)
        log(
            instance=row,
            action=RETRIED,
            user=by,
            title=view.title,
            data={
                "task": view.title,
                "attempts": view.attempts,
                "failed_at": timezone.localtime(row.finished_at).isoformat()
                if row.finished_at
                else "",
                "error": view.error,
            },
            deleted=True,
        )
        row.delete()
    return True


def retry_failed_tasks(tasks, *, by=None, progress=None) -> int:
    """:func:`retry_failed_task` for each of ``tasks``; ``progress(done,
    total)`` after each. Returns how many were queued again."""
    tasks = list(tasks)
    queued = 0
    for done, task in enumerate(tasks, start=1):
        queued += retry_failed_task(task, by=by)
        if progress:
            progress(done, len(tasks))
    return queued


def summary(count: int) -> str:
    return ngettext(
        "%(count)s opgave er sat i kø igen.",
        "%(count)s opgaver er sat i kø igen.",
        count,
    ) % {"count": count}


def nothing_retried() -> str:
    return _(
        "Ingen af de valgte opgaver blev sat i kø igen: de er allerede sendt "
        "igen, eller opgaven findes ikke længere."
    )
