"""Response headers for pages that show one person's data, and who the
client is (for lockouts and rate limits).

A booking, a participant list, a member document or someone's own page must
never be kept by a shared cache (a proxy, a CDN) or written to disk by the
browser: every such view is wrapped in :func:`private_page`, which sends
``Cache-Control: private, no-store``.
"""

import ipaddress
from functools import wraps

from django.conf import settings
from django.utils.crypto import salted_hmac

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


# --- who is asking ------------------------------------------------------------


def client_address(request) -> str:
    """The client's IP: ``REMOTE_ADDR``, or behind ``KB_TRUSTED_PROXY_COUNT``
    reverse proxies the address the outermost of them saw (the right-hand
    end of X-Forwarded-For; the left-hand end is whatever the client sent)."""
    proxies = settings.KB_TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def hashed_client(address: str, *, salt: str) -> str:
    """What a rate limit keeps of a client's address: a hash keyed with
    ``SECRET_KEY`` (a plain hash of one of the few billion IPv4 addresses is
    reversed in minutes), of the /64 network for IPv6 (one client gets a
    whole one). Empty when the address is unknown."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped  # an IPv4 client seen through a dual-stack socket
    elif ip.version == 6:
        ip = ipaddress.ip_network(f"{ip}/64", strict=False).network_address
    return salted_hmac(salt, str(ip), algorithm="sha256").hexdigest()
