"""The access matrix's world, built once per module.

Building it for each of the several hundred cases would take minutes, so it
is built once inside an outer transaction that is rolled back when the
module ends; each test runs in its own savepoint within it (pytest-django's
``db``), so what one case changes never reaches the next.
"""

import tempfile

import pytest
from django.db import transaction
from django.test import override_settings

from tests.security.world import build_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with (
        tempfile.TemporaryDirectory() as private_media,
        override_settings(PRIVATE_MEDIA_ROOT=private_media),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield build_world()
        transaction.set_rollback(True)
