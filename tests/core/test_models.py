"""OrganisationMixin: exactly one municipality or one region."""

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.test.utils import isolate_apps

from kb.core.models import OrganisationMixin
from kb.taxonomy.models import Municipality, Region


@pytest.fixture
def Organisation():
    """A concrete model using the mixin, in a registry of its own (no table,
    nothing left behind in the project's app registry)."""
    with isolate_apps("tests.core") as apps:
        apps.register_model("taxonomy", Municipality)
        apps.register_model("taxonomy", Region)

        class Organisation(OrganisationMixin):
            name = models.CharField(max_length=50)

            class Meta(OrganisationMixin.Meta):
                app_label = "core"

        yield Organisation
    for model in (Municipality, Region):
        if hasattr(model, "core_organisation_set"):
            delattr(model, "core_organisation_set")


def test_two_nullable_foreign_keys_to_the_taxonomy(Organisation):
    municipality = Organisation._meta.get_field("municipality")
    region = Organisation._meta.get_field("region")
    assert municipality.related_model is Municipality
    assert region.related_model is Region
    assert municipality.null and region.null
    assert municipality.remote_field.on_delete is models.PROTECT


def test_the_constraint_is_named_after_the_model(Organisation):
    (constraint,) = Organisation._meta.constraints
    assert constraint.name == "core_organisation_municipality_xor_region"


def test_organisation_is_whichever_is_set(db, Organisation):
    vejle = Municipality.objects.get(name="Vejle")
    syddanmark = Region.objects.get(name="Region Syddanmark")
    assert Organisation(municipality=vejle).organisation == vejle
    assert Organisation(region=syddanmark).organisation == syddanmark


def test_exactly_one_of_municipality_and_region(db, Organisation):
    vejle = Municipality.objects.get(name="Vejle")
    syddanmark = Region.objects.get(name="Region Syddanmark")
    Organisation(name="a", municipality=vejle).validate_constraints()
    Organisation(name="b", region=syddanmark).validate_constraints()
    for wrong in (
        Organisation(name="c", municipality=vejle, region=syddanmark),
        Organisation(name="d"),
    ):
        with pytest.raises(ValidationError) as error:
            wrong.validate_constraints()
        assert "Vælg enten en kommune eller en region" in str(error.value)
