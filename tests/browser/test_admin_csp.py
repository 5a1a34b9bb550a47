"""The Wagtail admin under a Content-Security-Policy without 'unsafe-inline'
for scripts: an editor walks the screens the project uses (dashboard,
explorer, page editors with StreamFields and inline panels, choosers, a
snippet, uploads, reports, settings, groups, workflows, the userbar on the
site) and everything works with not one script or style blocked.

Wagtail's own inline scripts (inline panels, date pickers, choosers) run by
the request's nonce (kb.core.security); these tests prove they still run,
also inside an inline panel's form added in the browser."""

from __future__ import annotations

import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.harness import (
    EDITOR_EMAIL,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
    publish_in_admin,
    search_user_picker,
    watch_csp_violations,
)

ADMIN_OBJECTS = """
from django.contrib.auth.models import Group
from wagtail.models import Site, Workflow
from agreements.models import FrameworkAgreementPage
from corps.models import SpecialistPage
from methods.models import MethodPage
from networks.models import NetworkPage
result = {
    "home": Site.objects.get(is_default_site=True).root_page_id,
    "method": MethodPage.objects.live().order_by("path").first().pk,
    "agreement": FrameworkAgreementPage.objects.live().order_by("path").first().pk,
    "specialist": SpecialistPage.objects.live().order_by("path").first().pk,
    "network": NetworkPage.objects.live().order_by("path").first().pk,
    "group": Group.objects.order_by("pk").first().pk,
    "workflow": Workflow.objects.order_by("pk").first().pk,
}
"""

NEW_THEME_DAY = """
import datetime as dt
from django.utils import timezone
from networks.models import EventIndexPage, ThemeDayPage
start = timezone.now().replace(microsecond=0) + dt.timedelta(days=60)
event = ThemeDayPage(
    title=args["title"], start=start, end=start + dt.timedelta(hours=6),
    location="Vejle", organiser="Socialstyrelsen", audience="Ledere",
    intro="En temadag om overgange.",
)
EventIndexPage.objects.first().add_child(instance=event)
event.save_revision().publish()
result = event.pk
"""

NEW_MEETING = """
import datetime as dt
from django.utils import timezone
from networks.models import NetworkMeeting
meeting = NetworkMeeting.objects.create(
    network_id=args["network"], title=args["title"],
    start=timezone.now().replace(microsecond=0) + dt.timedelta(days=20),
)
result = meeting.pk
"""

STREAM_OF = """
from wagtail.models import Page
page = Page.objects.get(pk=args["id"]).specific
result = {
    "live": page.live,
    "changes": page.has_unpublished_changes,
    "titles": [block.value["title"] for block in getattr(page, args["field"])],
}
"""

AGREEMENT_GOALS = """
from agreements.models import FrameworkAgreementPage
page = FrameworkAgreementPage.objects.get(pk=args["id"])
result = [entry.goal for entry in page.focus_area_entries.all()]
"""

MEETING_OF = """
from networks.models import NetworkMeeting
meeting = NetworkMeeting.objects.get(pk=args["id"])
result = {"location": meeting.location, "documents": meeting.documents.count()}
"""

IMAGE_TITLES = """
from wagtail.images import get_image_model
result = list(get_image_model().objects.values_list("title", flat=True))
"""


# What axe finds in Wagtail 8.0.1's own markup, not ours, by screen: the
# workflow list puts an <a> directly in its <ul>; the upload pages' file
# input is hidden behind a button and their progress bar carries
# aria-valuenow without a role, its "100%" white on light teal; tag-it's
# text box (keywords, image tags) has no label; Draftail's editable area
# (rich text) has no name; the editor's minimap scrolls without being
# focusable.
UPLOAD = ("label", "aria-allowed-attr")
EDITOR = ("label", "aria-input-field-name", "scrollable-region-focusable")
WAGTAIL_MARKUP = {
    "admin: workflows": ("list", "listitem"),
    "admin: image upload": UPLOAD,
    "admin: document upload": UPLOAD,
    "admin: image uploaded": (*UPLOAD, "color-contrast"),
    "admin: editing a method": EDITOR,
    "admin: editing a theme day": EDITOR,
    "admin: editing a framework agreement": EDITOR,
    "admin: framework agreement with a new focus area": EDITOR,
    "admin: editing a network meeting": EDITOR,
}


@pytest.fixture(scope="module")
def objects(site_server):
    return site_server.run_python(ADMIN_OBJECTS)


def check(page, context: str) -> None:
    """axe (but for Wagtail's known faults) and the sideways check on the
    whole page; Wagtail's messages fade in, and axe would measure a
    half-faded colour."""
    if page.locator(".messages li").count():
        page.wait_for_timeout(1500)
    assert_accessible(page, context, disable_rules=WAGTAIL_MARKUP.get(context, ()))
    assert_no_sideways_scroll(page, context)


def script_src(response) -> list[str]:
    policy = response.headers["content-security-policy"]
    directive = next(
        part.split()
        for part in (p.strip() for p in policy.split(";"))
        if part.startswith("script-src ")
    )
    return directive[1:]


