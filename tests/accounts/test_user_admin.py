"""Administrators set a user's organisation and roles on one Wagtail form,
and find users by searching the user listing."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import BOOKER_GROUP, Affiliation
from kb.taxonomy.models import Municipality, Region
from tests import factories


def edit_data(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": "Bo",
        "last_name": "Berg",
        "is_active": "on",
        "password1": "",
        "password2": "",
        "municipality": "",
        "region": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def bo(db):
    return factories.user("bo", email="bo@firma.dk", first_name="Bo", last_name="Berg")


def test_organisation_and_role_are_saved_together(admin_client, bo):
    url = reverse("wagtailusers_users:edit", args=[bo.pk])
    page = admin_client.get(url).content.decode()
    assert 'name="municipality"' in page
    assert 'name="region"' in page
    assert 'name="groups"' in page
    vejle = Municipality.objects.get(name="Vejle")
    booker = Group.objects.get(name=BOOKER_GROUP)

    response = admin_client.post(
        url, edit_data(bo, municipality=vejle.pk, groups=[booker.pk])
    )

    assert response.status_code == 302
    assert Affiliation.objects.get(user=bo).municipality == vejle
    assert bo.has_perm("corps.request_booking")


def test_the_form_shows_and_clears_the_organisation(admin_client, bo):
    region = Region.objects.get(name="Region Sjælland")
    Affiliation.objects.create(user=bo, region=region)
    url = reverse("wagtailusers_users:edit", args=[bo.pk])
    page = admin_client.get(url).content.decode()
    assert f'<option value="{region.pk}" selected>' in page

    admin_client.post(url, edit_data(bo))
    assert not Affiliation.objects.filter(user=bo).exists()


def test_a_municipality_and_a_region_together_are_refused(admin_client, bo):
    vejle = Municipality.objects.get(name="Vejle")
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[bo.pk]),
        edit_data(bo, municipality=vejle.pk, region=vejle.region.pk),
    )
    assert response.status_code == 200
    assert "Vælg enten en kommune eller en region" in response.content.decode()
    assert not Affiliation.objects.filter(user=bo).exists()


def test_a_new_user_gets_an_organisation_at_once(admin_client, db):
    aarhus = Municipality.objects.get(name="Aarhus")
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "ny@aarhus.dk",
            "email": "ny@aarhus.dk",
            "first_name": "Ny",
            "last_name": "Bruger",
            "password1": "en-lang-hemmelig-kode-42",
            "password2": "en-lang-hemmelig-kode-42",
            "municipality": aarhus.pk,
        },
    )
    assert response.status_code == 302
    assert Affiliation.objects.get(user__email="ny@aarhus.dk").municipality == aarhus


def test_the_user_listing_searches_and_shows_the_organisation(admin_client, bo):
    Affiliation.objects.create(
        user=bo, municipality=Municipality.objects.get(name="Vejle")
    )
    factories.user("anden", first_name="Anna", last_name="Anden")
    url = reverse("wagtailusers_users:index")
    html = admin_client.get(url, {"q": "firma.dk"}).content.decode()
    assert "Bo Berg" in html
    assert "Vejle" in html
    assert "Anna Anden" not in html
    assert "Anna Anden" in admin_client.get(url).content.decode()


def test_the_email_domains_are_managed_by_administrators_only(admin_client, editor):
    url = reverse("wagtailsnippets_accounts_organisationemaildomain:list")
    assert "aarhus.dk" in admin_client.get(url).content.decode()
    admin_client.force_login(editor)
    assert admin_client.get(url).status_code in (302, 403)


def test_a_cpr_number_in_a_name_is_refused_and_the_input_kept(admin_client, bo):
    url = reverse("wagtailusers_users:edit", args=[bo.pk])

    response = admin_client.post(url, edit_data(bo, last_name="Berg 010190-1234"))

    assert response.status_code == 200
    form = response.context["form"]
    assert "CPR-nummer" in form.errors["last_name"][0]
    assert form["last_name"].value() == "Berg 010190-1234"
    bo.refresh_from_db()
    assert bo.last_name == "Berg"
