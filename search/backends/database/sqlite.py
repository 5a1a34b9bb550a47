"""The database backend on SQLite (and any other database without a
dedicated module): words are matched by their whole Danish snowball stems
in ``IndexEntry.text_stems`` and ranked in SQL by how many of the
query's words a row contains (:meth:`BaseDatabaseSearchBackend._match_text`).

A search longer than ``KB_SEARCH_TIMEOUT_MS`` is interrupted by a progress
handler (SQLite has no statement timeout)."""

import time
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connection

from search.backends.base import SearchQuery
from search.backends.database.base import BaseDatabaseSearchBackend

# The handler runs every this many virtual machine instructions.
PROGRESS_STEPS = 10_000


class SQLiteSearchBackend(BaseDatabaseSearchBackend):
    @contextmanager
    def _time_limit(self, query: SearchQuery):
        if connection.vendor != "sqlite":
            yield
            return
        connection.ensure_connection()
        deadline = time.monotonic() + settings.KB_SEARCH_TIMEOUT_MS / 1000
        raw = connection.connection
        # A non-zero return interrupts the running statement.
        raw.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        try:
            yield
        finally:
            raw.set_progress_handler(None, PROGRESS_STEPS)

    @staticmethod
    def _is_timeout(exc: OperationalError) -> bool:
        return "interrupted" in str(exc)


SearchBackend = SQLiteSearchBackend
