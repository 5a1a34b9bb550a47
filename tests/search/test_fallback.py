"""When Elasticsearch is down or too slow, the database answers with a
visible notice, and no page returns 500."""

import socket

import pytest
from django.urls import reverse

from methods.models import MethodPage
from search.backends import get_search_backend, reset_backends
from search.backends.elasticsearch.mapping import MAPPING_VERSION
from tests import factories
from tests.search.conftest import rebuild, require_elasticsearch

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


@pytest.fixture
def methods(elasticsearch_down, django_capture_on_commit_callbacks):
    """Two published methods about the same target group, indexed (in the
    database) while Elasticsearch is down."""
    group = factories.target_group()
    with django_capture_on_commit_callbacks(execute=True):
        return [
            factories.method_page(title=title, target_groups=[group])
            for title in ("Sammen om kattevenner", "Kattevenner i fællesskab")
        ]


def test_search_page_answers_from_the_database_with_a_notice(client, methods):
    response = client.get(reverse("search:search"), {"q": "Sammen om kattevenner"})
    assert response.status_code == 200
    html = response.content.decode()
    assert NOTICE in html
    assert "Sammen om kattevenner" in html
    assert response.context["results"].backend == "database"


def test_facets_still_work_in_fallback(client, methods):
    response = client.get(reverse("search:search"), {"type": "method"})
    results = response.context["results"]
    assert results.total == MethodPage.objects.live().count()


def test_autocomplete_and_method_pages_survive(client, methods):
    response = client.get(reverse("search:autocomplete"), {"q": "kattevenn"})
    assert response.status_code == 200
    assert "Sammen om kattevenner" in [
        s["label"] for s in response.json()["suggestions"]
    ]
    method = methods[0]
    page = client.get(method.url)
    assert page.status_code == 200
    assert "Relateret indhold" in page.content.decode()


def test_publishing_while_elasticsearch_is_down_still_publishes(
    elasticsearch_down, django_capture_on_commit_callbacks
):
    method = factories.method_page(target_groups=[factories.target_group()])
    method.summary = "Ny kort tekst om samarbejdet."
    with django_capture_on_commit_callbacks(execute=True):
        method.save_revision().publish()
    method.refresh_from_db()
    assert method.summary == "Ny kort tekst om samarbejdet."


def test_an_index_built_with_an_older_mapping_is_not_searched(
    client, settings, db, django_capture_on_commit_callbacks
):
    """After an upgrade that changed the mapping, the old index would find
    nothing: the database answers (with the notice) until it is rebuilt."""
    require_elasticsearch()
    settings.KB_SEARCH_DEFAULT = "elasticsearch"
    reset_backends()
    with django_capture_on_commit_callbacks(execute=True):
        factories.method_page(title="Sammen om kattevenner")  # both indexes
    backend = get_search_backend()
    rebuild(backend)
    (index,) = backend.client.indices.get_mapping(index=backend.index_alias)
    backend.client.indices.put_mapping(
        index=index, meta={"kb_mapping_version": MAPPING_VERSION - 1}
    )
    reset_backends()

    response = client.get(reverse("search:search"), {"q": "kattevenner"})
    assert response.context["results"].backend == "database"
    assert NOTICE in response.content.decode()
    assert "Sammen om kattevenner" in response.content.decode()

    rebuild(get_search_backend())
    response = client.get(reverse("search:search"), {"q": "kattevenner"})
    assert response.context["results"].backend == "elasticsearch"
    assert NOTICE not in response.content.decode()
    assert "Sammen om kattevenner" in response.content.decode()
    reset_backends()
