"""An administrator gives a specialist their own login by typing part of
the person's e-mail into the admin's user picker, then publishes the page;
the picker and its dialog pass axe and fit a phone."""

import re

from playwright.sync_api import expect

from tests.browser.harness import (
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
    publish_in_admin,
    search_user_picker,
)

SPECIALIST_WITHOUT_LOGIN = """
from corps.models import SpecialistPage
page = next(
    s for s in SpecialistPage.objects.live().order_by("pk")
    if s.get_latest_revision_as_object().user_id is None
)
result = {"id": page.pk, "title": page.title}
"""

LOGIN_OF = """
from corps.models import SpecialistPage
page = SpecialistPage.objects.get(pk=args["id"])
result = {
    "email": page.user.email if page.user else None,
    "live": page.live,
    "unpublished_changes": page.has_unpublished_changes,
}
"""


def test_an_administrator_picks_a_specialists_login_by_email(
    page, site_server, viewport
):
    email = f"specialist-{viewport.id}@vaelger-test.dk"
    site_server.create_user(
        email, first_name="Sigrid", last_name=f"Vælger {viewport.id}"
    )
    site_server.create_user(f"andre-{viewport.id}@vaelger-test.dk", first_name="Anden")
    specialist = site_server.run_python(SPECIALIST_WITHOUT_LOGIN)

    log_in(page)
    page.goto(f"/admin/pages/{specialist['id']}/edit/")
    field = page.locator("#id_user-chooser")
    field.scroll_into_view_if_needed()
    assert_accessible(page, "user picker", include="#id_user-chooser")
    assert field.get_by_role("button", name="Vælg en bruger").is_visible()
    # Part of the e-mail is enough; the other test user does not match.
    results = search_user_picker(page, field, f"specialist-{viewport.id}@vaelger")
    choice = results.get_by_role("link", name=f"Sigrid Vælger {viewport.id}")
    expect(choice).to_be_visible()
    assert_accessible(page, "user picker dialog", include=".modal-content")
    assert_no_sideways_scroll(page, "user picker dialog")
    choice.click()

    title = field.locator("[data-chooser-title]")
    expect(title).to_have_text(f"Sigrid Vælger {viewport.id} ({email})")
    assert_no_sideways_scroll(page, "specialist page with a login")
    publish_in_admin(page)
    assert not re.search(r"/edit/$", page.url), page.locator(
        ".messages"
    ).all_inner_texts()

    saved = site_server.run_python(LOGIN_OF, id=specialist["id"])
    assert saved == {"email": email, "live": True, "unpublished_changes": False}

    # Published again unchanged, the login stays.
    page.goto(f"/admin/pages/{specialist['id']}/edit/")
    assert (
        page.locator("#id_user-chooser [data-chooser-title]")
        .inner_text()
        .endswith(f"({email})")
    )
    publish_in_admin(page)
    assert site_server.run_python(LOGIN_OF, id=specialist["id"])["email"] == email
