"""Run work at the same moment on separate PostgreSQL connections.

Each thread gets its own connection (Django opens one per thread) and
commits for real, so the rows the threads contend for must be committed
first (:func:`committed`) and deleted again by the test.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from django.db import connection, transaction

from kb.core.exceptions import ActionRefused

TIMEOUT = 60


def own_connection(function):
    """``function`` closing its thread's connection when done."""

    def run(*args):
        try:
            return function(*args)
        finally:
            connection.close()

    return run


def committed(function, *args):
    """Run ``function(*args)`` on a connection of its own (autocommit)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(own_connection(function), *args).result(timeout=TIMEOUT)


def run_in_parallel(action, arguments, *, contended):
    """Run ``action(argument)`` for each argument in its own thread and
    connection, all at once: the row ``contended`` (a queryset of one row)
    is held locked until every thread waits behind that lock, then released.
    Returns each outcome in the order of ``arguments``: ``"ok"`` or the
    refusal's message."""
    locked, release = threading.Event(), threading.Event()

    def gate():
        with transaction.atomic():
            contended.select_for_update().get()
            locked.set()
            release.wait(timeout=TIMEOUT)

    def work(argument):
        try:
            return ("ok", action(argument))
        except ActionRefused as error:
            return (str(error), None)

    with ThreadPoolExecutor(max_workers=len(arguments) + 1) as pool:
        gate_done = pool.submit(own_connection(gate))
        assert locked.wait(timeout=TIMEOUT)
        futures = [pool.submit(own_connection(work), arg) for arg in arguments]
        try:
            wait_for_lock_waiters(len(arguments))
        finally:
            release.set()
        gate_done.result(timeout=TIMEOUT)
        return [future.result(timeout=TIMEOUT) for future in futures]


def wait_for_lock_waiters(count: int) -> None:
    """Until ``count`` connections of this database wait for a lock."""
    deadline = time.monotonic() + TIMEOUT
    with connection.cursor() as cursor:
        while True:
            # Within a transaction PostgreSQL keeps showing the first
            # snapshot of the statistics unless told to take a new one.
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            (waiting,) = cursor.fetchone()
            if waiting >= count or time.monotonic() > deadline:
                assert waiting == count
                return
            time.sleep(0.02)
