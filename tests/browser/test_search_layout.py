"""The search page on a phone: results first, filters folded into a
"Filtrér" panel that opens with a tap or the keyboard; on a desktop the
filters stand open beside the results."""

import os

from tests.browser.harness import assert_accessible, assert_no_sideways_scroll


def test_results_come_before_the_filters(page, viewport):
    page.goto("/soeg/?q=autisme")
    first_result = page.locator(".search-results a").first
    panel = page.locator("details[data-filter-panel]")
    toggle = panel.locator("summary")
    assert toggle.inner_text().startswith("Filtrér")
    if viewport.mobile:
        assert not panel.evaluate("el => el.open")
        assert first_result.bounding_box()["y"] < toggle.bounding_box()["y"]
        toggle.focus()
        page.keyboard.press("Enter")
        assert panel.evaluate("el => el.open")
        assert panel.get_by_role("group", name="Type").is_visible()
    else:
        assert panel.evaluate("el => el.open")
        assert first_result.bounding_box()["x"] < toggle.bounding_box()["x"]
    answered_by = page.locator(".search-backend")
    assert answered_by.is_visible()
    if os.environ.get("ELASTICSEARCH_URL"):  # the server uses the suite's node
        assert (
            answered_by.inner_text() == "Svaret kom fra søgemaskinen (Elasticsearch)."
        )
    assert_accessible(page, "search page")
    assert_no_sideways_scroll(page, "search page")


def test_a_chosen_filter_keeps_the_panel_open(page):
    page.goto("/soeg/?q=autisme")
    panel = page.locator("details[data-filter-panel]")
    if not panel.evaluate("el => el.open"):
        panel.locator("summary").click()
    panel.get_by_role("group", name="Type").get_by_role("checkbox").first.check()
    with page.expect_navigation():
        panel.get_by_role("button", name="Opdatér resultater").click()
    assert page.locator("details[data-filter-panel]").evaluate("el => el.open")
    assert (
        "(1 valgt)" in page.locator("details[data-filter-panel] summary").inner_text()
    )


def test_a_misspelt_word_is_corrected_and_the_page_says_so(page):
    """Typed with the keyboard: the notice, the count and the results are
    about the corrected word, and one link searches for what was typed."""
    page.goto("/soeg/")
    field = page.get_by_label("Søgeord")
    field.fill("autsime")
    with page.expect_navigation():
        field.press("Enter")
    notice = page.get_by_role("status").filter(has_text="Viser resultater for")
    assert notice.inner_text().startswith("Viser resultater for »autisme«.")
    count = page.locator(".result-count").inner_text()
    assert count.endswith("resultater for „autisme“"), count
    assert page.locator(".search-results li").count() > 0
    assert_accessible(page, "search page with a corrected word")
    assert_no_sideways_scroll(page, "search page with a corrected word")
    with page.expect_navigation():
        page.get_by_role("link", name="Søg i stedet efter »autsime«").click()
    assert (
        page.get_by_role("status").filter(has_text="Viser resultater for").count() == 0
    )
    assert (
        page.locator(".result-count").inner_text() == "Ingen resultater for „autsime“"
    )
    assert page.get_by_label("Søgeord").input_value() == "autsime"
