"""Shared fixtures.

The demo site is loaded once per test session into the test database, so
every test sees the realistic site a new user gets; each test runs in a
transaction that is rolled back.
"""

import io
import socket

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from accounts.models import EDITOR_GROUP


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from search.backends import get_search_backend

    if "elasticsearch" in settings.KB_SEARCH_BACKENDS:
        # A clean test index; the demo load below fills it through the signals.
        get_search_backend("elasticsearch").delete_all_indices()
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


class TaskWorker:
    """Tasks kept in the database as in production, and the worker that
    runs them (``manage.py run_worker --once``: what waits, then stop)."""

    def run(self):
        call_command("run_worker", "--once", stdout=io.StringIO())

    def waiting(self, task_path):
        return DBTaskResult.objects.filter(
            task_path=task_path, status=TaskResultStatus.READY
        )

    def failed(self, task_path):
        return DBTaskResult.objects.filter(
            task_path=task_path, status=TaskResultStatus.FAILED
        )

    def done(self, task_path):
        return DBTaskResult.objects.filter(
            task_path=task_path, status=TaskResultStatus.SUCCESSFUL
        )

    def let_pauses_pass(self):
        """Time passes: the retries that wait for a pause become due."""
        DBTaskResult.objects.filter(
            status=TaskResultStatus.READY, run_after__gt=timezone.now()
        ).update(run_after=timezone.now())


@pytest.fixture
def task_worker(db, settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # Each test runs in a transaction that is rolled back; the worker's
    # recycling of stale connections would close it under the test.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return TaskWorker()


class MailServer:
    """The mail server of :func:`smtp_down`."""

    def __init__(self, settings):
        self.settings = settings

    def come_back(self):
        """It takes mail again: the worker delivers into ``mail.outbox``."""
        self.settings.KB_EMAIL_DELIVERY_BACKEND = (
            "django.core.mail.backends.locmem.EmailBackend"
        )


@pytest.fixture
def smtp_down(settings):
    """Mail as in production: every message sent by any code is queued
    (Django's test set-up had replaced the queue with memory), and the worker
    delivers by real SMTP, to a port on this machine where nothing listens:
    every connection is refused, as when the mail server is down. Call
    ``smtp_down.come_back()`` to end the outage."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "kb.core.mail.QueuedEmailBackend"
    settings.KB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    return MailServer(settings)


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
