"""The suite runs once per database; this names the one in use, so the
PostgreSQL run can be seen in the output and cannot fall back silently."""

import os

from django.db import connection


def test_database_matches_database_url(db):
    expected = (
        "postgresql"
        if os.environ.get("DATABASE_URL", "").startswith("postgres")
        else "sqlite"
    )
    assert connection.vendor == expected
