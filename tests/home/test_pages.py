"""Every page type renders for an anonymous visitor with its key content."""

import pytest
from django.urls import reverse
from django.utils import timezone

from agreements.models import FrameworkAgreementIndexPage, FrameworkAgreementPage
from corps.models import CorpsIndexPage, SpecialistPage
from home.models import HomePage
from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import (
    EvidenceIndexPage,
    EvidencePage,
    EvidenceScalePage,
    MethodIndexPage,
    MethodPage,
)
from methods.rating import EVIDENCE_CRITERIA
from networks.models import EventIndexPage, NetworkIndexPage, NetworkPage, ThemeDayPage
from offers.models import Offer


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_page_shows_search_methods_events_corps_and_entry_points(client, db):
    html = get_html(client, "/")
    assert 'lang="da"' in html
    assert 'name="q"' in html
    newest = MethodPage.objects.live().order_by("-first_published_at").first()
    assert newest.title in html
    assert ThemeDayPage.upcoming().first().title in html
    assert TargetGroup.objects.first().get_absolute_url() in html
    assert FocusArea.objects.first().get_absolute_url() in html
    assert CorpsIndexPage.objects.get().url in html


def test_method_page_shows_its_structured_content_and_disclaimer(client, db):
    method = MethodPage.objects.filter(evidence__isnull=False).distinct().first()
    html = get_html(client, method.url)
    assert method.title in html
    assert method.summary in html
    assert method.get_evidence_level_display() in html
    assert method.get_evidence().first().title in html
    assert method.target_groups.first().name in html
    assert "ikke en anbefaling" in html
    assert EvidenceScalePage.objects.get().url in html


def test_unrated_method_says_so(client, db):
    method = MethodPage.objects.first()
    method.evidence_level = None
    method.save_revision().publish()
    assert "Ikke vurderet" in get_html(client, method.url)


def test_evidence_page_links_back_to_its_methods(client, db):
    evidence = EvidencePage.objects.filter(methods__isnull=False).distinct().first()
    html = get_html(client, evidence.url)
    assert evidence.publisher in html
    assert str(evidence.year) in html
    assert evidence.get_methods().first().url in html


def test_scale_page_explains_every_level_in_danish(client, db):
    html = get_html(client, EvidenceScalePage.objects.get().url)
    for criteria in EVIDENCE_CRITERIA.values():
        assert str(criteria)[:60] in html
    assert "Implementeringsparathed" in html


def test_index_pages_list_their_children(client, db):
    html = get_html(client, MethodIndexPage.objects.get().url)
    assert MethodPage.objects.live().order_by("title").first().title in html
    html = get_html(client, EvidenceIndexPage.objects.get().url)
    assert EvidencePage.objects.first().title in html
    html = get_html(client, NetworkIndexPage.objects.get().url)
    assert NetworkPage.objects.first().title in html
    html = get_html(client, CorpsIndexPage.objects.get().url)
    assert SpecialistPage.objects.first().title in html
    html = get_html(client, FrameworkAgreementIndexPage.objects.get().url)
    assert FrameworkAgreementPage.objects.first().title in html


def test_method_index_filters_by_target_group(client, db):
    tag = TargetGroup.objects.filter(methods_methodtargetgroup__isnull=False).first()
    index = MethodIndexPage.objects.get()
    html = get_html(client, f"{index.url}?malgruppe={tag.slug}")
    tagged = MethodPage.objects.filter(target_groups=tag)
    untagged = MethodPage.objects.exclude(target_groups=tag)
    assert all(m.title in html for m in tagged)
    assert not any(f">{m.title}<" in html for m in untagged)


def test_calendar_separates_upcoming_and_past_events(client, db):
    html = get_html(client, EventIndexPage.objects.get().url)
    upcoming = ThemeDayPage.upcoming().first()
    past = (
        ThemeDayPage.objects.filter(end__lt=timezone.now()).order_by("-start").first()
    )
    assert upcoming.title in html and past.title in html
    assert html.index(upcoming.title) < html.index(past.title)


