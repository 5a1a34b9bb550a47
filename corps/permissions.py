"""Who may see and do what in the corps: one permission policy per model.

Built on Django permissions, never on group names (groups only bundle
permissions, see migration 0010):

- ``corps.request_booking``: a professional requests bookings for the
  municipality or region they work for (:func:`accounts.models.affiliation_of`),
  sees their organisation's bookings and rates the help;
- ``corps.coordinate_bookings``: a corps coordinator runs the bookings,
  availability and calendar feed of the specialists whose page names them
  among its ``coordinators``; a superuser coordinates every specialist.

The specialist themself (the page's ``user``) sees and completes their own
bookings, writes the report and manages their calendar feed. The requester
cancels their own request until its period starts.

Services refuse what the policies refuse; views show only what they allow
and look objects up through ``instances_user_has_permission_for`` (so what a
user may not see is a 404). Status and time (can a requested booking still
be accepted?) are the booking's own rules (``BookingRequest.can_change_to``).
"""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone

from accounts.models import affiliation_of
from kb.core.permissions import Grant, RulePermissionPolicy

REQUEST = "corps.request_booking"
COORDINATE = "corps.coordinate_bookings"


def _coordinated(path: str = ""):
    """The relation "``user`` is among the coordinators of the specialist at
    ``path``" (all specialists for a superuser)."""

    def relation(user) -> Q:
        if user.is_superuser:
            return Q()
        return Q(**{f"{path}coordinators": user})

    return relation


def _own_specialist(path: str = ""):
    def relation(user) -> Q:
        return Q(**{f"{path}user": user})

    return relation


def _own_organisation(user) -> Q | None:
    """Bookings of the municipality or region ``user`` works for."""
    affiliation = affiliation_of(user)
    if affiliation is None:
        return None
    if affiliation.municipality_id:
        return Q(municipality_id=affiliation.municipality_id)
    return Q(region_id=affiliation.region_id)


def _own_request_not_started(user) -> Q:
    return Q(requested_by=user, start__gt=timezone.now())


class BookingPolicy(RulePermissionPolicy):
    """Actions on :class:`corps.models.BookingRequest`. ``request`` is asked
    of the model (may the user request bookings at all)."""

    coordinator = Grant(COORDINATE, _coordinated("specialist__"))
    specialist = Grant(None, _own_specialist("specialist__"))
    organisation = Grant(REQUEST, _own_organisation)

    rules = {
        "request": [organisation],
        "view": [organisation, coordinator, specialist],
        "accept": [coordinator],
        "decline": [coordinator],
        "cancel": [coordinator, Grant(None, _own_request_not_started)],
        "complete": [coordinator, specialist],
        "report": [coordinator, specialist],
        "rate": [organisation],
    }

    #: The status actions offered on a booking's page, by their URL word.
    STATUS_ACTIONS = {
        "accepter": ("accept", "accepted"),
        "afvis": ("decline", "declined"),
        "aflys": ("cancel", "cancelled"),
        "afslut": ("complete", "completed"),
    }

    def offered_actions(self, user, booking) -> list[str]:
        """The status actions (URL words) to offer ``user`` on ``booking``:
        allowed by the policy and possible in the booking's state."""
        allowed = self.allowed_actions(
            user, booking, [action for action, _ in self.STATUS_ACTIONS.values()]
        )
        offered = []
        for word, (action, status) in self.STATUS_ACTIONS.items():
            if action not in allowed or not booking.can_change_to(status):
                continue
            if action == "accept" and booking.has_started():
                continue
            if action == "complete" and not booking.has_started():
                continue
            offered.append(word)
        return offered


class SpecialistPolicy(RulePermissionPolicy):
    """Actions on :class:`corps.models.SpecialistPage` outside the page
    editor: running their calendar (``coordinate``: bookings, availability)
    and their private calendar feed."""

    coordinator = Grant(COORDINATE, _coordinated())

    rules = {
        "coordinate": [coordinator],
        "manage_availability": [coordinator],
        "manage_calendar_feed": [coordinator, Grant(None, _own_specialist())],
    }

    def users_with_any_permission_for_instance(self, actions, instance):
        """The active users named as ``instance``'s coordinators who hold the
        permission (for notifications)."""
        if set(actions) - {"coordinate", "manage_availability"}:
            raise ValueError("Only the coordinators of a specialist can be listed.")
        return (
            self.users_with_any_permission(actions)
            .filter(coordinated_specialists=instance)
            .distinct()
        )


class UnavailablePeriodPolicy(RulePermissionPolicy):
    """Periods are managed by the specialist's coordinators."""

    rules = {
        "view": [Grant(COORDINATE, _coordinated("specialist__"))],
        "remove": [Grant(COORDINATE, _coordinated("specialist__"))],
    }


booking_policy = BookingPolicy("corps.BookingRequest")
specialist_policy = SpecialistPolicy("corps.SpecialistPage")
unavailable_period_policy = UnavailablePeriodPolicy("corps.UnavailablePeriod")


def cancel_needs_reason(user, booking) -> bool:
    """A coordinator who cancels a booking says why (the requester is told);
    the requester cancelling their own request need not."""
    return specialist_policy.user_has_permission_for_instance(
        user, "coordinate", booking.specialist
    )


def has_bookings_page(user) -> bool:
    """Whether "my bookings" has anything for ``user``: the bookings of their
    organisation, the corps' queue or their own visits as a specialist."""
    return (
        booking_policy.user_has_permission(user, "request")
        or specialist_policy.user_has_permission(user, "coordinate")
        or is_specialist(user)
    )


def is_specialist(user) -> bool:
    """Whether ``user`` is the login of a specialist (sees their own visits
    and manages their calendar feed)."""
    return user.is_authenticated and hasattr(user, "specialist_page")
