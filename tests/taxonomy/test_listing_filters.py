"""Every listing's filters (kb.taxonomy.filters and each app's filters.py):
the GET parameters of existing links give the same results as before, and
invalid input gives a form error or is ignored, never a server error."""

import pytest
from django.utils import timezone

from corps.models import CorpsIndexPage, SpecialistPage
from kb.taxonomy.filters import FilteredListingPage, filterset_for
from kb.taxonomy.models import FocusArea, Region, TargetGroup
from methods.models import EvidenceIndexPage, EvidencePage, MethodIndexPage, MethodPage
from networks.models import EventIndexPage, NetworkIndexPage, NetworkPage, ThemeDayPage

# (index page, listed model, template variable)
LISTINGS = [
    (MethodIndexPage, MethodPage, "methods"),
    (EvidenceIndexPage, EvidencePage, "evidence_items"),
    (EventIndexPage, ThemeDayPage, "events"),
    (NetworkIndexPage, NetworkPage, "networks"),
    (CorpsIndexPage, SpecialistPage, "specialists"),
]
IDS = [index.__name__ for index, _, _ in LISTINGS]

ERROR_NOTICE = "Filtre med fejl er ikke brugt på listen."


def visible(model):
    return model.objects.live().public()


def listed_pks(response, name) -> set[int]:
    """Everything the listing lists, on all its pages (the calendar pages
    its upcoming and past events apart)."""
    context = response.context
    if name == "events":
        pagings = [context["upcoming"], context["past"]]
        return {e.pk for p in pagings for e in p.page_obj.paginator.object_list}
    return {item.pk for item in context["page_obj"].paginator.object_list}


def get(client, index, params):
    response = client.get(index.objects.get().url, params)
    assert response.status_code == 200, params
    return response


def test_every_listing_page_has_a_filterset():
    for index, model, _ in LISTINGS:
        assert issubclass(index, FilteredListingPage)
        assert filterset_for(index)._meta.model is model


@pytest.mark.parametrize(("index", "model", "name"), LISTINGS, ids=IDS)
@pytest.mark.parametrize(
    ("parameter", "vocabulary", "field"),
    [
        ("malgruppe", TargetGroup, "target_groups"),
        ("fokusomraade", FocusArea, "focus_areas"),
    ],
)
def test_taxonomy_filters_give_the_same_results_as_before(
    client, db, index, model, name, parameter, vocabulary, field
):
    """As the hand-parsed filter did: ``<field>__slug=<slug>``, distinct."""
    used = vocabulary.objects.filter(
        slug__in=visible(model).values(f"{field}__slug")
    ).first()
    if used is None:
        pytest.skip(f"no {model.__name__} is tagged in the demo content")
    page = index.objects.get()
    expected = set(
        page.listing_queryset()
        .filter(**{f"{field}__slug": used.slug})
        .values_list("pk", flat=True)
    )
    response = get(client, index, {parameter: used.slug})
    listed = listed_pks(response, name)
    assert listed == expected
    assert 0 < len(listed) < page.listing_queryset().count()
    assert response.context["filterset"].is_filtered
    assert "matcher filtrene" in response.content.decode()


def test_network_type_filter(client, db):
    for kind in NetworkPage.Kind.values:
        response = get(client, NetworkIndexPage, {"type": kind})
        listed = list(response.context["networks"])
        assert listed == list(
            visible(NetworkPage).filter(kind=kind).order_by("kind", "title")
        )


def test_calendar_splits_the_filtered_events_into_upcoming_and_past(client, db):
    area = FocusArea.objects.filter(networks_themedayfocusarea__isnull=False).first()
    filterset = get(client, EventIndexPage, {"fokusomraade": area.slug}).context[
        "filterset"
    ]
    tagged = visible(ThemeDayPage).filter(focus_areas=area)
    now = timezone.now()
    assert list(filterset.upcoming()) == list(
        tagged.filter(end__gte=now).order_by("start")
    )
    assert list(filterset.past()) == list(tagged.filter(end__lt=now).order_by("-start"))


def test_specialists_by_region_they_travel_to(client, db):
    region = Region.objects.filter(travelling_specialists__isnull=False).first()
    response = get(client, CorpsIndexPage, {"region": region.slug})
    assert set(response.context["specialists"]) == set(
        visible(SpecialistPage).filter(travel_regions=region)
    )


@pytest.mark.parametrize(("index", "model", "name"), LISTINGS, ids=IDS)
@pytest.mark.parametrize(
    "params",
    [
        {"malgruppe": "findes-ikke"},
        {"fokusomraade": "findes-ikke"},
        {"malgruppe": "\x00"},
        {"fokusomraade": "a\x00b"},
    ],
    ids=["unknown-target-group", "unknown-focus-area", "nul", "nul-inside"],
)
def test_an_invalid_slug_is_a_form_error_and_filters_nothing(
    client, db, index, model, name, params
):
    response = get(client, index, params)
    html = response.content.decode()
    assert ERROR_NOTICE in html
    nul = any("\x00" in value for value in params.values())
    message = "Null-tegn" if nul else "Vælg en af mulighederne"
    assert f'<p class="field__error">{message}' in html
    assert 'aria-invalid="true"' in html
    unfiltered = index.objects.get().listing_queryset()
    assert listed_pks(response, name) == set(unfiltered.values_list("pk", flat=True))
    assert not response.context["filterset"].is_filtered


@pytest.mark.parametrize(("index", "model", "name"), LISTINGS, ids=IDS)
@pytest.mark.parametrize(
    "params",
    [
        {"fra": "9999-12-31"},
        {"til": "x"},
        {"fra": "\x00", "til": "\x00"},
        {"type": "\x00"},
        {"type": "findes-ikke"},
        {"region": "\x00"},
        {"region": "findes-ikke"},
        {"ukendt": "\x00"},
    ],
)
def test_no_input_gives_a_server_error(client, db, index, model, name, params):
    """Parameters a listing does not have are ignored; those it has are
    form errors."""
    response = get(client, index, params)
    filterset = response.context["filterset"]
    relevant = set(params) & set(filterset.filters)
    assert bool(filterset.errors) == bool(relevant)
    assert (ERROR_NOTICE in response.content.decode()) == bool(relevant)
    assert not filterset.is_filtered


def test_filter_form_is_labelled_danish_and_works_without_javascript(client, db):
    html = get(client, CorpsIndexPage, {}).content.decode()
    assert '<form class="filter-form" method="get"' in html
    assert "<legend" in html and "Afgræns listen" in html
    for name, label in [
        ("malgruppe", "Målgruppe"),
        ("fokusomraade", "Fokusområde"),
        ("region", "Rejser til region"),
        ("fra", "Ledig fra"),
        ("til", "Ledig til og med"),
    ]:
        assert f'<label for="id_{name}">{label}</label>' in html
        assert f'name="{name}"' in html
    assert "Alle målgrupper" in html and "Alle regioner" in html
    assert '<button class="button" type="submit">Filtrér</button>' in html
    assert ">Nulstil</a>" in html


def test_the_chosen_filter_stays_selected(client, db):
    tag = TargetGroup.objects.filter(methods_methodtargetgroup__isnull=False).first()
    html = get(client, MethodIndexPage, {"malgruppe": tag.slug}).content.decode()
    assert f'<option value="{tag.slug}" selected>' in html
