"""The registry is the one place that says what is searchable.

Each app declares its types in its own ``search_documents.py``; the search
engine (``search/``) never imports a feature app, and a type registered
anywhere is indexed, faceted and labelled without touching ``search/``.
"""

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page

from kb.taxonomy.models import Region
from search.backends import get_search_backend
from search.backends.base import SearchQuery
from search.models import IndexEntry
from search.registry import DOCUMENT_FIELDS, SearchDocument, registry, text
from tests import factories
from tests.search.conftest import rebuild

SEARCH_PACKAGE = Path(__file__).resolve().parents[2] / "search"
FEATURE_APPS = {
    "home",
    "methods",
    "networks",
    "corps",
    "offers",
    "agreements",
    "accounts",
    "demo",
}
EXPECTED_TYPES = {
    "method": "methods.MethodPage",
    "evidence": "methods.EvidencePage",
    "event": "networks.ThemeDayPage",
    "network": "networks.NetworkPage",
    "specialist": "corps.SpecialistPage",
    "offer": "offers.Offer",
    "agreement": "agreements.FrameworkAgreementPage",
}
LIST_FIELDS = [k for k, v in DOCUMENT_FIELDS.items() if isinstance(v, list)]


def search_modules():
    return sorted(
        path for path in SEARCH_PACKAGE.rglob("*.py") if "__pycache__" not in path.parts
    )


