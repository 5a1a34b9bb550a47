"""When Elasticsearch is down or too slow, the database answers with a
visible notice, and no page returns 500."""

import socket

import pytest
from django.urls import reverse

from methods.models import MethodPage
from search.backends import reset_backends

NOTICE = "Søgningen kører lige nu i en enklere udgave"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends


@pytest.fixture
def silent_server():
    """Accepts connections and never answers: a hanging Elasticsearch."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield sock.getsockname()[1]
    sock.close()


def point_elasticsearch_at(settings, port, timeout=1):
    settings.KB_SEARCH_BACKENDS = {
        **settings.KB_SEARCH_BACKENDS,
        "elasticsearch": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [f"http://127.0.0.1:{port}"],
            "INDEX": "kb-unreachable",
            "TIMEOUT": timeout,
        },
    }
    settings.KB_SEARCH_DEFAULT = "elasticsearch"
    reset_backends()


@pytest.fixture(params=["stopped", "hanging"])
def elasticsearch_down(request, settings, db):
    if request.param == "stopped":
        point_elasticsearch_at(settings, closed_port())
    else:
        point_elasticsearch_at(
            settings, request.getfixturevalue("silent_server"), timeout=0.5
        )
    yield
    reset_backends()


def test_search_page_answers_from_the_database_with_a_notice(
    client, elasticsearch_down
):
    response = client.get(reverse("search:search"), {"q": "Sammen om Psykiatri"})
    assert response.status_code == 200
    html = response.content.decode()
    assert NOTICE in html
    assert "Sammen om Psykiatri" in html
    assert response.context["results"].backend == "database"


def test_facets_still_work_in_fallback(client, elasticsearch_down):
    response = client.get(reverse("search:search"), {"type": "method"})
    results = response.context["results"]
    assert results.total == MethodPage.objects.live().count()


def test_autocomplete_and_method_pages_survive(client, elasticsearch_down):
    response = client.get(reverse("search:autocomplete"), {"q": "sammen"})
    assert response.status_code == 200
    assert "Sammen om Psykiatri" in [s["label"] for s in response.json()["suggestions"]]
    method = MethodPage.objects.get(slug="sammen-om-psykiatri")
    page = client.get(method.url)
    assert page.status_code == 200
    assert "Relateret indhold" in page.content.decode()


def test_publishing_while_elasticsearch_is_down_still_publishes(
    elasticsearch_down, django_capture_on_commit_callbacks
):
    method = MethodPage.objects.get(slug="sammen-om-psykiatri")
    method.summary = "Ny kort tekst om samarbejdet."
    with django_capture_on_commit_callbacks(execute=True):
        method.save_revision().publish()
    method.refresh_from_db()
    assert method.summary == "Ny kort tekst om samarbejdet."
