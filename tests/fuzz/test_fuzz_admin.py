"""The Wagtail admin's forms, fed generated values: every page type of the
site created and published by an editor who may publish, and the search
synonyms and e-mail domains administrators keep as snippets.

A page form starts from what a browser would post for an existing page of
the type (its edit form, read from the HTML), posted to the «add» view
with a new title and slug, up to three text fields generated, and a
paragraph in the body. After each accepted save the published page, its
listing, the front page and a search for its title on both search
backends are rendered: none may answer HTTP 500.

The page's index update runs as after a real commit. Elasticsearch is not
part of the test's transaction, so its documents of the pages made here are
removed at the end, and the search vocabulary and synonyms cached in this
process are forgotten.
"""

import re
from html import escape

import pytest
from django.core import mail
from django.db import models
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.models import MODERATOR_GROUP, OrganisationEmailDomain
from home.models import HomePage
from kb.taxonomy.models import Municipality, Region
from search import vocabulary
from search.backends import get_search_backend
from search.models import SearchSynonym
from search.query_words import forget_synonyms
from search.registry import registry
from tests import factories
from tests.forms import form_values, post_data
from tests.fuzz.conftest import examples
from tests.fuzz.pages import confirm_from_mail, logged_in, show
from tests.fuzz.strategies import (
    ES_SYNTAX,
    OUTCOMES,
    SPECIAL,
    TEXT,
    form_data,
    reached,
    record,
)
from tests.search.conftest import require_elasticsearch

OUR_APPS = {"home", "methods", "networks", "corps", "agreements", "offers"}
#: Page types editors create (the one-per-site index pages and the home
#: page are made once, by the demo load or at installation).
PAGE_TYPES = [
    model
    for model in get_page_models()
    if model._meta.app_label in OUR_APPS
    and model.max_count is None
    and model is not HomePage
]

SLUGS = st.one_of(
    TEXT,
    st.sampled_from(
        ["ældre-på-ærø", "ÆØÅ", "soeg", "konto", "admin", "-", "--a--", "a" * 300]
    ),
)
PARAGRAPHS = st.one_of(
    TEXT.map(lambda text: f"<p>{escape(text)}</p>"),
    st.sampled_from(
        [
            "",
            "<p></p>",
            "<p><b>fed</b> og <i>kursiv</i></p>",
            '<p><a href="javascript:alert(1)">link</a></p>',
            '<p><a href="https://example.dk/?q=%ZZ">link</a></p>',
            "<ul><li>punkt</li><li></li></ul>",
            "<script>alert(1)</script>",
            "<p>010190-1234</p>",
            "<h1>overskrift</h1><table><tr><td>celle</td></tr></table>",
        ]
    ),
)


@pytest.fixture
def publisher(db):
    """An editor who may publish (Wagtail's «Moderators», renamed)."""
    return logged_in(factories.user("udgiver", groups=[MODERATOR_GROUP]))


@pytest.fixture
def admin(superuser):
    return logged_in(superuser)


@pytest.fixture
def index_cleanup(db):
    """Elasticsearch keeps what was indexed after the transaction is rolled
    back: remove the documents of the pages made here, and make this
    process forget the vocabulary and synonyms it cached from them."""
    require_elasticsearch()
    newest = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
    yield
    elasticsearch = get_search_backend("elasticsearch")
    for page in Page.objects.filter(pk__gt=newest).specific():
        doc_id = registry.document_id(page)
        if doc_id:
            elasticsearch.remove_document(doc_id)
    vocabulary._bump_version()  # reload the (rolled back) words on next use
    forget_synonyms()


def search_everywhere(endpoint: str, client: Client, text: str, settings) -> None:
    """Search for ``text`` on each backend, and ask for suggestions."""
    for alias in settings.KB_SEARCH_BACKENDS:
        settings.KB_SEARCH_DEFAULT = alias
        record(
            f"{endpoint} → GET /soeg/?q=… [{alias}]",
            client.get("/soeg/", {"q": text}),
        )
        record(
            f"{endpoint} → GET /soeg/forslag/?q=… [{alias}]",
            client.get("/soeg/forslag/", {"q": text[:40]}),
        )


def creatable(values: dict[str, list[str]], model) -> dict[str, list[str]]:
    """An existing page's form as a form for a new page: its inline rows
    become new rows, and fields that must be unique are left empty."""
    data = dict(values)
    for key in data:
        if key.endswith("-INITIAL_FORMS"):
            data[key] = ["0"]
        elif re.fullmatch(r".+-\d+-id", key):
            data[key] = [""]
    for field in model._meta.concrete_fields:
        if field.unique and not field.primary_key and field.name in data:
            data[field.name] = [""]
    return data


def as_rich_text(model, changes: dict) -> dict:
    """The HTML of rich text fields and the body's paragraph in the editor's
    format (converted here, not in a strategy: the converter draws random
    block keys)."""
    changes = dict(changes)
    body = changes.pop("body", None)
    for name, value in changes.items():
        if isinstance(model._meta.get_field(name), RichTextField):
            changes[name] = rich_text(value)
    if body is not None:
        paragraph = streamfield([("paragraph", rich_text(body))])
        changes.update(nested_form_data({"body": paragraph}))
    return changes


