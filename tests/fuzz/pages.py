"""Clients for the roles, and the pages rendered after a fuzzed post."""

import re

from django.core import mail
from django.test import Client

from networks import services as network_services
from tests.fuzz.strategies import record

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def register(event, user):
    """``user`` registered for ``event`` (a seat, or the waiting list)."""
    return network_services.register_for_event(
        event=event,
        user=user,
        name=user.username,
        organisation="Vejle Kommune",
        email=user.email,
    )


def show(endpoint: str, client: Client, *urls: str) -> None:
    """Render the pages that show what ``endpoint`` may have stored."""
    for url in urls:
        path, _, params = url.partition("?")
        route = re.sub(r"/\d+", "/<id>", UUID.sub("<ref>", path))
        route += "?…" if params else ""
        response = client.get(url)
        record(f"{endpoint} → GET {route}", response)
        # A download's file is closed without response.close(), which
        # would close the test's database connection on PostgreSQL.
        for close in getattr(response, "_resource_closers", []):
            close()


CONFIRMATION_LINK = re.compile(r"http://testserver(/konto/confirm-email/\S+/)")


def confirm_from_mail(endpoint: str, client: Client) -> bool:
    """Open the confirmation link of the newest mail that has one and press
    its button, as the mail's reader would. Whether it confirmed."""
    for message in reversed(mail.outbox):
        link = CONFIRMATION_LINK.search(message.body)
        if link:
            page = client.get(link.group(1))
            record(f"{endpoint} → GET /konto/confirm-email/<key>/", page)
            response = client.post(link.group(1))
            record(f"{endpoint} → POST /konto/confirm-email/<key>/", response)
            return response.status_code == 302
    return False
