"""Background jobs of search: retrying index updates that failed."""

from django.utils import timezone
from django_tasks import task

from kb.core.tasks import backoff, enqueue_once

#: Pauses between retries while a backend stays down: 30 s, doubling, at
#: most 10 minutes.
FIRST_RETRY_SECONDS = 30
LONGEST_PAUSE_SECONDS = 10 * 60


# Before every other task (e-mail, reminders): until the pending updates are
# applied, the index may still show what has become private.
@task(priority=100)
def apply_pending_index_updates(attempt: int = 1) -> int:
    """Apply the stored updates (:func:`search.index.apply_pending`); if a
    backend is still down, try again after a pause that grows with each
    attempt. Returns how many updates still wait."""
    from search.index import apply_pending

    left = apply_pending()
    if left:
        schedule_retry(attempt + 1)
    return left


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
