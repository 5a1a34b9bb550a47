"""Every offer that seed 000 (Region Sjælland's workshop 2017) lists under a
region is in the demo content, in that region, and the search finds it by
the name the seed gives, among the first three results, on both backends."""

import pytest
from django.utils import timezone

from offers.models import Offer
from search.backends import get_search_backend, reset_backends
from search.backends.base import SearchQuery
from tests.search.conftest import rebuild, require_elasticsearch

NORDJYLLAND = "Region Nordjylland"
HOVEDSTADEN = "Region Hovedstaden"
SYDDANMARK = "Region Syddanmark"
SJAELLAND = "Region Sjælland"

# (the name as the seed writes it, the demo's offer, the region it is listed under)
SEED_OFFERS = [
    # "Det forstærkede samarbejde i Region Nordjylland"
    (
        "Fagcenter for Autisme og ADHD",
        "Fagcenter for Autisme og ADHD (Enterne og Specialbørnehaven Birken)",
        NORDJYLLAND,
    ),
    (
        "Specialbørnehaven Birken",
        "Fagcenter for Autisme og ADHD (Enterne og Specialbørnehaven Birken)",
        NORDJYLLAND,
    ),
    ("Neurocenter Østerskoven", "Neurocenter Østerskoven", NORDJYLLAND),
    (
        "Rehabiliteringscenter Strandgården",
        "Rehabiliteringscenter Strandgården",
        NORDJYLLAND,
    ),
    ("Specialbørnehjemmet Kvisten", "Specialbørnehjemmet Kvisten", NORDJYLLAND),
    ("Institut for Syn og Hørelse", "Institut for Syn og Hørelse", NORDJYLLAND),
    (
        "Taleinstituttet og Hjerneskadecenter Nordjylland",
        "Taleinstituttet og Hjerneskadecenter Nordjylland",
        NORDJYLLAND,
    ),
    # "Nødbremsemodellen i Region Hovedstaden"
    (
        "Børneungecenter for Rehabilitering",
        "Børneungecenter for Rehabilitering",
        HOVEDSTADEN,
    ),
    ("Nødebogård", "Nødebogård", HOVEDSTADEN),
    ("Sofieskolen", "Sofieskolen", HOVEDSTADEN),
    ("Blindenetværket", "Blindenetværket", HOVEDSTADEN),
    ("Bredegård Døv/blindeafdeling", "Blindecenter Bredegaard", HOVEDSTADEN),
    ("Jonstrupvang", "Jonstrupvang", HOVEDSTADEN),
    ("Rønnegård", "Rønnegård", HOVEDSTADEN),
    ("Stokholtbuen", "Stokholtbuen", HOVEDSTADEN),
    ("Lyngdal", "Lyngdal", HOVEDSTADEN),
    # "Sociale tilbud med behov for særlig opmærksomhed i Region Syddanmark"
    ("Solskrænten", "Solskrænten", SYDDANMARK),
    ("Sølyst", "Sølyst", SYDDANMARK),
    ("Minibo, Lindegården", "Minibo, Lindegården", SYDDANMARK),
    ("Bjerggårdshaven", "Bjerggårdshaven", SYDDANMARK),
    ("Æblehaven", "Æblehaven", SYDDANMARK),
    ("Pomonahuset", "Pomonahuset", SYDDANMARK),
    ("Egely", "Egely", SYDDANMARK),
    ("Center for Høretab", "Center for Høretab", SYDDANMARK),
    # The seed misspells it "Austismecenter".
    ("Autismecenter Holmehøj", "Autismecenter Holmehøj", SYDDANMARK),
    ("Rendbjergghjemmet", "Rendbjergghjemmet", SYDDANMARK),
    ("Lunden", "Lunden", SYDDANMARK),
    ("Spurvetoften", "Spurvetoften", SYDDANMARK),
    ("Skansebakken", "Skansebakken", SYDDANMARK),
    ("Botilbuddet Skovbo", "Botilbuddet Skovbo", SYDDANMARK),
    # "Task force i forhold til lukningstruede tilbud i Region Sjælland"
    ("Kildebo", "Kildebo – Center for Neurorehabilitering", SJAELLAND),
    ("BOMI", "BOMI", SJAELLAND),
    ("Platangården", "Platangården", SJAELLAND),
    ("Børneskolen Filadelfia", "Børneskolen Filadelfia", SJAELLAND),
    ("Bakkegården", "Bakkegården (herunder Skelbækgård)", SJAELLAND),
    ("Skelbækgård", "Bakkegården (herunder Skelbækgård)", SJAELLAND),
    ("Kofoedsminde", "Kofoedsminde", SJAELLAND),
    ("Synscenter Refsnæs", "Synscenter Refsnæs", SJAELLAND),
    ("Orions Bælte", "Orions Bælte", SJAELLAND),
    ("Himmelev", "Behandlingshjemmet Himmelev", SJAELLAND),
]
IDS = [seed_name for seed_name, _, _ in SEED_OFFERS]


@pytest.mark.parametrize(("seed_name", "offer", "region"), SEED_OFFERS, ids=IDS)
def test_the_seeds_offer_is_in_the_demo_in_its_region(db, seed_name, offer, region):
    assert Offer.objects.get(name=offer).region.name == region


@pytest.fixture(scope="module", params=["database", "elasticsearch"])
def seed_backend(request, django_db_setup, django_db_blocker):
    """Each backend's index rebuilt from the demo content, once per module
    (other modules' Elasticsearch tests leave their own documents behind)."""
    if request.param == "elasticsearch":
        require_elasticsearch()
    reset_backends()
    with django_db_blocker.unblock():
        backend = get_search_backend(request.param)
        rebuild(backend)
    yield backend
    reset_backends()


@pytest.mark.parametrize(("seed_name", "offer", "region"), SEED_OFFERS, ids=IDS)
def test_the_search_finds_the_seeds_offer_by_name(
    seed_backend, db, seed_name, offer, region
):
    results = seed_backend.search(
        SearchQuery(text=seed_name, now=timezone.now(), per_page=3)
    )
    top = [hit.title for hit in results.hits]
    assert offer in top, f"{seed_name!r} on {seed_backend.alias}: {top}"
