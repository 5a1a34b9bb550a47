"""Bad input in the agreement admin gives field errors in Danish, never a 500."""

from tests import factories
from tests.forms import assert_refused, post_page_edit


def test_agreement_period_must_not_run_backwards(admin_client):
    agreement = factories.agreement(
        period_start=2025, period_end=2026, focus_areas=[factories.focus_area()]
    )
    response = post_page_edit(
        admin_client, agreement, period_start="2024", period_end="2021"
    )
    assert_refused(response, "Slutåret kan ikke ligge før startåret.")
    agreement.refresh_from_db()
    assert (agreement.period_start, agreement.period_end) == (2025, 2026)
