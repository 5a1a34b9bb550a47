"""The Wagtail admin speaks Danish to editors and coordinators.

Walks the admin screens an editor, a network coordinator and an
administrator use, extracts what a person sees or hears (text, and the
title, aria-label, placeholder and alt attributes, and the labels in the
JSON that the sidebar and the editor's blocks are drawn from) and fails on
English words, naming each screen that still shows English.

The detector is a list of common English admin words, matched as whole,
case-sensitive words. Words that are also Danish ("Status", "Type", "Link",
"Filter", "Format", "Layout", "Alias", "System", "Administrator", "Upload")
are not on it; nor is "Wagtail", the product's name, which the admin shows
in its editor guide link and version; nor "None", which Wagtail 8 renders
into the hidden counter of the status side panel.
"""

from __future__ import annotations

import gettext
import json
import re
import runpy
import zoneinfo
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page, Site, get_page_models

from accounts.models import EDITOR_GROUP, MODERATOR_GROUP
from networks.models import NetworkPage, ThemeDayPage
from networks.services import make_network_coordinator
from tests import factories

ENGLISH = set(
    """
    Account Actions Action Add Added All Apply Approve Are Back Bulk Cancel
    Change Choose Clear Close Collection Collections Comment Comments Confirm
    Create Created Current Dashboard Date Default Delete Deleted Document
    Documents Draft Edit Edited Editing Email Enter Error Errors Explorer
    Field Fields Filters First Forms Group Groups Help Hide History Home Image
    Images Insert Last Latest Live Loading Lock Locked Login Logout More
    Move Name Network New Next No Notifications Page Pages Password
    Preview Previous Privacy Private Profile Public Publish Published Recent
    Redirects Remove Reports Required Revision Revisions Save Saved Saving
    Schedule Search Select Settings Show Sign Site Sites Slug Snippet Snippets
    Sort Submit Tag Tags Task Tasks Title Toggle Unlock Unpublish Update
    Updated User Users Username View Workflow Workflows Yes Your You Root
    the and with your you this that are has have been not of required
    page pages draft live search edit delete publish slug tag tags
    Editors Moderators
    """.split()
)
# Whole phrases that give English away even when every word is also Danish.
ENGLISH_PHRASES = [
    "This field is required",
    "Log in",
    "Log out",
    "Sign in",
    # Django's stored permission names (the group editor).
    "Can add",
    "Can change",
    "Can delete",
    "Can view",
    "Can access",
]
ALLOWED = {"Wagtail"}
# The demo content's own words (proper names and loanwords editors typed).
CONTENT = ["Task force", "Housing First", "At Home/Chez Soi"]
# Time zone names (the account's time zone menu) are identifiers, not prose.
TIME_ZONES = zoneinfo.available_timezones()

VISIBLE_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-label"}
JSON_LABEL_KEYS = {"label", "title", "help_text", "description", "text"}


