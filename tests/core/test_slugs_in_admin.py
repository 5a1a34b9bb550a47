"""New pages get ASCII addresses with Danish letters spelt out, like the
demo's (æ → ae, ø → oe, å → aa), whatever the admin's script suggested."""

from django.urls import reverse
from wagtail.models import Page

from home.models import ContentPage, HomePage
from tests.forms import form_values, post_data


def test_a_new_page_gets_a_danish_ascii_slug(admin_client):
    home = HomePage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", home.pk])
    values = form_values(admin_client.get(url).content.decode())

    response = admin_client.post(
        url,
        post_data(
            values,
            title="Ældre på Ærø og i Århus",
            slug="ældre-på-ærø-og-i-århus",
            **{"action-publish": "action-publish"},
        ),
    )

    assert response.status_code == 302
    page = ContentPage.objects.get(title="Ældre på Ærø og i Århus")
    assert page.slug == "aeldre-paa-aeroe-og-i-aarhus"
    assert page.url.endswith("/aeldre-paa-aeroe-og-i-aarhus/")


def test_the_danish_slug_must_still_be_unique_among_siblings(admin_client):
    home = HomePage.objects.get()
    home.add_child(instance=ContentPage(title="Om os", slug="oeen"))
    url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", home.pk])
    values = form_values(admin_client.get(url).content.decode())

    response = admin_client.post(url, post_data(values, title="Øen", slug="øen"))

    assert response.status_code == 200
    assert Page.objects.filter(slug="oeen").count() == 1
