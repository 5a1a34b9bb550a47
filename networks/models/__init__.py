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
from networks.models.registrations import EventRegistration

__all__ = [
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
