"""The demo command builds a realistic site and is safe to run again."""

import io

from django.core.management import call_command
from wagtail.models import Page, Revision

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


def test_running_the_command_again_changes_nothing(db):
    before = (Page.objects.count(), Revision.objects.count(), Offer.objects.count())
    out = io.StringIO()

    call_command("load_demo_content", stdout=out)

    after = (Page.objects.count(), Revision.objects.count(), Offer.objects.count())
    assert after == before
    assert "allerede indlæst" in out.getvalue()


def test_running_it_again_keeps_an_editors_changes(db):
    method = MethodPage.objects.get(slug=MethodPage.objects.first().slug)
    method.summary = "Redaktørens egen formulering."
    method.save_revision().publish()

    call_command("load_demo_content", stdout=io.StringIO())

    method.refresh_from_db()
    assert method.summary == "Redaktørens egen formulering."


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
