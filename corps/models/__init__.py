"""The travelling specialist corps: the specialist pages, who may book and
coordinate (accounts), and the bookings with their history."""

from corps.models.accounts import (
    BOOKER_GROUP,
    COORDINATOR_GROUP,
    EDITOR_GROUP,
    Membership,
)
from corps.models.bookings import (
    BookingRequest,
    BookingStatusChange,
    UnavailablePeriod,
)
from corps.models.pages import (
    CorpsIndexPage,
    SpecialistFocusArea,
    SpecialistPage,
    SpecialistTargetGroup,
)

__all__ = [
    "BOOKER_GROUP",
    "COORDINATOR_GROUP",
    "EDITOR_GROUP",
    "BookingRequest",
    "BookingStatusChange",
    "CorpsIndexPage",
    "Membership",
    "SpecialistFocusArea",
    "SpecialistPage",
    "SpecialistTargetGroup",
    "UnavailablePeriod",
]
