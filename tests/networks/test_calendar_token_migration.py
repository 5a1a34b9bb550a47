"""Migration 0006 hashes the plain calendar tokens in place, so the
addresses members subscribed to before it keep working."""

import importlib

from django.db import connection, migrations
from django.db.migrations.loader import MigrationLoader
from django.test import Client
from django.urls import reverse

from kb.core.tokens import hash_token, new_token
from networks.models import NetworkMembership
from tests import factories
from tests.networks.conftest import make_user

MIGRATION = importlib.import_module(
    "networks.migrations.0006_hash_member_calendar_tokens"
)


def state_apps():
    """The models as migration 0006 sees them (the field already renamed)."""
    loader = MigrationLoader(connection)
    return loader.project_state(("networks", "0006_hash_member_calendar_tokens")).apps


def test_operations_rename_then_hash():
    rename, alter, data = MIGRATION.Migration.operations
    assert isinstance(rename, migrations.RenameField)
    assert (rename.old_name, rename.new_name) == (
        "calendar_token",
        "calendar_token_hash",
    )
    assert isinstance(alter, migrations.AlterField) and alter.field.null
    assert isinstance(data, migrations.RunPython)
    assert data.code is MIGRATION.hash_plain_tokens


def test_old_plain_tokens_still_open_the_feed_after_the_data_step(db):
    network = factories.network_page()
    old = new_token()
    member = NetworkMembership.objects.create(
        network=network, user=make_user("gammel"), status="member"
    )
    no_address = NetworkMembership.objects.create(
        network=network, user=make_user("ny"), status="member"
    )
    # What 0005 left in the (renamed) column: the token in plain text.
    NetworkMembership.objects.filter(pk=member.pk).update(calendar_token_hash=old)
    url = reverse("networks:ical_member", args=[old])
    assert Client().get(url).status_code == 404  # plain text no longer matches

    MIGRATION.hash_plain_tokens(state_apps(), None)

    member.refresh_from_db()
    no_address.refresh_from_db()
    assert member.calendar_token_hash == hash_token(old)
    assert no_address.calendar_token_hash is None
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_backwards_issues_new_plain_tokens(db):
    network = factories.network_page()
    member = NetworkMembership.objects.create(
        network=network, user=make_user("tilbage"), status="member"
    )
    MIGRATION.issue_plain_tokens(state_apps(), None)
    member.refresh_from_db()
    assert len(member.calendar_token_hash) == 43
