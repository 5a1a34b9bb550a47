"""Networks and their events, split by domain; the public names are here."""

from networks.models.membership import (
    MeetingDocument,
    NetworkMeeting,
    NetworkMembership,
)
from networks.models.pages import (
    EventIndexPage,
    NetworkFocusArea,
    NetworkIndexPage,
    NetworkPage,
    NetworkTargetGroup,
    ThemeDayFocusArea,
    ThemeDayPage,
    ThemeDayTargetGroup,
)
from networks.models.registrations import (
    GUEST_CLIENT_SALT,
    GUEST_CONFIRMATION_PERIOD,
    GUEST_RATE_WINDOW,
    EventRegistration,
)

__all__ = [
    "GUEST_CLIENT_SALT",
    "GUEST_CONFIRMATION_PERIOD",
    "GUEST_RATE_WINDOW",
    "EventIndexPage",
    "EventRegistration",
    "MeetingDocument",
    "NetworkFocusArea",
    "NetworkIndexPage",
    "NetworkMeeting",
    "NetworkMembership",
    "NetworkPage",
    "NetworkTargetGroup",
    "ThemeDayFocusArea",
    "ThemeDayPage",
    "ThemeDayTargetGroup",
]
