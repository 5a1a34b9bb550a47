"""Browser-side protection: a Content-Security-Policy without inline script
on the public site, framing only by the site itself, a Permissions-Policy,
and in the admin only Wagtail's own inline scripts, each by the request's
nonce (never 'unsafe-inline')."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.admin.widgets import AdminPageChooser

from kb.core.security import csp_nonce
from networks.models import NetworkPage
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
# The site's templates and every app's (the admin overrides included).
TEMPLATE_DIRS = [
    ROOT / "templates",
    *ROOT.glob("*/templates"),
    *ROOT.glob("kb/*/templates"),
]


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:]
        for part in (p.strip() for p in policy.split(";"))
        if part
    }


@pytest.mark.parametrize("url", ["/", "/soeg/?q=autisme", "/konto/login/"])
def test_public_pages_allow_no_inline_script(client, url, db):
    response = client.get(url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_public_templates_carry_no_inline_script_or_handler():
    """What the policy forbids is not in the templates either."""
    offenders = []
    templates = [t for folder in TEMPLATE_DIRS for t in folder.rglob("*.html")]
    assert len(templates) > 50
    for template in templates:
        text = template.read_text(encoding="utf-8")
        for script in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", text):
            # Only overrides of Wagtail's admin may run inline, by nonce.
            admin = "wagtailadmin" in template.parts
            if not (admin and script == '<script nonce="{% csp_nonce %}">'):
                offenders.append(f"{template}: inline {script}")
        if re.search(r"\son[a-z]+\s*=", text):
            offenders.append(f"{template}: inline event handler")
        if re.search(r"\sstyle\s*=", text) or re.search(r"javascript:", text):
            offenders.append(f"{template}: style attribute or javascript: URL")
    assert offenders == []


def test_the_500_page_style_is_allowed_by_its_hash(client, db):
    html = render_to_string("500.html")
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    policy = directives(client.get("/"))
    assert f"'sha256-{digest}'" in policy["style-src"]


def executable_inline_scripts(html: str) -> list[str]:
    """The opening tags of the ``<script>`` elements a browser would run
    from the page itself (not a file, not a JSON data block), inline
    panels' form templates included."""
    scripts = []
    for tag in re.findall(r"<script\b[^>]*>", html):
        kind = re.search(r'\btype="([^"]*)"', tag)
        if "src=" in tag or (kind and kind.group(1) != "text/javascript"):
            continue
        scripts.append(tag)
    return scripts


def test_the_admin_allows_no_inline_script_without_a_nonce(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    policy = directives(response)
    # The dashboard runs nothing inline, so it allows nothing inline.
    assert policy["script-src"] == ["'self'"]
    # No hash or nonce among the styles, or browsers would ignore
    # 'unsafe-inline' (Wagtail's admin sets style attributes).
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]


@pytest.fixture
def admin_screens(db):
    """Editing screens whose Wagtail widgets write inline scripts: date and
    time pickers and a page chooser (a theme day), an inline panel (a
    framework agreement), the user picker (a specialist) and a snippet with
    all three (a network meeting)."""
    area = factories.focus_area()
    agreement = factories.agreement(focus_areas=[area])
    return {
        "theme day": reverse(
            "wagtailadmin_pages:edit",
            args=[factories.theme_day(framework_agreement=agreement).pk],
        ),
        "framework agreement": reverse("wagtailadmin_pages:edit", args=[agreement.pk]),
        "specialist": reverse(
            "wagtailadmin_pages:edit", args=[factories.specialist_page().pk]
        ),
        "network meeting": reverse("wagtailsnippets_networks_networkmeeting:add"),
    }


@pytest.mark.parametrize(
    "screen", ["theme day", "framework agreement", "specialist", "network meeting"]
)
def test_the_admins_inline_scripts_run_by_the_requests_nonce(
    admin_client, admin_screens, screen
):
    response = admin_client.get(admin_screens[screen])
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert len(policy["script-src"]) == 2
    self_, nonce = policy["script-src"]
    assert self_ == "'self'"
    nonce = re.fullmatch(r"'nonce-([A-Za-z0-9+/=]{24})'", nonce).group(1)
    scripts = executable_inline_scripts(response.content.decode())
    assert scripts
    assert set(scripts) == {f'<script nonce="{nonce}">'}


def test_each_admin_response_has_a_nonce_of_its_own(admin_client, admin_screens):
    nonces = {
        directives(admin_client.get(admin_screens["theme day"]))["script-src"][1]
        for _ in range(2)
    }
    assert len(nonces) == 2


def test_a_chooser_outside_a_request_gives_no_nonce(db):
    """Widgets rendered without a request (a management command, a test)
    keep Wagtail's plain script; there is no policy to satisfy."""
    html = AdminPageChooser(target_models=[NetworkPage]).render(
        "network", None, {"id": "id_network"}
    )
    assert csp_nonce() == ""
    assert html.endswith("</script>")
    assert executable_inline_scripts(html) == ["<script>"]