def add_stream_block(page, field: str, values: dict[str, str]) -> None:
    """Insert a block at the top of the StreamField ``field`` (one block
    type: the + inserts it at once) and fill its ``values`` by sub-field."""
    count = page.locator(f"input[name='{field}-count']")
    before = int(count.input_value())
    section = page.locator("section", has=count).last
    section.locator("button.c-sf-add-button").first.click()
    expect(count).to_have_value(str(before + 1))
    for name, value in values.items():
        page.locator(f"[name='{field}-{before}-value-{name}']").fill(value)


def test_admin_screens_answer_without_unsafe_inline_or_blocked_scripts(
    page, site_server, objects, viewport
):
    csp_violations = watch_csp_violations(page)
    log_in(page)
    screens = {
        "dashboard": "/admin/",
        "page explorer": f"/admin/pages/{objects['home']}/",
        "search in the explorer": "/admin/pages/search/?q=metode",
        "site history report": "/admin/reports/site-history/",
        "aging pages report": "/admin/reports/aging-pages/",
        "accessibility statement setting": "/admin/settings/home/accessibilitystatement/",
        "group editor": f"/admin/groups/edit/{objects['group']}/",
        "workflows": "/admin/workflows/list/",
        "workflow editor": f"/admin/workflows/edit/{objects['workflow']}/",
        "image upload": "/admin/images/multiple/add/",
        "document upload": "/admin/documents/multiple/add/",
        "snippets": "/admin/snippets/",
    }
    for context, path in screens.items():
        response = page.goto(path)
        assert response is not None and response.status == 200, (
            f"{context}: {path} answered {response and response.status}"
        )
        if "/admin/" in page.url:
            assert "'unsafe-inline'" not in script_src(response), context
        check(page, f"admin: {context}")
    assert csp_violations == []


def test_the_editors_header_allows_scripts_by_nonce_only(page, objects):
    log_in(page)
    response = page.goto(f"/admin/pages/{objects['agreement']}/edit/")
    sources = script_src(response)
    assert "'unsafe-inline'" not in sources
    assert sources[0] == "'self'"
    assert re.fullmatch(r"'nonce-[A-Za-z0-9+/=]+'", sources[1]), sources
    nonce = sources[1][len("'nonce-") : -1]
    # The nonce is hidden from the DOM once the page has loaded, but every
    # inline script the page ran carried it.
    scripts = page.evaluate(
        """() => [...document.querySelectorAll('script:not([src])')]
            .filter((s) => !s.type || s.type === 'text/javascript')
            .map((s) => s.nonce)"""
    )
    assert scripts and set(scripts) == {nonce}


def test_an_editor_adds_blocks_and_publishes_a_method_and_a_theme_day(
    page, site_server, objects, viewport
):
    csp_violations = watch_csp_violations(page)
    log_in(page)

    # A method page: a new core element in its StreamField.
    page.goto(f"/admin/pages/{objects['method']}/edit/")
    check(page, "admin: editing a method")
    title = f"Fælles plan ({viewport.id})"
    add_stream_block(
        page, "core_elements", {"title": title, "text": "Borgeren er med hele vejen."}
    )
    publish_in_admin(page)
    assert "/edit/" not in page.url, page.locator(".error-message").all_inner_texts()
    check(page, "admin: explorer after publishing the method")
    method = site_server.run_python(
        STREAM_OF, id=objects["method"], field="core_elements"
    )
    assert method["live"] and not method["changes"]
    assert method["titles"][0] == title

    # A theme day: the date pickers open (their inline scripts ran), the
    # page chooser's dialog opens and closes, and a programme item is added.
    event = site_server.run_python(NEW_THEME_DAY, title=f"CSP-temadag {viewport.id}")
    page.goto(f"/admin/pages/{event}/edit/")
    check(page, "admin: editing a theme day")
    page.get_by_role("textbox", name=re.compile(r"^Starter")).click()
    expect(page.locator(".xdsoft_datetimepicker:visible").first).to_be_visible()
    page.keyboard.press("Escape")
    chooser = page.locator("#id_framework_agreement-chooser")
    chooser.scroll_into_view_if_needed()
    chooser.locator("[data-chooser-action-choose]:visible").first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator(".modal-content")).to_be_visible()
    page.wait_for_timeout(600)  # the dialog fades in; axe measures colours
    assert_accessible(page, "page chooser dialog", include=".modal-content")
    assert_no_sideways_scroll(page, "page chooser dialog")
    dialog.get_by_role("button", name=re.compile("^Luk")).first.click()
    expect(dialog.locator(".modal-content")).to_be_hidden()
    item = f"Velkomst ({viewport.id})"
    add_stream_block(page, "programme", {"time": "09:30", "title": item})
    page.keyboard.press("Escape")  # the time picker
    publish_in_admin(page)
    assert "/edit/" not in page.url, page.locator(".error-message").all_inner_texts()
    saved = site_server.run_python(STREAM_OF, id=event, field="programme")
    assert saved["live"] and saved["titles"] == [item]
    assert csp_violations == []


