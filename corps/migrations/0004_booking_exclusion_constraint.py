"""No two busy bookings of one specialist may overlap: enforced by the
database on PostgreSQL with an exclusion constraint over the time range
``[start, end)`` (touching periods allowed).

The constraint is added by the schema editor only on PostgreSQL and is not
part of the model state, so the migration is a no-op on SQLite (where the
locking check in corps.services is the guard) and ``makemigrations`` sees
no change on either database. BtreeGistExtension is itself a no-op on other
databases; it is needed for ``=`` on the specialist id in a GiST index.
"""

from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import (
    DateTimeRangeField,
    RangeBoundary,
    RangeOperators,
)
from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations
from django.db.models import Func, Q

CONSTRAINT_NAME = "corps_booking_no_overlap"


class TsTzRange(Func):
    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


class BtreeGistOnPostgreSQL(BtreeGistExtension):
    """Creates btree_gist on PostgreSQL; going back leaves it installed (other
    constraints may use it) and does nothing on other databases."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


def no_overlap_constraint():
    return ExclusionConstraint(
        name=CONSTRAINT_NAME,
        expressions=[
            (TsTzRange("start", "end", RangeBoundary()), RangeOperators.OVERLAPS),
            ("specialist", RangeOperators.EQUAL),
        ],
        condition=Q(status__in=["accepted", "completed"]),
        violation_error_message="Specialisten er allerede booket i perioden.",
    )


def add_constraint(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("corps", "BookingRequest")
    schema_editor.add_constraint(model, no_overlap_constraint())


def remove_constraint(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("corps", "BookingRequest")
    schema_editor.remove_constraint(model, no_overlap_constraint())


class Migration(migrations.Migration):

    dependencies = [
        ("corps", "0003_bookings_and_memberships"),
    ]

    operations = [
        BtreeGistOnPostgreSQL(),
        migrations.RunPython(add_constraint, remove_constraint, elidable=False),
    ]
