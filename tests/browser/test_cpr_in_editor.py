"""An editor who writes a CPR number into a block of a method page is told,
in Danish and at that block, to anonymise the case; nothing is published and
nothing they typed is lost. Without the number the page publishes."""

import re

from playwright.sync_api import expect

from tests.browser.harness import (
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
    publish_in_admin,
)

MESSAGE = (
    "Teksten ser ud til at indeholde et CPR-nummer. Anonymisér sagen, og skriv "
    "aldrig CPR-numre eller navne på borgere."
)

METHOD_WITH_CORE_ELEMENTS = """
from methods.models import MethodPage
page = next(p for p in MethodPage.objects.live().order_by("pk") if p.core_elements)
result = {"id": page.pk}
"""

PUBLISHED = """
from methods.models import MethodPage
page = MethodPage.objects.get(pk=args["id"])
result = {
    "url": page.url,
    "summary": page.summary,
    "description": page.core_elements[0].value["text"],
    "unpublished_changes": page.has_unpublished_changes,
}
"""


# Wagtail's own widgets elsewhere in the editor (Draftail, the keyword
# autocomplete) have unlabelled inputs; axe checks what this test is about.
BLOCKS = "[data-contentpath='core_elements']"


def check(page, context, include=None):
    assert_accessible(page, context, include=include)
    assert_no_sideways_scroll(page, context)


def test_an_editor_must_remove_a_cpr_number_from_a_block_to_publish(
    page, site_server, viewport
):
    method = site_server.run_python(METHOD_WITH_CORE_ELEMENTS)
    summary = f"Familier får hjælp hjemme ({viewport.id})."
    with_cpr = f"Borgeren (cpr 010190 - 1234) fik støtte hver uge ({viewport.id})."
    without_cpr = f"Borgeren fik støtte hver uge; ring 33 66 33 66 ({viewport.id})."

    log_in(page)
    page.goto(f"/admin/pages/{method['id']}/edit/")
    check(page, "method page in the editor", BLOCKS)
    page.locator("#id_summary").fill(summary)
    description = page.locator("#core_elements-0-value-text")
    description.fill(with_cpr)
    publish_in_admin(page)

    assert re.search(r"/edit/$", page.url)
    expect(page.locator(BLOCKS).get_by_text(MESSAGE)).to_be_visible()
    expect(page.locator("#id_summary")).to_have_value(summary)
    expect(description).to_have_value(with_cpr)
    check(page, "method page refused for a CPR number", BLOCKS)
    assert site_server.run_python(PUBLISHED, id=method["id"])["summary"] != summary

    description.fill(without_cpr)
    publish_in_admin(page)

    assert not re.search(r"/edit/$", page.url), page.locator(
        ".messages, .error-message"
    ).all_inner_texts()
    published = site_server.run_python(PUBLISHED, id=method["id"])
    assert published == {
        "url": published["url"],
        "summary": summary,
        "description": without_cpr,
        "unpublished_changes": False,
    }
    page.goto(published["url"])
    expect(page.get_by_text(without_cpr)).to_be_visible()
    check(page, "the published method page")
