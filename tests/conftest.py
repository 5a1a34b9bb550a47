"""Shared fixtures.

The demo site is loaded once per test session into the test database, so
every test sees the realistic site a new user gets; each test runs in a
transaction that is rolled back.
"""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from accounts.models import EDITOR_GROUP


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from search.backends import get_search_backend

    if "elasticsearch" in settings.KB_SEARCH_BACKENDS:
        # A clean test index; the demo load below fills it through the signals.
        get_search_backend("elasticsearch").delete_all_indices()
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        username="redaktoer", email="redaktoer@example.dk", password="hemmelig-kode-123"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def editor(db):
    """A member of the editors group (Wagtail's "Editors", renamed): can
    edit pages, not settings or the vocabularies."""
    user = get_user_model().objects.create_user(
        username="fagperson", email="fagperson@example.dk", password="hemmelig-kode-123"
    )
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def pytest_report_header(config):
    elasticsearch = settings.KB_SEARCH_BACKENDS.get("elasticsearch", {}).get("URLS")
    return [
        f"database: {settings.DATABASES['default']['ENGINE']}",
        f"elasticsearch: {elasticsearch or 'NOT CONFIGURED (its tests are skipped)'}",
    ]
