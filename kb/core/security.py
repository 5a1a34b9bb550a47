"""Browser-side protection headers: the Content-Security-Policy (django-csp)
and a Permissions-Policy.

The public site needs no inline script and no inline style: its scripts and
its stylesheet are static files, so ``script-src 'self'`` stops any script a
hostile text could smuggle into a page. Wagtail's admin writes small inline
scripts (inline panels, date pickers) and inline styles, so under
``KB_CSP_ADMIN_PREFIX`` (``/admin/``) alone the policy allows
``'unsafe-inline'`` for scripts and styles, plus ``blob:`` images for the
upload previews. Only editors with an account reach those pages.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

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


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own directives
    (``KB_CSP_ADMIN_DIRECTIVES``, replacing the site's) under
    ``KB_CSP_ADMIN_PREFIX``. Replacing, not adding: with a hash in a
    directive (the 500 page's style) browsers ignore ``'unsafe-inline'``."""

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