class _VisibleText(HTMLParser):
    """What a sighted or screen-reader user meets in an HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._json = 0
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            if tag == "script" and attrs.get("type") == "application/json":
                self._json += 1
                self._buffer = []
            else:
                self._skip += 1
            return
        for name, value in attrs.items():
            if value and name in VISIBLE_ATTRIBUTES:
                self.parts.append(value)
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            if self._json:
                self._json -= 1
                self.parts.extend(_json_labels("".join(self._buffer)))
            elif self._skip:
                self._skip -= 1

    def handle_data(self, data):
        if self._json:
            self._buffer.append(data)
        elif not self._skip:
            self.parts.append(data)


def _json_labels(text: str) -> list[str]:
    """The human-readable strings in a JSON island (the sidebar's menu)."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    found = []

    def walk(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in JSON_LABEL_KEYS:
            found.append(value)

    walk(data)
    return found


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def english_in(text: str) -> list[str]:
    """The English words and phrases in ``text``, each with some context."""
    for phrase in CONTENT:
        text = text.replace(phrase, " ")
    text = " ".join(word for word in text.split() if word not in TIME_ZONES)
    found = []
    for phrase in ENGLISH_PHRASES:
        for match in re.finditer(re.escape(phrase), text):
            found.append(_context(text, match))
    for match in re.finditer(r"[^\W\d_]+(?:'[a-z]+)?", text):
        word = match.group()
        if word in ENGLISH and word not in ALLOWED:
            found.append(_context(text, match))
    return found


def _context(text, match):
    start, end = match.span()
    return f"{match.group()!r} in …{text[max(0, start - 30) : end + 30]}…"


# --- the people and what they open ---------------------------------------------


@pytest.fixture
def network():
    return NetworkPage.objects.live().first()


@pytest.fixture
def editor(db):
    return factories.user("redaktoer-test", groups=[EDITOR_GROUP])


@pytest.fixture
def moderator(db):
    return factories.user("godkender-test", groups=[MODERATOR_GROUP])


@pytest.fixture
def coordinator(db, network):
    user = factories.user("koordinator-test")
    make_network_coordinator(network=network, user=user)
    return user


@pytest.fixture
def administrator(db):
    return factories.user("admin-test", is_superuser=True, is_staff=True)


def _our_page_models():
    return [
        model
        for model in get_page_models()
        if model._meta.app_label
        in {"home", "methods", "networks", "corps", "agreements", "offers"}
    ]


def page_screens():
    """An edit and a create view for every page type of the demo site."""
    screens = []
    for model in _our_page_models():
        page = model.objects.first()
        if page is None:
            continue
        parent = page.get_parent()
        screens.append((f"rediger {model.__name__}", f"/admin/pages/{page.pk}/edit/"))
        if not model.can_create_at(parent):
            continue
        screens.append(
            (
                f"opret {model.__name__}",
                reverse(
                    "wagtailadmin_pages:add",
                    args=[model._meta.app_label, model._meta.model_name, parent.pk],
                ),
            )
        )
    return screens


def snippet_screens(user):
    """List, create, edit and usage views of our snippets that ``user`` may
    change."""
    from wagtail.snippets.models import get_snippet_models

    screens = []
    for model in get_snippet_models():
        if not user.has_perm(
            f"{model._meta.app_label}.change_{model._meta.model_name}"
        ):
            continue
        if model._meta.app_label not in {
            "accounts",
            "offers",
            "networks",
            "corps",
            "taxonomy",
            "agreements",
        }:
            continue
        url = model.snippet_viewset.get_url_name
        screens.append((f"liste {model.__name__}", reverse(url("list"))))
        screens.append((f"opret {model.__name__}", reverse(url("add"))))
        instance = model.objects.first()
        if instance is not None:
            screens.append(
                (f"rediger {model.__name__}", reverse(url("edit"), args=[instance.pk]))
            )
            screens.append(
                (f"brug af {model.__name__}", reverse(url("usage"), args=[instance.pk]))
            )
    return screens


COMMON_SCREENS = [
    ("overblik", "/admin/"),
    ("sideoversigt", "/admin/pages/"),
    ("søgning", "/admin/pages/search/?q=autisme"),
    ("søgning uden resultater", "/admin/pages/search/?q=xyzzy"),
    ("konto", "/admin/account/"),
    ("webstedets historik", "/admin/reports/site-history/"),
    ("ældre sider", "/admin/reports/aging-pages/"),
    ("dokumenter", "/admin/documents/"),
    ("billeder", "/admin/images/"),
]


def group_screens():
    """The group list, a new group, and the editor of every group (each
    role, Wagtail's page, document, image and collection permissions)."""
    screens = [
        ("grupper", "/admin/groups/"),
        ("opret gruppe", reverse("wagtailusers_groups:add")),
    ]
    for group in Group.objects.order_by("name"):
        screens.append(
            (
                f"rediger gruppe {group.name}",
                reverse("wagtailusers_groups:edit", args=[group.pk]),
            )
        )
    return screens


def _check(client, screens) -> dict[str, list[str]]:
    english = {}
    for name, url in screens:
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        body = response.content.decode()
        if response["Content-Type"].startswith("application/json"):
            body = json.loads(body)["html"]  # a chooser modal
        words = english_in(visible_text(body))
        if words:
            english[f"{name} ({url})"] = words
    return english


def _report(english: dict[str, list[str]]) -> str:
    lines = [f"{len(english)} admin screens show English:"]
    for screen, words in english.items():
        lines.append(f"- {screen}: {len(words)}")
        lines += [f"    {word}" for word in words[:15]]
    return "\n".join(lines)


def test_the_editor_meets_only_danish(client, editor):
    client.force_login(editor)
    home = Page.objects.get(depth=2)
    screens = COMMON_SCREENS + page_screens() + snippet_screens(editor)
    screens.append(("sideoversigt, forsiden", f"/admin/pages/{home.pk}/"))
    english = _check(client, screens)
    assert not english, _report(english)


def test_the_moderator_meets_only_danish(client, moderator):
    client.force_login(moderator)
    english = _check(client, COMMON_SCREENS[:5] + page_screens()[:4])
    assert not english, _report(english)


def test_the_network_coordinator_meets_only_danish(client, coordinator, network):
    client.force_login(coordinator)
    event = ThemeDayPage.objects.descendant_of(network).first() or (
        ThemeDayPage.objects.first()
    )
    screens = [
        ("overblik", "/admin/"),
        ("sideoversigt", f"/admin/pages/{network.pk}/"),
        ("rediger netværk", f"/admin/pages/{network.pk}/edit/"),
        ("konto", "/admin/account/"),
    ]
    if event and event.is_descendant_of(network):
        screens.append(("rediger temadag", f"/admin/pages/{event.pk}/edit/"))
    english = _check(client, screens)
    assert not english, _report(english)


def test_the_administrator_meets_only_danish(client, administrator, editor):
    client.force_login(administrator)
    factories.failed_mail("Du er tilmeldt")
    factories.failed_task("networks.tasks.send_event_reminders")
    screens = (
        [
            ("brugere", "/admin/users/"),
            ("rediger bruger", reverse("wagtailusers_users:edit", args=[editor.pk])),
            ("opret bruger", reverse("wagtailusers_users:add")),
            ("låste sider", "/admin/reports/locked/"),
            ("låste logins", reverse("locked_logins")),
            ("netværkskoordinatorer", reverse("network_coordinators")),
            ("mislykkede opgaver", reverse("failed_tasks")),
            ("brugervælger", reverse("user_chooser:choose")),
            ("samlinger", "/admin/collections/"),
            ("arbejdsgange", "/admin/workflows/list/"),
            (
                "tilgængelighedserklæring",
                reverse(
                    "wagtailsettings:edit",
                    args=["home", "accessibilitystatement", Site.objects.get().pk],
                ),
            ),
        ]
        + group_screens()
        + snippet_screens(administrator)
    )
    english = _check(client, screens)
    assert not english, _report(english)


def test_permission_names_in_the_group_editor_are_danish(client, administrator):
    """Django stores "Can add …"; the editor says it in Danish, also in the
    labels only screen readers hear."""
    client.force_login(administrator)
    group = Group.objects.get(name=EDITOR_GROUP)
    html = client.get(reverse("wagtailusers_groups:edit", args=[group.pk]))
    text = visible_text(html.content.decode())
    assert "Kan tilføje e-maildomæne" in text
    assert "Kan ændre bruger" in text
    assert "Kan slette gruppe" in text
    assert "Kan tilgå administrationen" in text
    assert "Kan se og sende mislykkede opgaver igen" in text
    assert "Can " not in text


class _FormFields(HTMLParser):
    """The fields a browser would submit from each form of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[list[tuple[str, str]]] = []
        self._fields: list[tuple[str, str]] | None = None
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "form":
            self._fields = []
            self.forms.append(self._fields)
        elif self._fields is None or not name and tag != "option":
            return
        elif tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button", "file"):
                self._fields.append((name, attrs.get("value") or ""))
        elif tag == "textarea":
            self._textarea = name
            self._fields.append((name, ""))
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._fields.append((self._select, attrs.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._fields = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None and self._fields:
            name, value = self._fields[-1]
            self._fields[-1] = (name, value + data)


def form_data(html: str) -> dict[str, list[str]]:
    """The largest form of ``html`` as a browser would submit it."""
    parser = _FormFields()
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in max(parser.forms, key=len):
        data.setdefault(name, []).append(value)
    return data


def _errors_in_danish(client, url, model=None, **changes):
    data = form_data(client.get(url).content.decode())
    # Stream fields are submitted by the browser's script; send them empty.
    for field in model._meta.fields if model else []:
        if isinstance(field, StreamField):
            data[f"{field.name}-count"] = ["0"]
    # The same for stream fields in inline panels (e.g. an agreement's actions).
    for relation in model._meta.related_objects if model else []:
        prefix = relation.get_accessor_name()
        total = int(data.get(f"{prefix}-TOTAL_FORMS", ["0"])[0])
        for field in relation.related_model._meta.fields:
            if isinstance(field, StreamField):
                for number in range(total):
                    data[f"{prefix}-{number}-{field.name}-count"] = ["0"]
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 200, url
    text = visible_text(response.content.decode())
    assert "Dette felt er påkrævet." in text, url
    assert not english_in(text), english_in(text)


def test_forms_with_errors_explain_them_in_danish(client, editor, coordinator):
    """A page saved without a title and a snippet saved without its
    required fields come back with Danish errors and nothing English."""
    client.force_login(editor)
    for model in _our_page_models():
        page = model.objects.first()
        if page is not None and not page.is_root() and page.depth > 2:
            _errors_in_danish(
                client, f"/admin/pages/{page.pk}/edit/", model, title=[""]
            )

    client.force_login(coordinator)
    network = coordinator.groups.get().page_permissions.first().page.specific
    _errors_in_danish(
        client, f"/admin/pages/{network.pk}/edit/", NetworkPage, title=[""]
    )

    administrator = factories.user("moede-redaktoer", is_superuser=True)
    client.force_login(administrator)
    for name, url in snippet_screens(administrator):
        if name.startswith("opret"):
            _errors_in_danish(client, url)


def test_the_client_side_messages_are_danish(client, editor):
    """Autosave, validation and comment messages come from Wagtail's
    JavaScript catalogue; every one of them has a Danish translation."""
    import wagtail

    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_javascript_catalog"))
    catalog = json.loads(
        re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S)[1]
    )
    english = Path(wagtail.__file__).parent / "admin/locale/en/LC_MESSAGES/djangojs.po"
    msgids = re.findall(r'^msgid "(.+)"$', english.read_text(), re.M)
    missing = [msgid for msgid in msgids if msgid.replace('\\"', '"') not in catalog]
    assert not missing
    assert catalog["Changes have been autosaved."] == "Ændringerne er gemt automatisk."


# --- personal data stays on the site ---------------------------------------------


def test_no_avatars_from_gravatar_and_no_release_checks(client, editor):
    client.force_login(editor)
    for url in ("/admin/", "/admin/account/", "/admin/pages/"):
        html = client.get(url).content.decode()
        assert "gravatar" not in html.lower(), url
        assert "releases.wagtail.org" not in html, url
        assert "data-w-upgrade" not in html, url
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


# --- the compiled catalogues match their sources ---------------------------------


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_is_up_to_date(domain):
    """The .mo in git holds every translation of the .po (recompile with
    ``msgfmt -c -o locale/da/LC_MESSAGES/DOMAIN.mo ….po`` after editing)."""
    script = settings.BASE_DIR / "scripts" / "admin_strings.py"
    parse_po = runpy.run_path(str(script))["parse_po"]

    directory = settings.BASE_DIR / "locale" / "da" / "LC_MESSAGES"
    with open(directory / f"{domain}.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    entries = parse_po(directory / f"{domain}.po")
    stale = []
    for entry in entries:
        prefix = f"{entry.msgctxt}\x04" if entry.msgctxt is not None else ""
        if entry.msgid_plural is None:
            found = translations._catalog.get(prefix + entry.msgid)
            if found != entry.msgstr[0]:
                stale.append(entry.msgid)
        else:
            for n, msgstr in enumerate(entry.msgstr):
                if translations._catalog.get((prefix + entry.msgid, n)) != msgstr:
                    stale.append(entry.msgid)
    assert not stale, stale[:10]
    assert len(translations._catalog) - 1 >= len(entries)