def test_theme_day_page_shows_date_place_organiser_and_audience(client, db):
    event = ThemeDayPage.objects.exclude(organiser="").first()
    html = get_html(client, event.url)
    assert event.organiser in html
    assert event.audience in html
    assert str(event.start.year) in html


def test_past_event_is_marked_as_held(client, db):
    event = ThemeDayPage.objects.filter(end__lt=timezone.now()).first()
    assert "afholdt" in get_html(client, event.url).lower()


def test_network_page_shows_purpose_and_its_events(client, db):
    network = NetworkPage.objects.filter(
        pk__in=[e.get_parent().pk for e in ThemeDayPage.objects.all()]
    ).first()
    html = get_html(client, network.url)
    assert network.purpose in html
    assert network.get_events().first().title in html


def test_specialist_page_shows_expertise_and_home_offer(client, db):
    specialist = SpecialistPage.objects.first()
    html = get_html(client, specialist.url)
    assert specialist.profession in html
    assert specialist.home_offer.name in html
    assert specialist.home_offer.get_absolute_url() in html


def test_offer_pages_render(client, db):
    offer = Offer.objects.filter(specialists__isnull=False).first()
    html = get_html(client, offer.get_absolute_url())
    assert offer.operator in html
    assert offer.specialists.first().title in html
    # The offer index is paged: the offer is on one of its pages.
    listed, number = False, 1
    while not listed:
        html = get_html(client, f"{reverse('offers:offers')}?side={number}")
        listed = offer.name in html
        if 'rel="next"' not in html:
            break
        number += 1
    assert listed


def test_framework_agreement_page_shows_what_is_done_for_each_focus_area(client, db):
    shown_somewhere = 0
    for agreement in FrameworkAgreementPage.objects.all():
        html = get_html(client, agreement.url)
        for entry in agreement.focus_area_entries.all():
            assert entry.focus_area.name in html
            assert entry.goal[:50] in html
            for model in (MethodPage, NetworkPage):
                tagged = model.objects.live().filter(focus_areas=entry.focus_area)
                own = model.for_agreement(tagged, agreement)
                for page in own:
                    assert page.url in html
                    shown_somewhere += 1
    assert shown_somewhere > 0


def test_target_group_listing_shows_every_tagged_item_by_type(client, db):
    tag = TargetGroup.objects.filter(methods_methodtargetgroup__isnull=False).first()
    html = get_html(client, tag.get_absolute_url())
    for method in MethodPage.objects.live().filter(target_groups=tag):
        assert method.url in html
    for offer in Offer.objects.filter(target_groups=tag):
        assert offer.get_absolute_url() in html
    assert "Metoder" in html


def test_focus_area_listing_and_vocabulary_indexes(client, db):
    area = FocusArea.objects.filter(networks_networkfocusarea__isnull=False).first()
    html = get_html(client, area.get_absolute_url())
    for network in NetworkPage.objects.live().filter(focus_areas=area):
        assert network.url in html
    assert area.name in get_html(client, reverse("taxonomy:focus_areas"))
    tg = TargetGroup.objects.first()
    assert tg.name in get_html(client, reverse("taxonomy:target_groups"))


def test_unknown_tag_gives_a_danish_404(client, db):
    response = client.get(reverse("taxonomy:target_group", args=["findes-ikke"]))
    assert response.status_code == 404
    assert "ikke" in response.content.decode().lower()


def test_unpublished_pages_are_not_shown(client, db):
    method = MethodPage.objects.first()
    method.unpublish()
    assert client.get(method.url or f"/metoder/{method.slug}/").status_code == 404
    assert method.title not in get_html(client, MethodIndexPage.objects.get().url)


def test_search_page_finds_a_method_by_word_in_its_title(client, db):
    html = get_html(client, reverse("search:search") + "?q=Psykiatri")
    assert "Sammen om Psykiatri" in html


@pytest.mark.parametrize("query", ["", "x" * 500])
def test_search_page_handles_empty_and_overlong_queries(client, db, query):
    response = client.get(reverse("search:search"), {"q": query})
    assert response.status_code == 200


def test_home_page_is_the_only_home(db):
    assert HomePage.objects.count() == 1
