"""An agreement's actions (handlinger) are rows an editor links to the theme
days and networks that carry them out; a reader sees those under each action,
but only the ones they can open."""

import datetime as dt
import importlib
import zoneinfo

from bs4 import BeautifulSoup
from django.apps import apps as django_apps
from wagtail.models import PageViewRestriction

from agreements.models import AgreementFocusArea, FrameworkAgreementPage
from tests import factories

MIGRATION = importlib.import_module(
    "agreements.migrations.0003_actions_link_theme_days_and_networks"
)

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")


def agreement_with_action(**links):
    area = factories.focus_area()
    agreement = factories.agreement(focus_areas=[area])
    entry = agreement.focus_area_entries.get()
    entry.actions = [
        ("action", {"text": "Fælles temadage om spiseforstyrrelser", **links}),
        ("action", {"text": "Analyse af kommunikationsområdet"}),
    ]
    entry.save()
    agreement.save_revision().publish()
    return agreement


def action_item(client, agreement, text):
    html = client.get(agreement.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return next(
        li
        for li in soup.select("li.action")
        if li.select_one(".action__text").get_text(strip=True) == text
    )


def test_an_action_shows_the_theme_days_and_networks_that_carry_it_out(client, db):
    later = factories.theme_day(
        title="Temadag om måltider", start=dt.datetime(2026, 3, 4, 9, tzinfo=COPENHAGEN)
    )
    earlier = factories.theme_day(
        title="Temadag om behandling",
        start=dt.datetime(2025, 11, 6, 9, tzinfo=COPENHAGEN),
    )
    network = factories.network_page(title="Netværk om spiseforstyrrelser")
    agreement = agreement_with_action(theme_days=[later, earlier], networks=[network])

    item = action_item(client, agreement, "Fælles temadage om spiseforstyrrelser")
    links = [(a.get_text(strip=True), a["href"]) for a in item.select("a")]
    # Theme days by date, then the networks.
    assert links == [
        ("Temadag om behandling", earlier.url),
        ("Temadag om måltider", later.url),
        ("Netværk om spiseforstyrrelser", network.url),
    ]
    text = item.get_text(" ", strip=True)
    assert "6. november 2025" in text and "4. marts 2026" in text
    # An action nobody has linked yet is still listed, without links.
    plain = action_item(client, agreement, "Analyse af kommunikationsområdet")
    assert plain.select("a") == []


def test_unpublished_and_private_pages_are_not_announced(client, db):
    shown = factories.theme_day(title="Åben temadag")
    draft = factories.theme_day(title="Temadag i kladde", publish=False)
    withdrawn = factories.network_page(title="Nedlagt netværk")
    withdrawn.unpublish()
    private = factories.network_page(title="Lukket netværk")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    agreement = agreement_with_action(
        theme_days=[shown, draft], networks=[withdrawn, private]
    )

    item = action_item(client, agreement, "Fælles temadage om spiseforstyrrelser")
    text = item.get_text(" ", strip=True)
    assert "Åben temadag" in text
    for title in ("Temadag i kladde", "Nedlagt netværk", "Lukket netværk"):
        assert title not in text


def test_the_migration_keeps_the_actions_text(db):
    """Existing actions (one per line) become one row each, in the page and
    in its saved revisions, so re-publishing an old revision keeps them."""
    add, convert, remove, rename = MIGRATION.Migration.operations
    assert convert.code is MIGRATION.text_to_rows
    assert (remove.name, rename.old_name, rename.new_name) == (
        "actions",
        "action_rows",
        "actions",
    )

    agreement = factories.agreement(focus_areas=[factories.focus_area()])
    entry = agreement.focus_area_entries.get()
    # What 0002 stored: the text, in the table and in the revision.
    stored = MIGRATION.text_to_stream(
        "Workshop med Dialogforum\n\n- Kompetenceprogram\n"
    )
    AgreementFocusArea.objects.filter(pk=entry.pk).update(actions=stored)
    revision = agreement.latest_revision
    revision.content["focus_area_entries"][0]["actions"] = "Gammel handling"
    revision.save()

    MIGRATION.convert_revisions(django_apps, MIGRATION.text_to_stream)

    entry.refresh_from_db()
    assert entry.action_list() == ["Workshop med Dialogforum", "Kompetenceprogram"]
    revision.refresh_from_db()
    restored = revision.as_object().focus_area_entries.all()[0]
    assert restored.action_list() == ["Gammel handling"]
    # Running it again changes nothing; going back gives the text again.
    MIGRATION.convert_revisions(django_apps, MIGRATION.text_to_stream)
    MIGRATION.convert_revisions(django_apps, MIGRATION.stream_to_text)
    revision.refresh_from_db()
    assert revision.content["focus_area_entries"][0]["actions"] == "Gammel handling"


def test_the_demo_agreements_link_their_actions(client, db):
    agreement = FrameworkAgreementPage.objects.get(slug="sjaelland-2018-2020")
    item = action_item(
        client, agreement, "Workshop med Dialogforum og handicapråd i januar 2017"
    )
    assert "Workshop med Dialogforum og handicapråd om rammeaftale 2018" in (
        item.get_text(" ", strip=True)
    )
    assert "18. januar 2017" in item.get_text(" ", strip=True)
