"""Search answered by the database, like ``wagtail.search.backends.database``:
one module per vendor, chosen by ``connection.vendor`` when the backend is
loaded.

- :mod:`.postgres`: a ``tsquery`` per query word (``danish`` stems) over a
  stored, GIN-indexed tsvector;
- :mod:`.sqlite`: Danish snowball stems matched as whole stems (also used on
  any other database).

Both share :mod:`.base` (index rows, facets, autocomplete, related content),
so they return the same results and facet structure.
"""

from django.db import connection

from search.backends.database.base import BaseDatabaseSearchBackend
from search.backends.database.postgres import PostgresSearchBackend
from search.backends.database.sqlite import SQLiteSearchBackend

__all__ = ["SearchBackend", "backend_class_for_vendor"]

BACKENDS_BY_VENDOR = {"postgresql": PostgresSearchBackend}


def backend_class_for_vendor(vendor: str) -> type[BaseDatabaseSearchBackend]:
    return BACKENDS_BY_VENDOR.get(vendor, SQLiteSearchBackend)


def SearchBackend(alias: str, params: dict) -> BaseDatabaseSearchBackend:
    """The backend for the default database's vendor (a factory that
    :func:`search.backends.get_search_backend` calls like a class)."""
    return backend_class_for_vendor(connection.vendor)(alias, params)
