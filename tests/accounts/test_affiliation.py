"""The organisation a user belongs to: a municipality or a region, managed
by administrators in Wagtail."""

import pytest
from django.db import IntegrityError, transaction

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
