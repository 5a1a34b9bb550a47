"""The site header: on a phone (375 px) the site name, log in/out, "Menu"
and the search field take two short rows, and the main menu and the user's
own pages open behind "Menu" (a disclosure that needs no JavaScript); at
1280 px everything is shown at once."""

from tests.browser.harness import (
    EDITOR_EMAIL,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

# The header on a phone, closed menu: two rows of about 44 px plus spacing.
PHONE_HEADER_LIMIT = 140


def header_height(page) -> float:
    return page.locator("header.site-header").bounding_box()["height"]


def tab_to(page, name: str, limit: int = 40) -> None:
    """Press Tab until the focused element's accessible text is ``name``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => (document.activeElement.innerText || '').trim()")
        if focused == name:
            return
    raise AssertionError(f"{name!r} was not reached with Tab")


def test_the_header_is_compact_on_a_phone_and_full_on_desktop(
    page, viewport, screenshot
):
    page.goto("/")
    header = page.locator("header.site-header")
    menu_link = header.get_by_role("navigation", name="Hovedmenu").get_by_role(
        "link", name="Evidens", exact=True
    )
    assert header.locator("#sitesoeg").is_visible()
    assert header.get_by_role("link", name="Log ind").is_visible()
    if viewport.mobile:
        assert header_height(page) <= PHONE_HEADER_LIMIT, header_height(page)
        assert not menu_link.is_visible()
        assert header.get_by_text("Menu", exact=True).is_visible()
    else:
        assert menu_link.is_visible()
        assert not header.get_by_text("Menu", exact=True).is_visible()
        # One row of name, search and log in above the menu band.
        box = header.locator("#sitesoeg").bounding_box()
        name = header.get_by_role("link", name="Vidensbanken").bounding_box()
        assert abs(box["y"] - name["y"]) < name["height"]
    assert_accessible(page, "front page, menu closed")
    assert_no_sideways_scroll(page, "front page, menu closed")
    # At 1280 px this is the README's docs/screenshot.png (copy it there).
    screenshot("closed", full_page=False)


def test_the_menu_is_reached_and_used_with_the_keyboard(page, viewport, screenshot):
    page.goto("/")
    nav = page.get_by_role("navigation", name="Hovedmenu")
    if viewport.mobile:
        tab_to(page, "Menu")
        page.keyboard.press("Enter")
        assert nav.get_by_role("link", name="Evidens", exact=True).is_visible()
        assert_accessible(page, "front page, menu open")
        assert_no_sideways_scroll(page, "front page, menu open")
        screenshot("open", full_page=False)
        # Space closes it again, as for any button.
        page.keyboard.press("Space")
        assert not nav.get_by_role("link", name="Evidens", exact=True).is_visible()
        page.keyboard.press("Space")
    tab_to(page, "Evidens")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == "Evidens"
    # The menu marks where the reader is (hidden again on a phone until opened).
    current = page.locator('.main-nav a[aria-current="page"]')
    assert current.text_content().strip() == "Evidens"


def test_a_logged_in_users_pages_are_in_the_menu(page, viewport):
    log_in(page, EDITOR_EMAIL, next="/")
    header = page.locator("header.site-header")
    assert header.get_by_role("button", name="Log ud").is_visible()
    bookings = header.get_by_role("link", name="Mine bookinger")
    if viewport.mobile:
        assert header_height(page) <= PHONE_HEADER_LIMIT, header_height(page)
        assert not bookings.is_visible()
        header.get_by_text("Menu", exact=True).click()
    assert bookings.is_visible()
    assert_accessible(page, "front page, logged in")
    assert_no_sideways_scroll(page, "front page, logged in")
    with page.expect_navigation():
        bookings.click()
    assert "booking" in page.get_by_role("heading", level=1).inner_text().lower()
