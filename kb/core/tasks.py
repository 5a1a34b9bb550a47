"""Background tasks: the small kit around django-tasks that the apps share.

Tasks are stored in the database (``django_tasks_db.DatabaseBackend``, the
``TASKS`` setting) and run by ``manage.py run_worker``, which also enqueues
the periodic jobs of ``KB_PERIODIC_TASKS``. django-tasks has neither retries
nor a scheduler, so both live here: :func:`backoff` says how long to wait
before the next attempt, :func:`enqueue_once` keeps one waiting copy of a job
(and pulls it forward when it is wanted sooner), and :func:`run_due_periodic`
is what the worker calls between batches.

A task that tries again on its own (e-mail) raises :class:`RetryScheduled`
from an attempt whose successor already waits, so only a task that was given
up counts as failed for good (:mod:`kb.core.failed_tasks`). Each task has a
name in Danish (:func:`name_task`) for the administrators' screen of failed
tasks.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)


class RetryScheduled(Exception):
    """Raised (``from`` the real error) by an attempt that failed after it
    queued the next attempt: the task table records the attempt as failed,
    with the cause in its traceback, yet nothing is lost or needs a person."""


#: Dotted task path → its name in Danish (filled by :func:`name_task`).
_TASK_NAMES: dict[str, str] = {}


def name_task(task, name) -> None:
    """Give ``task`` a name in Danish for the administrators (a lazy
    translation); tasks without one are shown by their function's name."""
    _TASK_NAMES[task.module_path] = name


def task_name(task_path: str) -> str:
    """The Danish name of the task at ``task_path`` (its module is imported,
    so the name it registers is known)."""
    if task_path not in _TASK_NAMES:
        try:
            import_string(task_path)
        except ImportError:
            pass
    return str(_TASK_NAMES.get(task_path, task_path.rsplit(".", 1)[-1]))


def backoff(attempt: int, *, first: float, cap: float) -> dt.timedelta:
    """The wait before attempt ``attempt + 1``: ``first`` seconds, doubling
    with each failed attempt, never more than ``cap`` seconds."""
    return dt.timedelta(seconds=min(first * 2 ** max(attempt - 1, 0), cap))


def stores_tasks(task) -> bool:
    """Whether ``task`` is kept in the database until a worker runs it (and
    so can wait, be deferred and be counted); the test settings run tasks at
    once instead."""
    return isinstance(task.get_backend(), DatabaseBackend)


def _stored_tasks():
    return apps.get_model("django_tasks_database", "DBTaskResult").objects


def _waiting(task):
    return _stored_tasks().filter(
        task_path=task.module_path, status=TaskResultStatus.READY
    )


def enqueue_once(
    task,
    *args,
    run_after: dt.datetime | None = None,
    bring_forward: bool = True,
    **kwargs,
):
    """Enqueue ``task`` unless a copy already waits; a waiting copy due later
    than ``run_after`` (``None``: now) is brought forward instead, unless
    ``bring_forward`` is false (it then keeps its own time). For jobs
    whose every run does the whole work (retrying what is pending), so many
    triggers make one run, never a pile. A backend that runs tasks at once
    (the tests') cannot wait, so a deferred job is then left out."""
    if not stores_tasks(task):
        return None if run_after is not None else task.enqueue(*args, **kwargs)
    when = run_after or timezone.now()
    waiting = _waiting(task)
    if waiting.exists():
        if bring_forward:
            waiting.filter(run_after__gt=when).update(run_after=when)
        return None
    if run_after is not None:
        task = task.using(run_after=run_after)
    return task.enqueue(*args, **kwargs)


def pending_count() -> int:
    """Tasks waiting for the worker (0 when tasks are not stored)."""
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return 0
    return _stored_tasks().filter(status=TaskResultStatus.READY).count()


def run_due_periodic(last_run: dict[str, float], now: float) -> None:
    """Enqueue each job of ``KB_PERIODIC_TASKS`` (dotted path → seconds)
    whose interval has passed since ``last_run`` (updated in place); a job
    still waiting from the last round is not enqueued twice."""
    for path, interval in settings.KB_PERIODIC_TASKS.items():
        if now - last_run.get(path, float("-inf")) < interval:
            continue
        last_run[path] = now
        try:
            enqueue_once(import_string(path))
        except Exception:
            logger.exception("Could not enqueue the periodic task %s", path)
