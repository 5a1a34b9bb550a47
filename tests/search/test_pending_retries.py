"""Index updates that Elasticsearch missed while it was down are applied by
the task worker on its own, with a growing pause while the node stays down
and at once when it answers again; nobody runs a command.

"The node is stopped" is simulated by pointing the Elasticsearch backend at
a port on this machine where nothing listens (every connection refused),
and "started" by pointing it back at the real node."""

import re
import socket

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from search.backends import get_search_backend, reset_backends
from search.backends.base import SearchQuery
from search.models import PendingIndexUpdate
from tests import factories

RETRY = "search.index.apply_pending_index_updates"


@pytest.fixture
def backend_alias():
    return "elasticsearch"


@pytest.fixture
def node(settings, use_backend):
    """Stop and start the Elasticsearch node (as the site sees it)."""
    working = dict(settings.KB_SEARCH_BACKENDS["elasticsearch"])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"

    class Node:
        def stop(self):
            self._point_at({**working, "URLS": [closed], "TIMEOUT": 2})

        def start(self):
            self._point_at(working)

        def _point_at(self, params):
            settings.KB_SEARCH_BACKENDS = {
                **settings.KB_SEARCH_BACKENDS,
                "elasticsearch": params,
            }
            reset_backends()

    return Node()


def titles_found(text):
    """What Elasticsearch itself returns for ``text``."""
    results = get_search_backend("elasticsearch").search(
        SearchQuery(text=text, now=timezone.now(), per_page=50)
    )
    return {hit.title for hit in results.hits}


def anonymous_search_links(text):
    """The addresses the search page links to, for someone not logged in."""
    response = Client().get(reverse("search:search"), {"q": text})
    assert response.status_code == 200
    return set(re.findall(r'href="([^"]+)"', response.content.decode()))


@pytest.fixture
def two_methods(on_commit, use_backend):
    titles = ("Hesteterapi for udsatte unge", "Hestevogn for travle forældre")
    methods = [on_commit(lambda t=t: factories.method_page(title=t)) for t in titles]
    for title in titles:
        assert title in titles_found(title)
    return methods


def hide_both_while_the_node_is_down(node, on_commit, methods):
    unpublished, restricted = methods
    node.stop()
    on_commit(lambda: unpublished.unpublish())
    on_commit(
        lambda: PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.LOGIN
        )
    )
    assert set(
        PendingIndexUpdate.objects.filter(backend="elasticsearch").values_list(
            "doc_id", flat=True
        )
    ) == {f"method-{m.pk}" for m in methods}


def test_pages_hidden_while_the_node_was_down_leave_the_index_without_a_command(
    node, two_methods, on_commit, task_worker
):
    urls = [method.url for method in two_methods]
    assert urls[0] in anonymous_search_links(two_methods[0].title)
    hide_both_while_the_node_is_down(node, on_commit, two_methods)
    # A retry waits, after a pause.
    (retry,) = task_worker.waiting(RETRY)
    assert retry.run_after > timezone.now()

    node.start()
    task_worker.let_pauses_pass()
    task_worker.run()

    assert not PendingIndexUpdate.objects.exists()
    for method, url in zip(two_methods, urls, strict=True):
        assert method.title not in titles_found(method.title)
        assert url not in anonymous_search_links(method.title)


def test_while_the_node_stays_down_the_retries_wait_longer(
    node, two_methods, on_commit, task_worker
):
    hide_both_while_the_node_is_down(node, on_commit, two_methods)
    first_pause = task_worker.waiting(RETRY).get().run_after - timezone.now()

    task_worker.let_pauses_pass()
    task_worker.run()  # the node is still down

    assert PendingIndexUpdate.objects.filter(backend="elasticsearch").count() == 2
    retry = task_worker.waiting(RETRY).get()
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after - timezone.now() > first_pause


def test_the_first_update_the_node_takes_again_brings_the_retry_forward(
    node, two_methods, on_commit, task_worker
):
    hide_both_while_the_node_is_down(node, on_commit, two_methods)
    node.start()
    # Someone publishes a page: the node takes it, so what it missed is
    # due at once, ahead of every other task.
    on_commit(lambda: factories.method_page(title="Hestehold for hele familien"))
    assert task_worker.waiting(RETRY).get().run_after <= timezone.now()

    task_worker.run()  # no pause has to pass

    assert not PendingIndexUpdate.objects.exists()
    assert "Hestehold for hele familien" in titles_found("Hestehold for hele familien")
    for method in two_methods:
        assert method.title not in titles_found(method.title)
