"""What private, draft and member-only content shows up where many things
are listed at once: search (both backends), autocomplete, RSS/Atom, iCal,
the sitemap and the listing pages, for every role of the access matrix.

A view restricted to a group, a draft and a network's member-only meeting
never appear in an aggregated list for anyone (the restricted page is
reached only by its own address, see the matrix); the meeting appears on its
network's page for those who may see member content, and in the member's
private calendar.
"""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from search.backends import get_search_backend, reset_backends
from search.backends.base import SearchQuery
from search.registry import registry
from tests.search.conftest import require_elasticsearch
from tests.security.world import (
    DRAFT_EVENT,
    DRAFT_METHOD,
    MEETING,
    MINUTES,
    PRIVATE_EVENT,
    PUBLIC_EVENT,
    PUBLIC_METHOD,
    ROLES,
    WORD,
)

pytestmark = pytest.mark.django_db

NEVER_LISTED = (PRIVATE_EVENT, DRAFT_EVENT, DRAFT_METHOD, MEETING, MINUTES)
MEMBER_CONTENT = (MEETING, MINUTES)
# Who sees a network's member-only content on its page.
MAY_SEE_MEMBER_CONTENT = {"network_coordinator", "member", "editor", "superuser"}
BACKENDS = ("database", "elasticsearch")


@pytest.fixture(scope="module")
def indexed(world, django_db_blocker):
    """Both indexes rebuilt from the world once; the world's documents are
    taken out of Elasticsearch again afterwards (the database's index rows
    go with the world's transaction)."""
    with django_db_blocker.unblock():
        reset_backends()
        backends = {}
        for alias in BACKENDS:
            try:
                backend = get_search_backend(alias)
            except Exception:  # not configured: its cases skip or fail in CI
                continue
            before = backend.document_ids()
            backend.rebuild(
                registry.indexable_documents(), total=registry.count_indexable()
            )
            backends[alias] = (backend, backend.document_ids() - before)
        yield {alias: backend for alias, (backend, _) in backends.items()}
        if "elasticsearch" in backends:
            backend, added = backends["elasticsearch"]
            for doc_id in added:
                backend.remove_document(doc_id)
        reset_backends()


def client_for(world, role) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    body = b"".join(response) if response.streaming else response.content
    # iCalendar folds long lines; unfold before looking for a title.
    return body.decode().replace("\r\n ", "").replace("&#x27;", "'")


def assert_not_listed(text, *titles, where):
    leaked = [title for title in titles if title in text]
    assert not leaked, f"{where} shows {leaked}"


# --- search and autocomplete, on both backends -------------------------------


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("alias", BACKENDS)
def test_search_shows_only_public_content(world, indexed, settings, alias, role):
    if alias == "elasticsearch":
        require_elasticsearch()
    settings.KB_SEARCH_DEFAULT = alias
    text = text_of(client_for(world, role).get(reverse("search:search"), {"q": WORD}))

    assert_not_listed(text, *NEVER_LISTED, where=f"search ({alias}) for {role}")
    assert PUBLIC_EVENT in text and PUBLIC_METHOD in text
    assert "notice--muted" not in text  # answered by the backend asked


@pytest.mark.parametrize("alias", BACKENDS)
def test_the_index_holds_no_private_document(indexed, alias):
    if alias == "elasticsearch":
        require_elasticsearch()
    results = indexed[alias].search(SearchQuery(text=WORD, per_page=50, now=timezone.now()))
    titles = [hit.title for hit in results.hits]
    assert_not_listed(" ".join(titles), *NEVER_LISTED, where=f"the {alias} index")
    assert PUBLIC_EVENT in titles and PUBLIC_METHOD in titles


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("alias", BACKENDS)
def test_autocomplete_suggests_only_public_titles(world, indexed, settings, alias, role):
    if alias == "elasticsearch":
        require_elasticsearch()
    settings.KB_SEARCH_DEFAULT = alias
    response = client_for(world, role).get(reverse("search:autocomplete"), {"q": "fnugle"})
    labels = [s["label"] for s in response.json()["suggestions"]]

    assert_not_listed(" ".join(labels), *NEVER_LISTED, where=f"autocomplete for {role}")
    assert PUBLIC_METHOD in labels


# --- feeds, sitemap and listing pages ----------------------------------------

SURFACES = {
    "rss": lambda w: reverse("home:feed_rss"),
    "atom": lambda w: reverse("home:feed_atom"),
    "ical all": lambda w: reverse("networks:ical_all"),
    "ical network": lambda w: reverse("networks:ical_network", args=[w.network.slug]),
    "ical target group": lambda w: reverse(
        "networks:ical_target_group", args=[w.target_group.slug]
    ),
    "ical focus area": lambda w: reverse(
        "networks:ical_focus_area", args=[w.focus_area.slug]
    ),
    "sitemap": lambda w: "/sitemap.xml",
    "event listing": lambda w: w.private_event.get_parent().url,
    "network listing": lambda w: w.network.get_parent().url,
    "target group page": lambda w: reverse(
        "taxonomy:target_group", args=[w.target_group.slug]
    ),
    "home page": lambda w: "/",
    "my events": lambda w: reverse("networks:my_events"),
    "my bookings": lambda w: reverse("corps:my_bookings"),
}
# Surfaces that list the world's public event (the others list it or not by
# their own rules: the home page shows a few upcoming ones, my pages one's own).
SHOWS_PUBLIC_EVENT = {
    "rss",
    "atom",
    "ical all",
    "ical network",
    "ical target group",
    "ical focus area",
    "event listing",
    "target group page",
}
LOGIN_ONLY = {"my events", "my bookings"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("surface", SURFACES)
def test_lists_never_show_private_draft_or_member_content(world, surface, role):
    if surface in LOGIN_ONLY and role == "anonymous":
        pytest.skip("a login page (see the matrix)")
    address = SURFACES[surface](world)
    text = text_of(client_for(world, role).get(address))

    assert_not_listed(text, *NEVER_LISTED, where=f"{surface} for {role}")
    for page in (world.private_event, world.draft_event, world.draft_method):
        assert f"/{page.slug}/" not in text, f"{surface} links to {page.title}"
    if surface in SHOWS_PUBLIC_EVENT:
        assert PUBLIC_EVENT in text, f"{surface} for {role} lacks the public event"


@pytest.mark.parametrize("role", ROLES)
def test_member_content_shows_on_the_network_page_only_to_members(world, role):
    text = text_of(client_for(world, role).get(world.network.url))

    assert PUBLIC_EVENT in text
    if role in MAY_SEE_MEMBER_CONTENT:
        assert all(title in text for title in MEMBER_CONTENT)
    else:
        assert_not_listed(text, *MEMBER_CONTENT, where=f"the network page for {role}")


def test_the_members_private_calendar_has_the_meeting(world):
    address = reverse("networks:ical_member", args=[world.member_token])
    text = text_of(Client().get(address))
    assert MEETING in text and PUBLIC_EVENT in text
    assert_not_listed(text, PRIVATE_EVENT, DRAFT_EVENT, where="the member's calendar")
