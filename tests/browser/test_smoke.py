"""The main pages load in Chromium at desktop and phone width, in Danish,
without accessibility violations (axe-core, WCAG 2.1 AA) and without
scrolling sideways."""

import pytest

from tests.browser.harness import (
    assert_accessible,
    assert_no_sideways_scroll,
    watch_csp_violations,
)

PAGES = {
    "front": "/",
    "method": "/metoder/housing-first/",
    "search": "/soeg/?q=autisme",
    "theme-days": "/kalender/",
    "accessibility-statement": "/tilgaengelighedserklaering/",
    # The shared filter form with a field error.
    "specialists-filtered": "/specialistkorps/?malgruppe=udviklingshaemning&til=x",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_is_danish_accessible_and_fits(page, path, screenshot):
    csp_violations = watch_csp_violations(page)
    response = page.goto(path)
    assert response is not None and response.status == 200, (
        f"{path} answered {response and response.status}"
    )
    assert page.locator("html").get_attribute("lang") == "da"
    assert page.locator("h1").count() == 1
    screenshot()
    context = next(name for name, p in PAGES.items() if p == path)
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)
    assert csp_violations == []


def test_search_finds_results_for_the_query(page):
    page.goto("/soeg/?q=autisme")
    assert page.locator("main").get_by_role("link").count() > 0
    assert page.locator("main input[name=q]").input_value() == "autisme"
