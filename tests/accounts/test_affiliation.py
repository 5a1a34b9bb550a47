"""The organisation a user belongs to: a municipality or a region, managed
by administrators in Wagtail."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from accounts.models import BOOKER_GROUP, Affiliation
from kb.taxonomy.models import Municipality
from tests import factories


def test_a_membership_is_a_municipality_or_a_region(db):
    municipality = Municipality.objects.get(name="Roskilde")
    booker = factories.user(groups=[BOOKER_GROUP], municipality=municipality)
    membership = booker.affiliation
    assert membership.organisation == municipality
    membership.region = municipality.region
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            membership.save()
    membership.municipality = None
    membership.save()
    assert membership.organisation == municipality.region


def test_a_membership_needs_an_organisation(db):
    user = factories.user("ingen")
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            Affiliation.objects.create(user=user)


def test_administrators_manage_memberships_in_wagtail(admin_client):
    factories.user("booker", groups=[BOOKER_GROUP], municipality="Roskilde")
    url = reverse("wagtailsnippets_accounts_affiliation:list")
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "booker" in response.content.decode()


def test_editors_do_not_manage_memberships(editor_client):
    url = reverse("wagtailsnippets_accounts_affiliation:list")
    assert editor_client.get(url).status_code in (302, 403)
