"""Response headers for pages that show one person's data.

A booking, a participant list, a member document or someone's own page must
never be kept by a shared cache (a proxy, a CDN) or written to disk by the
browser: every such view is wrapped in :func:`private_page`, which sends
``Cache-Control: private, no-store``.
"""

from functools import wraps

#: No shared cache keeps it, no cache stores it.
PRIVATE_CACHE_CONTROL = "private, no-store"


def mark_private(response):
    """Send ``response`` with ``Cache-Control: private, no-store`` (replacing
    any ``public`` or ``max-age`` a view or middleware set)."""
    response["Cache-Control"] = PRIVATE_CACHE_CONTROL
    return response


def private_page(view):
    """Decorator for a view whose response belongs to the logged-in user."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return mark_private(view(request, *args, **kwargs))

    wrapped.private_page = True  # for the test that lists the private views
    return wrapped
