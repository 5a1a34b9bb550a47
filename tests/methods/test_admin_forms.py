"""Bad input in the admin gives field errors in Danish, never a 500, and
nothing the editor typed is saved half-way: methods and evidence."""

from tests import factories
from tests.forms import assert_refused, post_page_edit

PUBLISH = {"action-publish": "action-publish"}


def test_method_review_dates_must_be_in_order(admin_client):
    method = factories.method_page()
    response = post_page_edit(
        admin_client, method, last_reviewed="2026-05-01", next_review="2026-01-01"
    )
    assert_refused(response, "Næste gennemgang skal ligge efter seneste gennemgang.")


def test_publishing_a_method_without_summary_is_refused(admin_client):
    method = factories.method_page(summary="Kort fortalt om metoden.")
    response = post_page_edit(admin_client, method, summary="", **PUBLISH)
    assert_refused(response, "Dette felt er påkrævet")
    method.refresh_from_db()
    assert method.summary == "Kort fortalt om metoden."


def test_evidence_year_must_be_plausible(admin_client):
    evidence = factories.evidence_page(year=2024)
    response = post_page_edit(admin_client, evidence, year="1066")
    assert_refused(response, "Angiv et årstal mellem 1900 og 2100.")
    evidence.refresh_from_db()
    assert evidence.year == 2024
