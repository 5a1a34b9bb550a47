"""Bad input in the offer snippet gives field errors, keeps what the editor
typed and saves nothing half-way."""

from django.urls import reverse

from tests import factories
from tests.forms import error_messages, form_values, post_data


def test_offer_snippet_with_bad_url_keeps_the_input(admin_client):
    offer = factories.offer(description="Gammel beskrivelse")
    url = reverse("wagtailsnippets_offers_offer:edit", args=[offer.pk])
    values = form_values(admin_client.get(url).content.decode())
    response = admin_client.post(
        url, post_data(values, url="ikke en adresse", description="Ny beskrivelse")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ny beskrivelse" in html
    assert any(
        "URL" in error or "webadresse" in error for error in error_messages(html)
    )
    offer.refresh_from_db()
    assert offer.description == "Gammel beskrivelse"
