"""Keeping every backend's index in step with the content.

Called by the signal handlers and the rebuild command. A backend that cannot
take an update gets a :class:`PendingIndexUpdate` row and a log line, and a
retry is scheduled (:func:`apply_pending_index_updates`, a background task):
the task worker applies the pending
updates with a growing pause while the backend stays down, and at once, ahead
of its other tasks, as soon as any update reaches that backend again. So a
page made private while Elasticsearch was down leaves its index without
anyone running a command; ``rebuild_search_index`` (or ``--pending``) does
the same by hand.
"""

import logging
from contextvars import ContextVar

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from kb.core.tasks import backoff, enqueue_once, name_task
from search.backends import all_backends
from search.backends.base import SearchUnavailable
from search.models import PendingIndexUpdate
from search.registry import registry

logger = logging.getLogger(__name__)

#: Pauses between retries while a backend stays down: 30 s, doubling, at
#: most 10 minutes.
FIRST_RETRY_SECONDS = 30
LONGEST_PAUSE_SECONDS = 10 * 60

#: Set while pending updates are applied, so those updates do not schedule
#: yet another retry of themselves.
_applying_pending = ContextVar("applying_pending", default=False)


def _apply(action: str, doc_id: str, document: dict | None) -> None:
    for backend in all_backends():
        try:
            if action == PendingIndexUpdate.Action.INDEX:
                backend.index_document(document)
            else:
                backend.remove_document(doc_id)
        except SearchUnavailable as exc:
            logger.error(
                "Search index update failed (%s %s on %s): %s",
                action,
                doc_id,
                backend.alias,
                exc,
            )
            PendingIndexUpdate.objects.create(
                backend=backend.alias,
                doc_id=doc_id,
                action=action,
                error=str(exc)[:2000],
            )
            if not _applying_pending.get():
                schedule_retry()
        else:
            if (
                not _applying_pending.get()
                and PendingIndexUpdate.objects.filter(backend=backend.alias).exists()
            ):
                # The backend is back: what it missed comes first.
                schedule_retry(now=True)


def apply_pending(aliases: list[str] | None = None) -> int:
    """Apply the stored updates of the backends ``aliases`` (default: all)
    from the content as it is now: a document that may be found is indexed,
    anything else is removed. An update that fails again is stored again,
    and the rest are left for the next attempt (a backend that is down would
    make each of them wait for its timeout). Returns how many updates still
    wait."""
    aliases = aliases or [backend.alias for backend in all_backends()]
    pending = PendingIndexUpdate.objects.filter(backend__in=aliases)
    token = _applying_pending.set(True)
    try:
        for doc_id in sorted(set(pending.values_list("doc_id", flat=True))):
            obj = registry.object_for_document_id(doc_id)
            PendingIndexUpdate.objects.filter(
                doc_id=doc_id, backend__in=aliases
            ).delete()
            if obj is None:
                _apply(PendingIndexUpdate.Action.REMOVE, doc_id, None)
            else:
                update_object(obj)
            if PendingIndexUpdate.objects.filter(
                doc_id=doc_id, backend__in=aliases
            ).exists():
                break  # still down: the rest waits for the next attempt
    finally:
        _applying_pending.reset(token)
    return pending.count()


def update_object(obj) -> None:
    """Index ``obj`` if it may be found, otherwise make sure it is gone."""
    doc_id = registry.document_id(obj)
    if doc_id is None:
        return
    if registry.is_indexable(obj):
        _apply(PendingIndexUpdate.Action.INDEX, doc_id, registry.build_document(obj))
    else:
        _apply(PendingIndexUpdate.Action.REMOVE, doc_id, None)


def update_on_commit(obj) -> None:
    """Index after the surrounding transaction commits, so a rolled-back
    change never reaches the index."""
    transaction.on_commit(lambda: update_object(obj))


def remove_on_commit(obj) -> None:
    doc_id = registry.document_id(obj)
    if doc_id is not None:
        transaction.on_commit(
            lambda: _apply(PendingIndexUpdate.Action.REMOVE, doc_id, None)
        )


# Before every other task (e-mail, reminders): until the pending updates are
# applied, the index may still show what has become private.
@task(priority=100)
def apply_pending_index_updates(attempt: int = 1) -> int:
    """Apply the stored updates (:func:`search.index.apply_pending`); if a
    backend is still down, try again after a pause that grows with each
    attempt. Returns how many updates still wait."""
    left = apply_pending()
    if left:
        schedule_retry(attempt + 1)
    return left


name_task(apply_pending_index_updates, _("Opdatering af søgeindekset"))


def schedule_retry(attempt: int = 1, *, now: bool = False) -> None:
    """Make sure a retry waits: after the backoff for ``attempt`` (a retry
    that already waits keeps its time, so edits made while the backend is
    down do not shorten the pause), or at once (``now``) when a backend just
    answered again."""
    run_after = None
    if not now:
        pause = backoff(attempt, first=FIRST_RETRY_SECONDS, cap=LONGEST_PAUSE_SECONDS)
        run_after = timezone.now() + pause
    enqueue_once(
        apply_pending_index_updates,
        attempt=attempt,
        run_after=run_after,
        bring_forward=now,
    )
