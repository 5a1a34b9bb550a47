"""Browser-side protection headers: the Content-Security-Policy (django-csp)
and a Permissions-Policy.

The public site needs no inline script and no inline style: its scripts and
its stylesheet are static files, so ``script-src 'self'`` stops any script a
hostile text could smuggle into a page. Wagtail's admin still writes a few
small inline scripts (the inline panels, the date and time pickers, every
chooser widget); under ``KB_CSP_ADMIN_PREFIX`` (``/admin/``) those alone run,
because each carries the request's nonce (:func:`csp_nonce`), never
``'unsafe-inline'``. The admin's policy still allows inline styles and
``blob:`` images for the upload previews.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from contextvars import ContextVar
from pathlib import Path

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.safestring import mark_safe

_STYLE_BLOCK = re.compile(r"<style>(.*?)</style>", re.S)


def inline_style_hashes(template: Path) -> list[str]:
    """CSP source expressions (``'sha256-…'``) for the ``<style>`` blocks of
    a standalone template (the 500 page, which links no stylesheet so that
    it shows even when static files fail)."""
    hashes = []
    for block in _STYLE_BLOCK.findall(template.read_text(encoding="utf-8")):
        digest = hashlib.sha256(block.encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return hashes


# The request being answered, for code that renders HTML without it (form
# widgets) but must give its inline script the request's nonce.
_answering: ContextVar = ContextVar("kb_csp_request", default=None)


def csp_nonce() -> str:
    """The nonce of the request being answered, for an inline script of the
    admin (``<script nonce="…">``); asking for it puts ``'nonce-…'`` into
    that response's policy. Empty outside a request."""
    request = _answering.get()
    return str(request.csp_nonce) if request is not None else ""


def with_csp_nonce(html: str) -> str:
    """``html`` with its trailing ``<script>`` given the request's nonce.

    For Wagtail's chooser widgets, whose HTML ends in an inline script that
    ``BaseChooser.render`` builds in Python from the field's id and the
    chooser's options (no template to override); only that last script, so
    nothing earlier in the HTML (a chosen item's title) is trusted."""
    head, tag, script = html.rpartition("<script>")
    nonce = csp_nonce() if tag and script.endswith("</script>") else ""
    if not nonce:
        return html
    return mark_safe(f'{head}<script nonce="{nonce}">{script}')  # noqa: S308


def nonce_chooser_scripts(base_chooser: type) -> None:
    """Make every Wagtail chooser widget (pages, images, documents, snippets,
    the user picker), all subclasses of ``base_chooser`` (Wagtail's
    ``BaseChooser``), give its inline script the request's nonce. Called
    once from ``CoreConfig.ready`` (this module loads with the settings,
    before Wagtail's widgets can be imported); checked against Wagtail
    8.0.1's ``BaseChooser.render`` by tests/kb/test_security_headers.py."""
    render = base_chooser.render
    if getattr(render, "gives_csp_nonce", False):
        return

    @functools.wraps(render)
    def render_with_nonce(self, *args, **kwargs):
        return with_csp_nonce(render(self, *args, **kwargs))

    render_with_nonce.gives_csp_nonce = True
    base_chooser.render = render_with_nonce


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own directives
    (``KB_CSP_ADMIN_DIRECTIVES``, replacing the site's) under
    ``KB_CSP_ADMIN_PREFIX``, and the request kept at hand for
    :func:`csp_nonce` while it is answered."""

    def process_request(self, request) -> None:
        super().process_request(request)
        _answering.set(request)

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        finally:
            _answering.set(None)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(
            settings.KB_CSP_ADMIN_PREFIX
        ):
            parts.replace = {
                **settings.KB_CSP_ADMIN_DIRECTIVES,
                **(parts.replace or {}),
            }
        return parts


class PermissionsPolicyMiddleware:
    """Sends ``Permissions-Policy`` (``settings.PERMISSIONS_POLICY``: feature
    → allowed origins, an empty list turning the feature off) on every
    response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.setdefault("Permissions-Policy", self.header)
        return response
