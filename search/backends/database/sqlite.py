"""The database backend on SQLite (and any other database without a
dedicated module): words are matched by their Danish snowball stems at word
starts in ``IndexEntry.text_stems`` and ranked in SQL by how many of the
query's words a row contains (:meth:`BaseDatabaseSearchBackend._match_text`)."""

from search.backends.database.base import BaseDatabaseSearchBackend


class SQLiteSearchBackend(BaseDatabaseSearchBackend):
    pass


SearchBackend = SQLiteSearchBackend
