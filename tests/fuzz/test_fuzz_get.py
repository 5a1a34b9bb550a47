"""Every public page, listing filter, search parameter, feed and address
with an id or a slug, fed generated input: never HTTP 500 (issue #11).

The addresses come from the URL resolver (every route outside the Wagtail
admin, with generated values for its converters) and from the demo site
(every listing page with its FilterSet's parameters, a sample of all live
pages). Search runs on both backends.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Page

from kb.taxonomy.filters import FilteredListingPage, filterset_for
from search.backends import reset_backends
from search.views import EXACT_PARAM, FACET_PARAMS
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import (
    NUMBERS,
    path_segment,
    query,
    raw_query,
    record,
)
from tests.search.conftest import require_elasticsearch

BACKENDS = ["database", "elasticsearch"]
SEARCH_PARAMS = ["q", "side", "sortering", EXACT_PARAM, *FACET_PARAMS.values()]
# Parameters every page might read (exports, pagination, where to go next).
COMMON_PARAMS = ["format", "side", "next"]
CONVERTER = re.compile(r"<(?:(?P<kind>[^>:]+):)?(?P<name>[^>]+)>")
SKIPPED_PREFIXES = ("admin/",)  # Wagtail's admin is not the site


def routes() -> list[str]:
    """Every route (as its pattern string) with at least one converter."""
    found = []

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and "<" in route:
                if not route.startswith(SKIPPED_PREFIXES) and "^" not in route:
                    found.append(route)

    walk(get_resolver().url_patterns, "")
    return sorted(set(found))


def fill(route: str) -> st.SearchStrategy[str]:
    """``route`` with a generated value for each converter."""
    parts = CONVERTER.split(route)
    # split() yields text, kind, name, text, kind, name, ..., text
    strategies = []
    for index, part in enumerate(parts):
        position = index % 3
        if position == 0:
            strategies.append(st.just(part))
        elif position == 1:
            kind = part or "str"
            if kind in ("int", "id"):
                strategies.append(
                    st.one_of(
                        NUMBERS.filter(lambda n: n.lstrip("-").isdigit()),
                        st.sampled_from(["0", str(2**31), str(2**63), "9" * 18]),
                        path_segment(),
                    )
                )
            else:
                strategies.append(path_segment())
    return st.tuples(*strategies).map(lambda values: "/" + "".join(values))


@pytest.fixture
def superuser_client(client, superuser):
    """Past every permission check, so the view reaches its lookups."""
    client.force_login(superuser)
    client.raise_request_exception = True
    return client


@pytest.fixture(params=BACKENDS)
def search_backend(request, settings):
    """The site answers from this backend (its index as the demo load built
    it; nothing here changes the content)."""
    if request.param == "elasticsearch":
        require_elasticsearch()
    settings.KB_SEARCH_DEFAULT = request.param
    reset_backends()
    yield request.param
    reset_backends()


@pytest.mark.parametrize("route", routes())
def test_every_route_with_generated_ids_and_slugs(superuser_client, route):
    @examples(12)
    @given(url=fill(route))
    def check(url):
        record(f"GET /{route}", superuser_client.get(url))

    check()


def test_document_and_page_addresses_with_odd_ids(client, db):
    @examples(40)
    @given(
        url=st.one_of(
            st.builds(
                lambda doc, name: f"/dokumenter/{doc}/{name}",
                st.one_of(NUMBERS, path_segment()),
                path_segment(),
            ),
            st.lists(path_segment(), min_size=1, max_size=3).map(
                lambda parts: "/" + "/".join(parts) + "/"
            ),
        )
    )
    def check(url):
        record("GET /dokumenter/<id>/<name> and /<page path>/", client.get(url))

    check()


def test_search_parameters(client, db, search_backend):
    @examples(60)
    @given(params=query(SEARCH_PARAMS))
    def check(params):
        record(f"GET /soeg/ [{search_backend}]", client.get("/soeg/", params))

    check()


def test_search_with_raw_query_strings(client, db, search_backend):
    @examples(30)
    @given(raw=raw_query(SEARCH_PARAMS))
    def check(raw):
        record(
            f"GET /soeg/ raw query string [{search_backend}]",
            client.get("/soeg/", QUERY_STRING=raw),
        )

    check()


def test_autocomplete(client, db, search_backend):
    @examples(30)
    @given(params=query(["q"]))
    def check(params):
        record(
            f"GET /soeg/forslag/ [{search_backend}]",
            client.get("/soeg/forslag/", params),
        )

    check()


def listing_pages():
    pages = [
        page
        for page in Page.objects.live().public().specific()
        if isinstance(page, FilteredListingPage)
    ]
    assert pages
    return pages


def test_listing_filters(client, db):
    pages = listing_pages()

    @examples(30)
    @given(data=st.data())
    def check(data):
        page = data.draw(st.sampled_from(pages))
        names = [*filterset_for(type(page)).base_filters, *COMMON_PARAMS]
        if data.draw(st.booleans()):
            response = client.get(page.url, data.draw(query(names)))
        else:
            response = client.get(page.url, QUERY_STRING=data.draw(raw_query(names)))
        record(f"GET {page.url} (listing filters)", response)

    for _ in range(len(pages)):
        check()


def test_every_public_page_with_generated_parameters(client, db):
    urls = [page.url for page in Page.objects.live().public().specific()]
    urls += ["/feeds/nyt.rss", "/feeds/nyt.atom", "/ical/alle.ics", "/tilbud/"]

    @examples(80)
    @given(url=st.sampled_from(urls), params=query(COMMON_PARAMS))
    def check(url, params):
        record("GET <any public page> with parameters", client.get(url, params))

    check()


def test_activity_report(editor_client):
    names = ["fra", "til", "rammeaftale", "fokusomraade", "format"]

    @examples(50)
    @given(params=query(names))
    def check(params):
        record(
            "GET /rapporter/aktiviteter/",
            editor_client.get("/rapporter/aktiviteter/", params),
        )

    check()


def test_member_calendar_tokens(client, db):
    get_user_model()  # the feed answers for anyone holding the token

    @examples(30)
    @given(token=path_segment())
    def check(token):
        record("GET /ical/medlem/<token>.ics", client.get(f"/ical/medlem/{token}.ics"))
        record(
            "GET /bookinger/kalender/<token>.ics",
            client.get(f"/bookinger/kalender/{token}.ics"),
        )

    check()