def test_an_editor_adds_an_inline_panel_entry_with_a_chooser(
    page, site_server, objects, viewport
):
    """The inline panel's new form comes from a <template>; its chooser's
    script must run there too (jQuery copies the nonce)."""
    csp_violations = watch_csp_violations(page)
    log_in(page)
    page.goto(f"/admin/pages/{objects['agreement']}/edit/")
    check(page, "admin: editing a framework agreement")
    total = page.locator("#id_focus_area_entries-TOTAL_FORMS")
    index = int(total.input_value())
    page.locator("#id_focus_area_entries-ADD").click()
    entry = page.locator(f"#inline_child_focus_area_entries-{index}")
    expect(entry).to_be_visible()
    chooser = entry.locator(f"#id_focus_area_entries-{index}-focus_area-chooser")
    chooser.locator("[data-chooser-action-choose]:visible").first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator(".modal-content")).to_be_visible()
    page.wait_for_timeout(600)  # the dialog fades in; axe measures colours
    assert_accessible(page, "focus area chooser dialog", include=".modal-content")
    dialog.locator("[data-chooser-modal-choice]").first.click()
    expect(chooser.locator("[data-chooser-title]")).not_to_be_empty()
    expect(dialog.locator(".modal-content")).to_be_hidden()
    page.wait_for_timeout(600)  # the backdrop fades out
    goal = f"Flere borgere i egen bolig ({viewport.id})"
    entry.locator(f"#id_focus_area_entries-{index}-goal").fill(goal)
    check(page, "admin: framework agreement with a new focus area")
    publish_in_admin(page)
    assert "/edit/" not in page.url, page.locator(".error-message").all_inner_texts()
    assert goal in site_server.run_python(AGREEMENT_GOALS, id=objects["agreement"])
    assert csp_violations == []


def test_an_editor_edits_a_meeting_snippet(page, site_server, objects, viewport):
    csp_violations = watch_csp_violations(page)
    meeting = site_server.run_python(
        NEW_MEETING, network=objects["network"], title=f"CSP-møde {viewport.id}"
    )
    log_in(page)
    page.goto(f"/admin/snippets/networks/networkmeeting/edit/{meeting}/")
    check(page, "admin: editing a network meeting")
    page.get_by_role("textbox", name=re.compile(r"^Tidspunkt")).click()
    expect(page.locator(".xdsoft_datetimepicker:visible").first).to_be_visible()
    page.keyboard.press("Escape")
    # An inline panel form added and removed again: its buttons work.
    index = int(page.locator("#id_documents-TOTAL_FORMS").input_value())
    page.locator("#id_documents-ADD").click()
    added = page.locator(f"#inline_child_documents-{index}")
    expect(added).to_be_visible()
    page.locator(f"#id_documents-{index}-DELETE-button").click()
    expect(added).to_be_hidden()
    page.get_by_role("textbox", name=re.compile(r"^Sted")).fill("Vejle Rådhus")
    with page.expect_navigation():
        page.locator("footer").get_by_role(
            "button", name=re.compile(r"^Gem")
        ).first.click()
    check(page, "admin: network meetings after saving")
    assert site_server.run_python(MEETING_OF, id=meeting) == {
        "location": "Vejle Rådhus",
        "documents": 0,
    }
    assert csp_violations == []


def test_an_editor_uploads_an_image(page, site_server, viewport, tmp_path):
    """The upload answers with the image's form, added by jQuery."""
    csp_violations = watch_csp_violations(page)
    picture = tmp_path / f"csp-billede-{viewport.id}.png"
    # Sizes of its own per viewport, or Wagtail calls it a duplicate.
    Image.new("RGB", (40, int(viewport.id) // 10), (20, 90, 160)).save(picture)
    log_in(page)
    page.goto("/admin/images/multiple/add/")
    page.locator("#fileupload").set_input_files(str(picture))
    uploaded = page.locator("#upload-list li.upload-success")
    expect(uploaded).to_be_visible()
    check(page, "admin: image uploaded")
    assert f"csp-billede-{viewport.id}" in site_server.run_python(IMAGE_TITLES)
    assert csp_violations == []


def test_an_editor_searches_the_user_picker(page, objects):
    csp_violations = watch_csp_violations(page)
    log_in(page)
    page.goto(f"/admin/pages/{objects['specialist']}/edit/")
    results = search_user_picker(page, page.locator("#id_user-chooser"), EDITOR_EMAIL)
    expect(
        results.get_by_role("link", name=re.compile("Rikke Redaktør"))
    ).to_be_visible()
    assert_accessible(page, "user picker dialog", include=".modal-content")
    assert_no_sideways_scroll(page, "user picker dialog")
    assert csp_violations == []


def test_the_userbar_on_the_site_runs_under_the_sites_policy(
    page, site_server, objects
):
    csp_violations = watch_csp_violations(page)
    log_in(page)
    url = site_server.run_python(
        "from wagtail.models import Page\nresult = Page.objects.get(pk=args['id']).url",
        id=objects["method"],
    )
    response = page.goto(url)
    assert script_src(response) == ["'self'"]
    expect(page.locator("wagtail-userbar")).to_be_attached()
    check(page, "method page with the userbar")
    assert csp_violations == []
