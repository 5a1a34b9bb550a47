"""Journey (e), the editor: open every page type of the demo in the admin
and publish it again without changes. Pages tagged with terms that contain
commas ("Børn, unge og skole") must keep exactly their terms."""

import re

import pytest

from tests.browser.harness import (
    assert_accessible,
    log_in,
    publish_in_admin,
    watch_csp_violations,
)

# One demo page per page type; tagged types prefer a page with comma terms.
DEMO_PAGES = """
from django.db.models import Q
from wagtail.models import Page
pages = {}
for page in Page.objects.filter(depth__gt=1).live().specific().order_by("path"):
    label = type(page)._meta.label
    tags = {
        field: sorted(getattr(page, field).names())
        for field in ("target_groups", "focus_areas")
        if hasattr(page, field)
    }
    commas = any("," in name for names in tags.values() for name in names)
    if label not in pages or (commas and not pages[label]["commas"]):
        pages[label] = {"id": page.pk, "title": page.title, "tags": tags,
                        "commas": commas}
result = pages
"""

TAGS_OF = """
from wagtail.models import Page
page = Page.objects.get(pk=args["id"]).specific
result = {
    field: sorted(getattr(page, field).names())
    for field in ("target_groups", "focus_areas")
    if hasattr(page, field)
}
"""

URL_OF = """
from wagtail.models import Page
result = Page.objects.get(pk=args["id"]).url
"""

PAGE_TYPES = [
    "home.HomePage",
    "home.ContentPage",
    "methods.MethodIndexPage",
    "methods.MethodPage",
    "methods.EvidenceIndexPage",
    "methods.EvidencePage",
    "methods.EvidenceScalePage",
    "networks.EventIndexPage",
    "networks.ThemeDayPage",
    "networks.NetworkIndexPage",
    "networks.NetworkPage",
    "corps.CorpsIndexPage",
    "corps.SpecialistPage",
    "agreements.FrameworkAgreementIndexPage",
    "agreements.FrameworkAgreementPage",
]


@pytest.fixture(scope="module")
def demo_pages(site_server):
    return site_server.run_python(DEMO_PAGES)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_the_editor_republishes_each_page_type_unchanged(
    page, site_server, demo_pages, page_type
):
    demo = demo_pages[page_type]
    csp_violations = watch_csp_violations(page)
    log_in(page)
    page.goto(f"/admin/pages/{demo['id']}/edit/")
    assert page.locator("h1").first.is_visible()
    if demo["tags"]:
        picker = page.locator("[data-controlled-tag-picker]").first
        assert picker.is_visible()
        assert_accessible(
            page, f"{page_type} tag picker", include="[data-controlled-tag-picker]"
        )

    publish_in_admin(page)

    assert not re.search(r"/edit/$", page.url), (
        f"{page_type} {demo['title']!r} was not published: "
        + " ".join(page.locator(".error-message, .messages").all_inner_texts())
    )
    assert site_server.run_python(TAGS_OF, id=demo["id"]) == demo["tags"]
    # The login, the editor and the published page, all under the policy.
    page.goto(site_server.run_python(URL_OF, id=demo["id"]))
    assert csp_violations == []


def test_demo_has_comma_terms_on_tagged_types(demo_pages):
    assert demo_pages["methods.MethodPage"]["commas"]
    assert demo_pages["networks.ThemeDayPage"]["commas"]


def test_the_picker_filters_terms_by_any_part_of_the_name(page, demo_pages):
    demo = demo_pages["methods.MethodPage"]
    log_in(page)
    page.goto(f"/admin/pages/{demo['id']}/edit/")
    picker = page.locator("[data-controlled-tag-picker]").nth(1)  # focus areas
    search = picker.get_by_role("searchbox")
    search.fill("skole")  # in the middle of "Børn, unge og skole"
    visible = picker.locator("li:visible")
    assert "Børn, unge og skole" in visible.all_inner_texts()
    assert visible.count() < picker.locator("li").count()
    search.press("Enter")  # must not submit the page form
    assert page.url.endswith("/edit/")
    picker.get_by_label("Børn, unge og skole").focus()
    page.keyboard.press("Space")
