"""The public address of the site, for links that leave it without a
request to take the host from (e-mails, calendar attachments, feed
addresses shown to a user).

It is ``settings.WAGTAILADMIN_BASE_URL`` (set from the environment variable
of the same name), read here and nowhere else.
"""

from __future__ import annotations

from django.conf import settings


def site_url() -> str:
    """The site's base URL without a trailing slash, e.g.
    ``https://vidensbanken.dk``."""
    return str(settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute_url(path: str) -> str:
    """``path`` (as returned by ``reverse()`` or ``page.url``) made absolute
    on the public site; an address that is already absolute is returned
    unchanged."""
    if path.startswith(("http://", "https://")):
        return path
    return site_url() + "/" + path.lstrip("/")
