"""Bad input in the admin gives field errors in Danish, never a 500, and
nothing the editor typed is saved half-way."""

from django.urls import reverse

from agreements.models import FrameworkAgreementPage
from methods.models import EvidencePage, MethodPage
from networks.models import ThemeDayPage
from offers.models import Offer
from tests.forms import error_messages, form_values, post_data

PUBLISH = {"action-publish": "action-publish"}


def post_edit(client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    values = form_values(client.get(url).content.decode())
    return client.post(url, post_data(values, **changes))


def assert_refused(response, message):
    """The form came back (no redirect, no 500) with ``message`` at a field."""
    assert response.status_code == 200
    errors = error_messages(response.content.decode())
    assert any(message in error for error in errors), errors


def test_event_ending_before_it_starts_is_refused(admin_client):
    event = ThemeDayPage.objects.first()
    response = post_edit(
        admin_client, event, start="2027-03-10 09:00", end="2027-03-09 15:00"
    )
    assert_refused(response, "Arrangementet kan ikke slutte, før det starter.")
    event.refresh_from_db()
    assert event.end > event.start


def test_event_without_place_must_be_online(admin_client):
    event = ThemeDayPage.objects.first()
    values = post_edit(admin_client, event, location="", online="")
    assert_refused(values, "Angiv et sted, eller markér arrangementet som online.")


def test_invalid_date_is_a_field_error(admin_client):
    event = ThemeDayPage.objects.first()
    response = post_edit(admin_client, event, start="32-13-2027 25:99")
    assert_refused(response, "Indtast")


def test_method_review_dates_must_be_in_order(admin_client):
    method = MethodPage.objects.first()
    response = post_edit(
        admin_client, method, last_reviewed="2026-05-01", next_review="2026-01-01"
    )
    assert_refused(response, "Næste gennemgang skal ligge efter seneste gennemgang.")


def test_publishing_a_method_without_summary_is_refused(admin_client):
    method = MethodPage.objects.first()
    response = post_edit(admin_client, method, summary="", **PUBLISH)
    assert_refused(response, "Dette felt er påkrævet")
    method.refresh_from_db()
    assert method.summary


def test_agreement_period_must_not_run_backwards(admin_client):
    agreement = FrameworkAgreementPage.objects.first()
    response = post_edit(
        admin_client, agreement, period_start="2024", period_end="2021"
    )
    assert_refused(response, "Slutåret kan ikke ligge før startåret.")


def test_evidence_year_must_be_plausible(admin_client):
    evidence = EvidencePage.objects.first()
    response = post_edit(admin_client, evidence, year="1066")
    assert_refused(response, "Angiv et årstal mellem 1900 og 2100.")


def test_offer_snippet_with_bad_url_keeps_the_input(admin_client):
    offer = Offer.objects.first()
    url = reverse("wagtailsnippets_offers_offer:edit", args=[offer.pk])
    values = form_values(admin_client.get(url).content.decode())
    response = admin_client.post(
        url, post_data(values, url="ikke en adresse", description="Ny beskrivelse")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ny beskrivelse" in html
    assert any(
        "URL" in error or "webadresse" in error for error in error_messages(html)
    )
    offer.refresh_from_db()
    assert offer.description != "Ny beskrivelse"
