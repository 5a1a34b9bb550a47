"""The factories build valid, published objects that state what they are."""

from django.contrib.auth.models import Permission

from accounts.models import BOOKER_GROUP
from agreements.models import FrameworkAgreementIndexPage
from corps.models import CorpsIndexPage
from methods.models import MethodIndexPage
from networks.models import EventIndexPage
from tests import factories


def test_user_with_group_permission_and_affiliation(db):
    user = factories.user(
        groups=[BOOKER_GROUP],
        permissions=["corps.coordinate_bookings"],
        municipality="Vejle",
    )
    assert user.groups.get().name == BOOKER_GROUP
    assert user.has_perm("corps.coordinate_bookings")
    assert user.has_perm("corps.request_booking")
    assert user.affiliation.organisation.name == "Vejle"
    assert Permission.objects.filter(user=user).count() == 1


def test_pages_are_live_in_their_section(db):
    area = factories.focus_area()
    group = factories.target_group()
    method = factories.method_page(target_groups=[group], focus_areas=[area])
    assert method.live and method.get_parent().specific_class is MethodIndexPage
    assert list(method.target_groups.all()) == [group]
    assert factories.evidence_page().live
    network = factories.network_page()
    event = factories.theme_day(parent=network)
    assert event.get_parent().pk == network.pk
    assert factories.theme_day().get_parent().specific_class is EventIndexPage
    coordinator = factories.user()
    specialist = factories.specialist_page(coordinators=[coordinator])
    assert specialist.get_parent().specific_class is CorpsIndexPage
    assert list(specialist.coordinators.all()) == [coordinator]
    assert specialist.travel_regions.count() == 5
    agreement = factories.agreement(focus_areas=[area])
    assert agreement.get_parent().specific_class is FrameworkAgreementIndexPage
    assert agreement.focus_area_entries.get().focus_area == area
    assert factories.offer().region.name == "Region Sjælland"


def test_unpublished_pages_are_drafts(db):
    method = factories.method_page(publish=False)
    assert not method.live and method.has_unpublished_changes