def fuzzed_fields(model, values) -> dict[str, st.SearchStrategy]:
    """The page's own text fields in its form, and its body's paragraph."""
    fuzzed = {"title": TEXT, "slug": SLUGS}
    for field in model._meta.concrete_fields:
        if field.name not in values or field.name in fuzzed:
            continue
        if isinstance(field, RichTextField):
            fuzzed[field.name] = PARAGRAPHS  # as HTML; see as_rich_text()
        elif isinstance(field, (models.CharField, models.TextField)):
            if not field.choices and field.editable:
                fuzzed[field.name] = TEXT
    body = next((f for f in model._meta.fields if f.name == "body"), None)
    if isinstance(body, StreamField) and "paragraph" in body.stream_block.child_blocks:
        fuzzed["body"] = PARAGRAPHS
    return fuzzed


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_create_and_publish_page(
    model, publisher, index_cleanup, settings, django_capture_on_commit_callbacks
):
    existing = model.objects.live().first()
    parent = existing.get_parent().specific
    edit = reverse("wagtailadmin_pages:edit", args=[existing.pk])
    values = creatable(form_values(publisher.get(edit).content.decode()), model)
    add = reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )
    name = model.__name__
    kind = f"{model._meta.app_label}/{model._meta.model_name}"
    endpoint = f"POST /admin/pages/add/{kind}/<id>/ (publish)"
    numbers = iter(range(100_000))
    anonymous = Client()

    @examples(10)
    @given(changes=form_data({}, fuzzed_fields(model, values)))
    def check(changes):
        number = next(numbers)
        changes.setdefault("title", f"Fuzzside {number}")
        changes.setdefault("slug", f"fuzzside-{number}")
        data = post_data(values, **as_rich_text(model, changes))
        data["action-publish"] = "action-publish"
        newest = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
        with django_capture_on_commit_callbacks(execute=True):
            response = publisher.post(add, data)
        record(endpoint, response)
        page = Page.objects.filter(pk__gt=newest).first()
        if response.status_code == 302 and page is not None and page.live:
            reached(endpoint, "published")
            record(f"{name} → GET <the new page>", anonymous.get(page.url))
        show(name, anonymous, parent.url, "/")
        search_everywhere(name, anonymous, changes["title"], settings)

    check()
    assert OUTCOMES[endpoint]["published"], f"no {name} was ever published"


def snippet_url(model, view: str) -> str:
    return reverse(model.snippet_viewset.get_url_name(view))


def test_search_synonyms(admin, index_cleanup, settings):
    """A synonym changes every later search for its words."""
    endpoint = "POST /admin/snippets/search/searchsynonym/add/"
    add = snippet_url(SearchSynonym, "add")
    words = st.one_of(TEXT, ES_SYNTAX, SPECIAL, st.sampled_from(["autisme", "adhd"]))

    @examples(30)
    @given(
        terms=st.one_of(TEXT, st.lists(words, min_size=1, max_size=4).map(", ".join))
    )
    def check(terms):
        response = admin.post(add, {"terms": terms})
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "saved")
        show("synonyms", admin, snippet_url(SearchSynonym, "list"))
        anonymous = Client()
        for word in SearchSynonym(terms=terms).term_list()[:2] or [terms]:
            search_everywhere("synonyms", anonymous, word, settings)

    check()
    assert OUTCOMES[endpoint]["saved"]


def test_email_domains(admin, settings):
    """A domain an administrator adds attaches whoever confirms an address
    there: sign up with one and confirm it."""
    endpoint = "POST /admin/snippets/accounts/organisationemaildomain/add/"
    add = snippet_url(OrganisationEmailDomain, "add")
    settings.ACCOUNT_RATE_LIMITS = False
    numbers = iter(range(100_000))
    municipality = Municipality.objects.get(name="Vejle")
    region = Region.objects.get(name="Region Syddanmark")
    organisations = st.one_of(
        st.just((str(municipality.pk), "")),
        st.just(("", str(region.pk))),
        st.sampled_from([("", ""), (str(municipality.pk), str(region.pk))]),
        st.tuples(TEXT, TEXT),
    )
    domains = st.one_of(
        TEXT,
        st.sampled_from(
            [
                "@vejle.dk",
                "VEJLE.DK",
                " vejle.dk ",
                "www.vejle.dk",
                "vejle.dk.",
                "væjle.dk",
                "xn--vjle-nra.dk",
                "gmail.com",
                "dk",
                "a" * 300 + ".dk",
            ]
        ),
    )

    @examples(30)
    @given(domain=st.one_of(st.none(), domains), organisation=organisations)
    def check(domain, organisation):
        number = next(numbers)
        domain = f"kommune-{number}.dk" if domain is None else domain
        data = {"domain": domain, "municipality": organisation[0]}
        data["region"] = organisation[1]
        response = admin.post(add, data)
        record(endpoint, response)
        show("e-mail domains", admin, snippet_url(OrganisationEmailDomain, "list"))
        if response.status_code != 302:
            return
        reached(endpoint, "saved")
        saved = OrganisationEmailDomain.objects.order_by("-pk").first()
        mail.outbox.clear()
        client = Client()
        signup = client.post(
            reverse("account_signup"),
            {
                "first_name": "Anne",
                "last_name": "Hansen",
                "email": f"anne-{number}@{saved.domain}",
                "password1": "en-lang-hemmelig-kode-42",
                "password2": "en-lang-hemmelig-kode-42",
            },
        )
        record("e-mail domains → POST /konto/signup/", signup)
        if confirm_from_mail("e-mail domains", client):
            reached(endpoint, "confirmed by a new user")
        show("e-mail domains", client, reverse("home:start"), reverse("home:my_data"))

    check()
    assert OUTCOMES[endpoint]["saved"]
