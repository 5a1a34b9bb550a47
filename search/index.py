"""Keeping every backend's index in step with the content.

Called by the signal handlers and the rebuild command. A backend that cannot
take an update gets a :class:`PendingIndexUpdate` row and a log line; the
next ``rebuild_search_index`` (or ``--pending``) retries it, so nothing is
lost silently.
"""

import logging

from django.db import transaction

from search.backends import all_backends
from search.backends.base import SearchUnavailable
from search.models import PendingIndexUpdate
from search.registry import registry

logger = logging.getLogger(__name__)


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