def imported_modules(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node, node.module


def test_search_package_imports_no_feature_app():
    assert len(search_modules()) > 10
    offenders = []
    for path in search_modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        for node, module in imported_modules(tree):
            if module.split(".")[0] in FEATURE_APPS:
                offenders.append(f"{path.relative_to(SEARCH_PACKAGE)}:{node.lineno}")
    assert offenders == [], f"search/ imports feature apps: {offenders}"


def test_search_package_names_no_feature_model():
    """No "methods.MethodPage"-style labels either (apps.get_model is an
    import by another name)."""
    label = re.compile(rf"^({'|'.join(FEATURE_APPS)})\.[A-Z]\w*$")
    offenders = []
    for path in search_modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if label.match(node.value):
                    offenders.append(f"{path.name}:{node.lineno} {node.value}")
    assert offenders == []


def test_search_package_has_no_function_local_imports():
    """Imports inside functions only where Django requires them
    (AppConfig.ready); never to dodge an import cycle."""
    offenders = []
    for path in search_modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if path.name == "apps.py" and function.name == "ready":
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    offenders.append(f"{path.name}:{node.lineno} in {function.name}")
    assert offenders == []


def test_every_type_is_declared_by_the_app_that_owns_it():
    declared = {kind.key: kind.model._meta.label for kind in registry.types()}
    assert declared == EXPECTED_TYPES
    for kind in registry.types():
        owner = kind.model._meta.app_config.name
        assert type(kind).__module__ == f"{owner}.search_documents", kind.key


def tagged_offer(target_groups):
    """An offer for target groups (offers have no focus areas)."""
    offer = factories.offer()
    offer.target_groups.set(target_groups)
    offer.save()
    return offer


def one_of_each(key):
    """A published ``key`` tagged with a target group and a focus area."""
    group, area = factories.target_group(), factories.focus_area()
    tagged = {"target_groups": [group], "focus_areas": [area]}
    return {
        "method": lambda: factories.method_page(**tagged),
        "evidence": lambda: factories.evidence_page(
            findings="Færre indlæggelser.", **tagged
        ),
        "event": lambda: factories.theme_day(**tagged),
        "network": lambda: factories.network_page(
            description="Et netværk for fagfolk.", **tagged
        ),
        "specialist": lambda: factories.specialist_page(**tagged),
        "offer": lambda: tagged_offer(target_groups=[group]),
        "agreement": lambda: factories.agreement(focus_areas=[area]),
    }[key]()


@pytest.mark.parametrize("key", sorted(EXPECTED_TYPES))
def test_every_type_yields_complete_documents(db, key):
    kind = registry.get(key)
    obj = one_of_each(key)
    objects = list(kind.get_queryset().filter(pk=obj.pk))
    assert objects == [obj], f"{key} is not in its type's queryset"
    for obj in objects:
        document = registry.build_document(obj)
        assert set(document) == set(DOCUMENT_FIELDS)
        assert document["doc_id"] == f"{key}-{obj.pk}"
        assert document["content_type"] == key
        assert document["object_id"] == obj.pk
        assert document["title"] and document["url"]
        assert isinstance(document["summary"], str)
        assert isinstance(document["body"], str) and document["body"]
        for field in LIST_FIELDS:
            assert all(isinstance(v, str) for v in document[field]), field
        assert len(document["target_groups"]) == len(document["target_group_names"])
        assert len(document["focus_areas"]) == len(document["focus_area_names"])
        assert document["target_groups"] or document["focus_areas"]
        for field in ("date", "event_end"):
            assert document[field] is None or isinstance(document[field], dt.datetime)
        assert (document["event_end"] is not None) == (key == "event")
        assert registry.document_id(obj) == document["doc_id"]
        assert registry.object_for_document_id(document["doc_id"]) == obj


def test_generic_page_is_not_a_search_type(db):
    page = Page.objects.get(pk=factories.method_page().pk)
    assert registry.document_id(page) is None
    assert registry.document_id(page.specific) == f"method-{page.pk}"


def dispatch_uids(signal) -> set:
    # Each receiver entry starts with its lookup key (dispatch_uid, sender id).
    return {entry[0][0] for entry in signal.receivers}


def test_index_updates_are_wired_for_every_registered_model():
    deleted, saved = dispatch_uids(post_delete), dispatch_uids(post_save)
    for kind in registry.types():
        assert f"kb_search_delete_{kind.key}" in deleted, kind.key
        # Pages are indexed on publish/unpublish/move, other models on save.
        assert (f"kb_search_save_{kind.key}" in saved) == (not kind.is_page)


def test_facet_labels_come_from_the_declarations():
    labels = registry.facet_labels("evidence_level")
    assert set(labels) == {"0", "1", "2", "3", "4", "5"}
    assert registry.autocomplete_keys() == ["method"]


class RegionDocument(SearchDocument):
    """A type declared only in this test: regions become searchable."""

    model = Region
    key = "testregion"
    label = "Testregion"
    order = 999

    def fields(self, obj):
        return {
            "title": obj.name,
            "url": f"/regioner/{obj.slug}/",
            "summary": "En region i testen.",
            "regions": [obj.slug],
            "body": text("Kvægavl og kystlandskaber."),
        }


@pytest.fixture
def region_type():
    registry.register(RegionDocument)
    yield RegionDocument
    registry.unregister(RegionDocument)


def test_a_registered_type_is_indexed_faceted_and_labelled(db, region_type):
    """Nothing in search/ names the new type, yet the rebuild indexes it and
    the backend finds, facets and labels it."""
    backend = get_search_backend("database")
    rebuild(backend)
    assert IndexEntry.objects.filter(content_type="testregion").count() == (
        Region.objects.count()
    )
    results = backend.search(
        SearchQuery(text="kvægavl", now=timezone.now(), per_page=50)
    )
    assert sorted(hit.title for hit in results.hits) == sorted(
        Region.objects.values_list("name", flat=True)
    )
    assert {hit.content_type_label for hit in results.hits} == {"Testregion"}
    facet = {v.value: v.label for v in results.facets["content_type"]}
    assert facet == {"testregion": "Testregion"}


def test_a_type_cannot_be_registered_twice(region_type):
    with pytest.raises(ImproperlyConfigured):
        registry.register(region_type)


def test_a_declaration_may_not_invent_fields(db, region_type):
    class Broken(RegionDocument):
        def fields(self, obj):
            return {"title": obj.name, "url": "/", "colour": "blue"}

    with pytest.raises(ImproperlyConfigured, match="colour"):
        Broken().build(Region.objects.first())


def test_event_text_shows_programme_times_as_people_write_them(db):
    event = factories.theme_day(
        programme=[
            {"type": "item", "value": {"time": "09:30:00", "title": "Velkomst"}},
            {"type": "item", "value": {"time": "10:15:00", "title": "Oplæg"}},
        ]
    )
    assert len(event.programme) == 2
    document = registry.build_document(event)
    assert not re.search(r"\b\d{2}:\d{2}:\d{2}\b", document["body"])
    first = event.programme[0].value["time"]
    assert first.strftime("%H:%M") in document["body"]
    assert "09:30" in document["body"] and "10:15" in document["body"]
