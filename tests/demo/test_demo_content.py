"""The demo site is realistic: enough content, real dates, tagged, and its
people are fictional. (How the loader behaves: test_loader.py.)"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Page

from agreements.models import FrameworkAgreementPage
from corps.models import SpecialistPage
from home.models import HomePage
from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import EvidencePage, MethodPage
from networks.models import NetworkPage, ThemeDayPage
from offers.models import Offer


def test_demo_site_has_the_promised_amount_of_content(db):
    assert MethodPage.objects.live().count() >= 25
    assert EvidencePage.objects.live().count() >= 10
    assert ThemeDayPage.objects.live().count() >= 15
    assert NetworkPage.objects.live().count() >= 8
    assert SpecialistPage.objects.live().count() >= 12
    assert Offer.objects.count() >= 15
    assert FrameworkAgreementPage.objects.live().count() >= 4
    assert TargetGroup.objects.count() >= 10
    assert FocusArea.objects.count() >= 8


def test_demo_content_is_real_danish_text_not_placeholders(db):
    all_text = " ".join(MethodPage.objects.values_list("summary", flat=True))
    assert "lorem" not in all_text.lower()
    assert MethodPage.objects.filter(title__icontains="FIT").exists()
    assert MethodPage.objects.filter(title__icontains="Sammen om Psykiatri").exists()
    assert Offer.objects.filter(name__icontains="Refsnæs").exists()


def test_seed_theme_days_keep_their_real_dates(db):
    years = {event.start.year for event in ThemeDayPage.objects.all()}
    assert {2022, 2023} <= years
    assert ThemeDayPage.upcoming().exists()


def test_every_method_and_event_is_tagged(db):
    for method in MethodPage.objects.all():
        assert method.target_groups.exists(), method.title
        assert method.focus_areas.exists(), method.title
    assert MethodPage.objects.filter(evidence__isnull=False).distinct().count() >= 10


def test_the_site_root_is_the_vidensbanken_home_page(db):
    from wagtail.models import Site

    assert isinstance(
        Site.objects.get(is_default_site=True).root_page.specific, HomePage
    )
    # Wagtail's placeholder welcome page is gone.
    assert (
        not Page.objects.filter(depth=2).exclude(pk=HomePage.objects.get().pk).exists()
    )


def test_demo_people_are_fictional_with_example_addresses(db):
    emails = [s.email for s in SpecialistPage.objects.all() if s.email]
    assert emails and all(e.endswith("@example.dk") for e in emails)


SEEDS_DIR = Path(settings.BASE_DIR).parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="the seeds are not next to the repo")
def test_no_real_person_from_the_seeds_becomes_a_demo_person(db):
    """PRODUCT.md: the seeds name real people; the demo's are invented."""
    seeds = " ".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in SEEDS_DIR.glob("*.txt")
    )
    seeds = re.sub(r"\s+", " ", seeds).lower()
    people = {
        *SpecialistPage.objects.values_list("title", flat=True),
        *MethodPage.objects.exclude(contact_name="").values_list(
            "contact_name", flat=True
        ),
        *NetworkPage.objects.exclude(coordinator_name="").values_list(
            "coordinator_name", flat=True
        ),
    }
    assert len(people) > 30
    for name in people:
        parts = name.split()
        assert name.lower() not in seeds, name
        assert f"{parts[0]} {parts[-1]}".lower() not in seeds, name


def test_specialists_live_in_their_home_offers_region_and_travel_there(db):
    for specialist in SpecialistPage.objects.select_related("home_offer"):
        assert specialist.region_id == specialist.home_offer.region_id
        assert specialist.travel_regions.filter(pk=specialist.region_id).exists()
