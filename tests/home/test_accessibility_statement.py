"""The accessibility statement follows the agency's structure, is linked
from every page's footer, and its facts are kept by editors in the admin."""

import datetime as dt

from django.urls import reverse
from wagtail.models import Site

from home.models import AccessibilityStatement
from tests.forms import form_values, post_data

HEADINGS = [
    "Overholdelsesstatus",
    "Ikke-tilgængeligt indhold",
    "Udarbejdelse af denne tilgængelighedserklæring",
    "Feedback og kontaktoplysninger",
    "Håndhævelsesprocedure",
]


def test_statement_has_the_prescribed_sections_and_is_in_every_footer(client, db):
    url = reverse("home:accessibility_statement")
    html = client.get(url).content.decode()
    for heading in HEADINGS:
        assert f"<h2>{heading}</h2>" in html
    assert "delvist overholder standarden WCAG 2.1 på niveau AA" in html
    assert "Klag til Digitaliseringsstyrelsen" in html
    for page_url in ("/", reverse("search:search"), "/findes-ikke/"):
        assert f'href="{url}"' in client.get(page_url).content.decode()


def test_an_editor_updates_the_facts_in_the_admin(admin_client):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "accessibilitystatement", site.pk])
    values = form_values(admin_client.get(url).content.decode())

    response = admin_client.post(
        url,
        post_data(
            values,
            compliance="fuldt",
            inaccessible_content="",
            reviewed_on="2026-11-30",
        ),
    )

    assert response.status_code == 302
    statement = AccessibilityStatement.for_site(site)
    assert statement.reviewed_on == dt.date(2026, 11, 30)
    html = admin_client.get(reverse("home:accessibility_statement")).content.decode()
    assert "fuldt overholder" in html
    assert "30. november 2026" in html
    assert "Vi kender ikke til indhold, der ikke er tilgængeligt." in html
