"""The travelling specialist corps: the specialist pages, the bookings with their history, their close-out
(report and rating) and the specialists' private calendar feeds."""

from corps.models.bookings import (
    BookingRequest,
    BookingStatusChange,
    UnavailablePeriod,
)
from corps.models.closeout import RATING_CHOICES, BookingRating, BookingReport
from corps.models.feeds import CalendarFeed
from corps.models.pages import (
    CorpsIndexPage,
    SpecialistFocusArea,
    SpecialistPage,
    SpecialistTargetGroup,
)

__all__ = [
    "RATING_CHOICES",
    "BookingRating",
    "BookingReport",
    "BookingRequest",
    "BookingStatusChange",
    "CalendarFeed",
    "CorpsIndexPage",
    "SpecialistFocusArea",
    "SpecialistPage",
    "SpecialistTargetGroup",
    "UnavailablePeriod",
]
