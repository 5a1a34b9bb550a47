"""Publishing, unpublishing, moving, restricting and deleting content keeps
every index in step; drafts and private pages are never indexed."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from methods.models import MethodPage
from search.backends import get_search_backend, reset_backends
from search.backends.base import SearchQuery
from search.models import PendingIndexUpdate
from search.registry import registry
from tests import factories


def find(backend, text):
    results = backend.search(SearchQuery(text=text, now=timezone.now(), per_page=50))
    return {hit.title: hit for hit in results.hits}


def new_method(title="Naturterapi for unge med angst"):
    """A draft method: saved, never published."""
    return factories.method_page(
        title=title,
        summary="Unge går ture i naturen med en fast voksen og taler om det, der er svært.",
        purpose="At mindske angst og isolation gennem aktivitet i naturen.",
        target_groups=[factories.target_group()],
        publish=False,
    )


def published_method(on_commit, backend, title="Sammen om kattevenner"):
    """A published method the index already finds."""
    method = on_commit(
        lambda: factories.method_page(
            title=title, target_groups=[factories.target_group()]
        )
    )
    assert title in find(backend, title)
    return method


class IndexLifecycleContract:
    def test_published_page_is_findable_and_draft_is_not(self, backend, on_commit):
        method = on_commit(lambda: new_method())
        assert "Naturterapi for unge med angst" not in find(backend, "naturterapi")

        on_commit(lambda: method.save_revision().publish())
        assert "Naturterapi for unge med angst" in find(backend, "naturterapi")

        method.title = "Naturterapi – kladde med nyt navn"
        on_commit(lambda: method.save_revision())  # a draft, not published
        hits = find(backend, "naturterapi")
        assert "Naturterapi for unge med angst" in hits
        assert "Naturterapi – kladde med nyt navn" not in hits

    def test_unpublished_page_disappears(self, backend, on_commit):
        method = published_method(on_commit, backend)
        on_commit(lambda: method.unpublish())
        assert "Sammen om kattevenner" not in find(backend, "Sammen om kattevenner")

    def test_deleted_page_disappears(self, backend, on_commit):
        method = published_method(on_commit, backend)
        on_commit(lambda: method.delete())
        assert "Sammen om kattevenner" not in find(backend, "Sammen om kattevenner")

    def test_private_page_is_not_findable(self, backend, on_commit):
        method = published_method(on_commit, backend)
        on_commit(
            lambda: PageViewRestriction.objects.create(
                page=method, restriction_type=PageViewRestriction.LOGIN
            )
        )
        assert "Sammen om kattevenner" not in find(backend, "Sammen om kattevenner")

    def test_moved_event_gets_its_new_address(self, backend, on_commit):
        event = on_commit(lambda: factories.theme_day(title="Temadag om kattevenner"))
        network = on_commit(lambda: factories.network_page())
        assert find(backend, event.title)[event.title].url == event.url
        on_commit(lambda: event.move(network, pos="last-child"))
        event.refresh_from_db()
        hit = find(backend, event.title)[event.title]
        assert hit.url == event.url
        assert hit.url.startswith(network.url)

    def test_edited_offer_is_updated(self, backend, on_commit):
        offer = on_commit(lambda: factories.offer())
        assert offer.name not in find(backend, "kattevenner")
        offer.description = "Tilbuddet har nu også et særligt døgnteam for kattevenner."
        on_commit(lambda: offer.save())
        hits = find(backend, "kattevenner")
        assert offer.name in hits

    def test_renamed_target_group_is_found_under_its_new_name(self, backend, on_commit):
        group = factories.target_group()
        methods = [
            on_commit(lambda: factories.method_page(target_groups=[group]))
            for _ in range(2)
        ]
        group.name = "Borgere med autismespektrumforstyrrelse"
        on_commit(lambda: group.save())
        results = backend.search(
            SearchQuery(
                text="autismespektrumforstyrrelse", now=timezone.now(), per_page=100
            )
        )
        assert (
            results.total >= MethodPage.objects.filter(target_groups=group).count() > 0
        )
        assert {m.title for m in methods} <= {hit.title for hit in results.hits}


class TestDatabaseIndexLifecycle(IndexLifecycleContract):
    @pytest.fixture
    def backend_alias(self):
        return "database"


class TestElasticsearchIndexLifecycle(IndexLifecycleContract):
    @pytest.fixture
    def backend_alias(self):
        return "elasticsearch"

    def test_update_while_es_is_down_is_kept_and_retried(
        self, backend, on_commit, settings
    ):
        working = dict(settings.KB_SEARCH_BACKENDS["elasticsearch"])
        settings.KB_SEARCH_BACKENDS = {
            **settings.KB_SEARCH_BACKENDS,
            "elasticsearch": {**working, "URLS": ["http://127.0.0.1:9"], "TIMEOUT": 1},
        }
        reset_backends()
        method = on_commit(lambda: new_method("Hesteterapi for udsatte unge"))
        on_commit(lambda: method.save_revision().publish())  # must not raise
        pending = PendingIndexUpdate.objects.filter(doc_id=f"method-{method.pk}")
        assert pending.filter(backend="elasticsearch").exists()

        settings.KB_SEARCH_BACKENDS = {
            **settings.KB_SEARCH_BACKENDS,
            "elasticsearch": working,
        }
        reset_backends()
        call_command("rebuild_search_index", "--pending", stdout=io.StringIO())

        assert not pending.exists()
        assert "Hesteterapi for udsatte unge" in find(
            get_search_backend("elasticsearch"), "hesteterapi"
        )


def test_events_keep_danish_local_time_in_the_index(db):
    event = factories.theme_day()
    document = registry.build_document(event)
    assert document["date"] == event.start
    assert document["date"].utcoffset() is not None
    assert isinstance(document["event_end"], dt.datetime)
