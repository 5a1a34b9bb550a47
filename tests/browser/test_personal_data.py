"""A user downloads their own data and deletes their account from the
user's menu, without JavaScript tricks; every page passes axe and fits a
phone."""

import json
from pathlib import Path

from tests.browser.harness import (
    PASSWORD,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
    open_site_menu,
)


def check(page, context):
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


def test_a_user_downloads_their_data_and_deletes_the_account(
    page, site_server, viewport
):
    email = f"slet-mig-{viewport.id}@example.dk"
    site_server.create_user(email, first_name="Sara", last_name="Sletmig")
    log_in(page, email)

    open_site_menu(page)
    page.get_by_role("link", name="Dine data").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Dine data"
    check(page, "my data")

    with page.expect_download() as download:
        page.locator("main").get_by_role("link", name="Download dine data").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["profil"]["e-mail"] == email

    page.locator("main").get_by_role("link", name="Slet din konto").click()
    check(page, "delete account")
    page.get_by_label("Din adgangskode").fill("forkert")
    page.get_by_label("Ja, slet min konto").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Slet min konto").click()
    assert "Adgangskoden er forkert." in page.locator("main").inner_text()
    check(page, "delete account, wrong password")

    page.get_by_label("Din adgangskode").fill(PASSWORD)
    page.get_by_label("Ja, slet min konto").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Slet min konto").click()
    assert "Din konto er slettet" in page.get_by_role("status").inner_text()
    assert page.get_by_role("button", name="Log ud").count() == 0
    check(page, "after deleting")

    page.goto("/konto/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name="Log ind").click()
    assert page.get_by_role("button", name="Log ud").count() == 0
