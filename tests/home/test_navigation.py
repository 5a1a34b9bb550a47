"""The main menu is the live, public children of the home page ticked
"Vis i menuer" (show_in_menus), in tree order."""

import importlib

from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page

from agreements.models import FrameworkAgreementIndexPage
from corps.models import CorpsIndexPage
from home.models import ContentPage, HomePage
from methods.models import EvidenceIndexPage, MethodIndexPage
from networks.models import EventIndexPage, NetworkIndexPage
from tests.forms import form_values, post_data

# What the menu showed when it was a hard-coded list of these models.
MENU_MODELS = [
    MethodIndexPage,
    EvidenceIndexPage,
    EventIndexPage,
    NetworkIndexPage,
    CorpsIndexPage,
    FrameworkAgreementIndexPage,
]


def menu(client) -> list[str]:
    html = client.get("/").content.decode()
    return [
        link.get_text(strip=True)
        for link in BeautifulSoup(html, "html.parser").select("nav.main-nav a")
    ]


def edit_show_in_menus(client, page: Page, *, show: bool) -> None:
    """Tick or untick "Vis i menuer" (show in menus) in the page editor and
    publish."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = client.get(url).content.decode()
    # Wagtail's checkbox on the "Promote" tab ("Show in menus", untranslated).
    assert 'name="show_in_menus"' in html
    values = form_values(html)
    values.pop("show_in_menus", None)
    data = post_data(values, **{"action-publish": "action-publish"})
    if show:
        data["show_in_menus"] = "on"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_menu_shows_the_section_index_pages_in_the_old_order(client, db):
    assert menu(client) == [model.objects.get().title for model in MENU_MODELS]


def test_unticking_show_in_menus_takes_a_page_out_of_the_menu(admin_client):
    networks = NetworkIndexPage.objects.get()
    edit_show_in_menus(admin_client, networks, show=False)
    titles = menu(admin_client)
    assert networks.title not in titles
    assert MethodIndexPage.objects.get().title in titles


def test_ticking_show_in_menus_puts_a_content_page_in_the_menu(admin_client):
    about = ContentPage.objects.child_of(HomePage.objects.get()).first()
    assert about.title not in menu(admin_client)
    edit_show_in_menus(admin_client, about, show=True)
    # In tree order: the about page comes after the section index pages.
    assert menu(admin_client)[-1] == about.title


def test_unpublished_pages_are_not_in_the_menu(client, db):
    events = EventIndexPage.objects.get()
    events.unpublish()
    assert events.title not in menu(client)


def test_the_migration_ticks_the_pages_the_old_menu_showed(db):
    migration = importlib.import_module(
        "home.migrations.0003_section_index_pages_in_menus"
    )
    home = HomePage.objects.get()
    home.get_children().update(show_in_menus=False)
    for model in MENU_MODELS:
        page = model.objects.get()
        page.save_revision()
    migration.show_in_menus(apps, None)
    menu_pages = home.get_children().filter(show_in_menus=True).specific()
    assert [type(page) for page in menu_pages] == MENU_MODELS
    for page in menu_pages:
        # The editor opens the latest revision: ticked there too.
        assert page.get_latest_revision_as_object().show_in_menus
