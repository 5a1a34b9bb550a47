"""Who may see and do what with bookings.

Bookings are visible only to the requesting organisation (the municipality or
region of the requester), the coordinators of the specialist and the
specialist themself. Views look objects up through :func:`visible_bookings`,
so a booking of another organisation is simply not found (404).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from accounts.models import BOOKER_GROUP, COORDINATOR_GROUP, affiliation_of
from corps.models import BookingRequest, SpecialistPage


def in_group(user, name: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return user.groups.filter(name=name).exists()


def is_booker(user) -> bool:
    """A professional who may request bookings for their organisation."""
    return in_group(user, BOOKER_GROUP) and affiliation_of(user) is not None


def is_coordinator(user) -> bool:
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or in_group(user, COORDINATOR_GROUP))
    )


def coordinated_specialists(user) -> QuerySet[SpecialistPage]:
    """The specialists whose calendar ``user`` runs (all for a superuser)."""
    if not is_coordinator(user):
        return SpecialistPage.objects.none()
    if user.is_superuser:
        return SpecialistPage.objects.all()
    return SpecialistPage.objects.filter(coordinators=user)


def coordinates(user, specialist: SpecialistPage) -> bool:
    """Whether ``user`` is a coordinator of ``specialist``'s corps."""
    return coordinated_specialists(user).filter(pk=specialist.pk).exists()


def is_the_specialist(user, specialist: SpecialistPage) -> bool:
    return (
        user.is_authenticated
        and specialist.user_id is not None
        and specialist.user_id == user.pk
    )


def visible_bookings(user) -> QuerySet[BookingRequest]:
    """The bookings ``user`` may see: their organisation's, their corps' and,
    for a specialist, their own."""
    if not user.is_authenticated or not user.is_active:
        return BookingRequest.objects.none()
    if user.is_superuser:
        return BookingRequest.objects.all()
    rule = Q(specialist__user=user)
    affiliation = affiliation_of(user)
    if affiliation is not None and in_group(user, BOOKER_GROUP):
        if affiliation.municipality_id:
            rule |= Q(municipality_id=affiliation.municipality_id)
        else:
            rule |= Q(region_id=affiliation.region_id)
    if in_group(user, COORDINATOR_GROUP):
        rule |= Q(specialist__coordinators=user)
    return BookingRequest.objects.filter(
        pk__in=BookingRequest.objects.filter(rule).values("pk")
    )


def can_view_booking(user, booking: BookingRequest) -> bool:
    return visible_bookings(user).filter(pk=booking.pk).exists()


def in_requesting_organisation(user, booking: BookingRequest) -> bool:
    """Whether ``user`` is a professional of the municipality or region that
    requested ``booking``."""
    if not is_booker(user):
        return False
    affiliation = affiliation_of(user)
    if booking.municipality_id:
        return affiliation.municipality_id == booking.municipality_id
    return affiliation.region_id == booking.region_id


def may_report(user, booking: BookingRequest) -> bool:
    """The specialist, or their coordinator (for a specialist without a
    login), writes the close-out report."""
    return is_the_specialist(user, booking.specialist) or coordinates(
        user, booking.specialist
    )


def may_rate(user, booking: BookingRequest) -> bool:
    """The requesting organisation rates the help."""
    return in_requesting_organisation(user, booking)


def may_manage_feed(user, specialist: SpecialistPage) -> bool:
    """The specialist and their coordinators make and revoke the calendar
    feed's secret address."""
    return is_the_specialist(user, specialist) or coordinates(user, specialist)


def coordinators_of(specialist: SpecialistPage) -> QuerySet:
    """The active coordinators of ``specialist`` (for notifications)."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__name=COORDINATOR_GROUP,
            coordinated_specialists=specialist,
        )
        .distinct()
    )
