"""Which e-mail addresses attach a new user to a municipality or region:
exactly an organisation's domain, in any case, never a free-mail domain,
and only once the address is confirmed."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from accounts.models import (
    BOOKER_GROUP,
    Affiliation,
    OrganisationEmailDomain,
    organisation_domain_for,
)
from accounts.services import attach_by_email
from kb.taxonomy.models import Municipality, Region
from tests import factories


@pytest.fixture
def aarhus(db):
    return Municipality.objects.get(name="Aarhus")


def test_the_demo_seeds_municipal_and_regional_domains(db):
    assert organisation_domain_for("a@kk.dk").municipality.name == "København"
    assert organisation_domain_for("a@rsyd.dk").region.name == "Region Syddanmark"
    assert organisation_domain_for("a@regionh.dk").region.name == "Region Hovedstaden"


def test_the_domain_matches_in_any_case(aarhus):
    domain = organisation_domain_for("  Anne.Hansen@AARHUS.DK ")
    assert domain.municipality == aarhus


def test_only_the_exact_domain_matches_not_its_subdomains_or_parents(db):
    assert organisation_domain_for("anne@skole.aarhus.dk") is None
    assert organisation_domain_for("anne@aarhus.dk.example.com") is None
    assert organisation_domain_for("anne@minaarhus.dk") is None
    assert organisation_domain_for("aarhus.dk") is None


def test_a_subdomain_attaches_when_it_is_listed_itself(aarhus):
    OrganisationEmailDomain.objects.create(
        domain="skole.aarhus.dk", municipality=aarhus
    )
    assert organisation_domain_for("anne@skole.aarhus.dk").municipality == aarhus


def test_free_mail_never_attaches_even_if_someone_listed_it(aarhus):
    # Bypassing the admin's validation, as an import might.
    OrganisationEmailDomain.objects.create(domain="gmail.com", municipality=aarhus)
    assert organisation_domain_for("anne@gmail.com") is None
    user = factories.user(email="anne@gmail.com")
    assert attach_by_email(user=user, email=user.email) is None
    assert not Affiliation.objects.filter(user=user).exists()


def test_the_admin_refuses_free_mail_and_normalises_domains(aarhus):
    with pytest.raises(ValidationError) as error:
        OrganisationEmailDomain(domain="Hotmail.com", municipality=aarhus).full_clean()
    assert "Alle kan få en adresse" in str(error.value)
    domain = OrganisationEmailDomain(domain=" @Aarhus-Test.DK ", municipality=aarhus)
    domain.full_clean()
    assert domain.domain == "aarhus-test.dk"
    with pytest.raises(ValidationError):
        OrganisationEmailDomain(
            domain="ikke et domæne", municipality=aarhus
        ).full_clean()


def test_a_domain_belongs_to_a_municipality_or_a_region(aarhus):
    with pytest.raises(ValidationError):
        OrganisationEmailDomain(
            domain="begge.dk", municipality=aarhus, region=aarhus.region
        ).full_clean()


def test_attaching_gives_the_organisation_and_the_booker_role(aarhus):
    user = factories.user(email="bo@aarhus.dk")
    affiliation = attach_by_email(user=user, email="Bo@Aarhus.dk")
    assert affiliation.municipality == aarhus
    assert user.groups.filter(name=BOOKER_GROUP).exists()
    assert user.has_perm("corps.request_booking")


def test_a_regional_domain_attaches_to_the_region(db):
    user = factories.user(email="bo@rm.dk")
    assert attach_by_email(user=user, email=user.email).region == Region.objects.get(
        name="Region Midtjylland"
    )


def test_an_administrators_choice_is_never_overridden(aarhus):
    user = factories.user(email="bo@aarhus.dk", municipality="Vejle")
    assert attach_by_email(user=user, email=user.email) is None
    assert Affiliation.objects.get(user=user).municipality.name == "Vejle"
    assert not user.groups.filter(name=BOOKER_GROUP).exists()


def test_other_domains_do_not_attach(db):
    user = factories.user(email="bo@firma.dk")
    assert attach_by_email(user=user, email=user.email) is None
    assert not Affiliation.objects.filter(user=user).exists()
    assert Group.objects.filter(name=BOOKER_GROUP).exists()
