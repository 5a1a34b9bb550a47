"""Search never shows what the database says may not be found: a page
unpublished or restricted while the index could not be updated is dropped
from results, autocomplete and related content, and removed from the index
that still had it."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from methods.models import MethodPage
from search.backends import reset_backends
from tests import factories
from tests.search.test_fallback import closed_port


def titles(client, text):
    response = client.get(reverse("search:search"), {"q": text})
    assert response.status_code == 200
    return [hit.title for hit in response.context["results"].hits], response


def suggested(client, text):
    response = client.get(reverse("search:autocomplete"), {"q": text})
    return [s["label"] for s in response.json()["suggestions"]]


@pytest.fixture
def three_methods(db, on_commit):
    group = factories.target_group()
    return on_commit(
        lambda: [
            factories.method_page(title=title, target_groups=[group])
            for title in (
                "Kattevenner offentlig",
                "Kattevenner kladde",
                "Kattevenner lukket",
            )
        ]
    )


@pytest.mark.parametrize("backend_alias", ["database", "elasticsearch"])
def test_hits_the_database_no_longer_allows_are_dropped_and_removed(
    client, three_methods, use_backend
):
    public, draft, restricted = three_methods
    # Behind the index's back: no signal, so the index still has them.
    MethodPage.objects.filter(pk=draft.pk).update(live=False)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=restricted, restriction_type="login")]
    )
    assert use_backend.document_ids() >= {f"method-{p.pk}" for p in three_methods}

    found, response = titles(client, "kattevenner")
    assert found == ["Kattevenner offentlig"]
    assert response.context["results"].total == 1
    assert suggested(client, "kattev") == ["Kattevenner offentlig"]
    related = client.get(public.url).content.decode()
    assert "Kattevenner kladde" not in related
    assert "Kattevenner lukket" not in related
    # The answering index no longer holds them.
    ids = use_backend.document_ids()
    assert f"method-{draft.pk}" not in ids
    assert f"method-{restricted.pk}" not in ids


@pytest.mark.parametrize("backend_alias", ["elasticsearch"])
def test_pages_hidden_while_elasticsearch_was_down_are_not_shown_when_it_is_back(
    client, settings, three_methods, use_backend, on_commit
):
    """The issue's scenario: unpublish and restrict with the node stopped
    (a closed port), start it (point back at the real node), search as an
    anonymous visitor: nothing hidden is shown, with no manual step."""
    public, draft, restricted = three_methods
    real = settings.KB_SEARCH_BACKENDS
    settings.KB_SEARCH_BACKENDS = {
        **real,
        "elasticsearch": {
            **real["elasticsearch"],
            "URLS": [f"http://127.0.0.1:{closed_port()}"],
        },
    }
    reset_backends()
    on_commit(lambda: draft.unpublish())
    on_commit(
        lambda: PageViewRestriction.objects.create(
            page=restricted, restriction_type="login"
        )
    )
    settings.KB_SEARCH_BACKENDS = real
    reset_backends()

    found, response = titles(client, "kattevenner")
    assert response.context["results"].backend == "elasticsearch"
    assert found == ["Kattevenner offentlig"]
    assert suggested(client, "kattev") == ["Kattevenner offentlig"]
