"""Browser-side protection: a Content-Security-Policy without inline script
on the public site, framing only by the site itself, a Permissions-Policy,
and the admin's looser policy kept to the admin."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

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
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text):
            offenders.append(f"{template}: inline <script>")
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


def test_the_admin_alone_allows_wagtails_inline_scripts(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    # No hash beside it, or browsers would ignore 'unsafe-inline'.
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]
