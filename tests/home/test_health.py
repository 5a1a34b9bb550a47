"""/sundhed/ tells a load balancer whether this instance can serve: the
database must answer (else 503); Elasticsearch down is degraded search, not
an outage (still 200, but said). No host names or settings, never cached."""

import json
import socket

import pytest
from django.conf import settings as django_settings
from django.core.mail import EmailMessage
from django.db import OperationalError, connection
from django.urls import reverse

from kb.core.mail import send_message
from search.backends import reset_backends


def health(client):
    response = client.get(reverse("home:health"))
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    return response, json.loads(response.content)


def assert_no_secrets(response):
    body = response.content.decode()
    for backend in django_settings.KB_SEARCH_BACKENDS.values():
        for url in backend.get("URLS", []):
            assert url not in body
    assert "127.0.0.1" not in body and "localhost" not in body
    assert django_settings.DATABASES["default"]["NAME"] not in body


@pytest.fixture
def elasticsearch_configured():
    if "elasticsearch" not in django_settings.KB_SEARCH_BACKENDS:
        pytest.skip("Elasticsearch is not configured (ELASTICSEARCH_URL)")


def test_everything_answers(client, db, elasticsearch_configured):
    reset_backends()
    response, body = health(client)
    assert response.status_code == 200
    assert body == {"database": "ok", "elasticsearch": "ok", "tasks": 0}
    assert_no_secrets(response)


def test_elasticsearch_down_is_degraded_not_down(
    client, db, settings, elasticsearch_configured
):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    settings.KB_SEARCH_BACKENDS = {
        **settings.KB_SEARCH_BACKENDS,
        "elasticsearch": {
            **settings.KB_SEARCH_BACKENDS["elasticsearch"],
            "URLS": [closed],
        },
    }
    response, body = health(client)
    assert response.status_code == 200
    assert body["database"] == "ok"
    assert body["elasticsearch"] == "unavailable"
    assert closed not in response.content.decode()


def test_database_search_only(client, db, settings):
    settings.KB_SEARCH_DEFAULT = "database"
    response, body = health(client)
    assert response.status_code == 200
    assert body["elasticsearch"] == "not configured"


def test_counts_the_tasks_that_wait(client, task_worker, smtp_down):
    send_message(EmailMessage("Hej", "Tekst", to=["a@example.dk"]))
    send_message(EmailMessage("Hej", "Tekst", to=["b@example.dk"]))
    response, body = health(client)
    assert body["tasks"] == 2


def test_database_down_is_an_outage(client, db, monkeypatch):
    # The test database cannot really be stopped under the running test;
    # its cursor fails as a lost connection does.
    def lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    with monkeypatch.context() as patch:
        patch.setattr(connection, "cursor", lost)
        response, body = health(client)
    assert response.status_code == 503
    assert body["database"] == "unavailable"
    assert "server closed" not in response.content.decode()
