"""A hung Elasticsearch node must not make every search wait for the
client's timeout: after a few failures the database answers at once, and
Elasticsearch is probed again after a cool-down. The page says which
backend answered."""

import socket
import threading
import time

import pytest
from django.urls import reverse

from search.backends import get_breaker, get_search_backend, reset_backends
from search.backends.breaker import CircuitBreaker
from tests import factories
from tests.search.conftest import require_elasticsearch
from tests.search.test_fallback import NOTICE, point_elasticsearch_at

FROM_DATABASE = "Svaret kom fra databasesøgningen."
FROM_ELASTICSEARCH = "Svaret kom fra søgemaskinen (Elasticsearch)."


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def breaker(clock, **params):
    return CircuitBreaker(
        failures=params.get("failures", 3),
        window=params.get("window", 30),
        cooldown=params.get("cooldown", 60),
        clock=clock,
    )


def test_the_breaker_opens_after_failures_in_the_window_and_probes_after_cooldown():
    clock = Clock()
    b = breaker(clock)
    b.record_failure()
    b.record_failure()
    assert b.allows() and not b.is_open
    b.record_failure()
    assert b.is_open and not b.allows()
    clock.now += 59
    assert not b.allows()
    clock.now += 2
    assert b.allows(), "after the cool-down one search probes the node"
    assert not b.allows(), "only one probe per cool-down"
    b.record_success()
    assert not b.is_open and b.allows()


def test_failures_spread_over_more_than_the_window_do_not_open_it():
    clock = Clock()
    b = breaker(clock)
    for _ in range(5):
        b.record_failure()
        clock.now += 20
    assert not b.is_open and b.allows()


def test_a_failed_probe_opens_the_breaker_for_another_cooldown():
    clock = Clock()
    b = breaker(clock, failures=1)
    b.record_failure()
    clock.now += 61
    assert b.allows()
    b.record_failure()
    assert not b.allows()
    clock.now += 61
    assert b.allows()


@pytest.fixture
def hanging_node():
    """A node that accepts connections and never answers; counts them."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    accepted = []

    def accept():
        while True:
            try:
                conn, _addr = sock.accept()
            except OSError:
                return
            accepted.append(conn)

    threading.Thread(target=accept, daemon=True).start()
    yield sock.getsockname()[1], accepted
    sock.close()
    for conn in accepted:
        conn.close()


def search_page(client, text):
    response = client.get(reverse("search:search"), {"q": text})
    assert response.status_code == 200
    return response.content.decode()


def test_a_hung_node_is_left_alone_after_a_few_timeouts(
    client, settings, db, hanging_node, on_commit
):
    port, accepted = hanging_node
    settings.KB_SEARCH_BREAKER = {"FAILURES": 2, "WINDOW": 60, "COOLDOWN": 600}
    point_elasticsearch_at(settings, port, timeout=0.3)
    on_commit(lambda: factories.method_page(title="Kattevenner i skolen"))
    for _ in range(2):
        html = search_page(client, "kattevenner")
        assert NOTICE in html and FROM_DATABASE in html
    asked = len(accepted)
    assert asked >= 2, "the first searches asked the hung node"
    assert get_breaker("elasticsearch").is_open
    for _ in range(3):
        html = search_page(client, "kattevenner")
        assert "Kattevenner i skolen" in html and FROM_DATABASE in html
    assert len(accepted) == asked, "an open breaker does not ask the node"
    # Autocomplete goes through the same breaker.
    response = client.get(reverse("search:autocomplete"), {"q": "kattev"})
    assert response.json()["suggestions"][0]["label"] == "Kattevenner i skolen"
    assert len(accepted) == asked
    reset_backends()


def test_a_node_that_answers_again_closes_the_breaker(client, settings, db):
    require_elasticsearch()
    settings.KB_SEARCH_BREAKER = {"FAILURES": 2, "WINDOW": 60, "COOLDOWN": 0.2}
    settings.KB_SEARCH_DEFAULT = "elasticsearch"
    reset_backends()
    get_search_backend("elasticsearch").rebuild([], total=0)
    breaker_ = get_breaker("elasticsearch")
    breaker_.record_failure()
    breaker_.record_failure()
    assert FROM_DATABASE in search_page(client, "kattevenner")
    time.sleep(0.3)
    assert FROM_ELASTICSEARCH in search_page(client, "kattevenner")
    assert not breaker_.is_open
    reset_backends()


def test_a_refused_query_does_not_open_the_breaker(settings, db):
    """A 4xx answer means the node is up: one odd query must not send every
    visitor to the database."""
    require_elasticsearch()
    from elasticsearch import BadRequestError

    from search import backends
    from search.backends.base import SearchUnavailable

    settings.KB_SEARCH_BREAKER = {"FAILURES": 1, "WINDOW": 60, "COOLDOWN": 600}
    settings.KB_SEARCH_DEFAULT = "elasticsearch"
    reset_backends()

    def refused(backend):
        if backend.alias == "elasticsearch":
            try:
                backend.client.search(index=backend.index_alias, size=-5)
            except BadRequestError as exc:
                raise SearchUnavailable(str(exc)) from exc
        return "database answered"

    get_search_backend("elasticsearch").rebuild([], total=0)
    assert backends._with_fallback(refused)[0] == "database answered"
    assert not get_breaker("elasticsearch").is_open
    reset_backends()
