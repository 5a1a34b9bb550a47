"""Pages with one person's data (bookings, participant lists, member
documents and meetings, the activity report, my pages, calendar settings)
are sent with ``Cache-Control: private, no-store``."""

import pytest
from django.urls import get_resolver, reverse

# Views anyone may fetch and cache: public calendars, and the private feeds
# whose key is the address (kb.core.ical marks those private itself).
PUBLIC = {
    "networks:ical_all",
    "networks:ical_network",
    "networks:ical_target_group",
    "networks:ical_focus_area",
    "networks:ical_event",
    "networks:ical_member",
    "corps:calendar_feed",
    # "Check your e-mail": the same words for everyone.
    "networks:guest_check_mail",
}

PRIVATE = {
    "corps:my_bookings",
    "corps:request_booking",
    "corps:availability",
    "corps:remove_unavailable",
    "corps:calendar_settings",
    "corps:booking_detail",
    "corps:write_report",
    "corps:rate_booking",
    "corps:booking_ics",
    "corps:booking_action",
    "networks:member_calendar",
    "networks:new_member_calendar_token",
    "networks:activity_report",
    "networks:register",
    "networks:participants",
    "networks:email_participants",
    "networks:record_attendance",
    "networks:give_seat",
    "networks:my_events",
    "networks:cancel_registration",
    "networks:join_network",
    "networks:leave_network",
    "networks:decide_membership",
    "networks:coordinate_network",
    "networks:new_meeting",
    "networks:edit_meeting",
    "networks:meeting_document",
    # A guest's personal link is the key to their registration.
    "networks:guest_register",
    "networks:guest_registration",
    "networks:confirm_guest_registration",
    "networks:cancel_guest_registration",
}


def views_by_name():
    found = {}
    for namespace in ("corps", "networks"):
        app_resolver = get_resolver().namespace_dict[namespace][1]
        for pattern in app_resolver.url_patterns:
            for sub in getattr(pattern, "url_patterns", [pattern]):
                if sub.name:
                    found[f"{namespace}:{sub.name}"] = sub.callback
    return found


def test_every_view_is_listed_as_public_or_private():
    assert set(views_by_name()) == PUBLIC | PRIVATE


@pytest.mark.parametrize("name", sorted(PRIVATE))
def test_private_views_are_never_cached(name):
    assert getattr(views_by_name()[name], "private_page", False), name


# Admin screens with personal data: Wagtail's admin sends every view with
# never_cache; these rows make sure the project's own admin views keep it.
ADMIN_PRIVATE = {"failed_tasks", "failed_tasks_retry"}


@pytest.mark.parametrize("name", sorted(ADMIN_PRIVATE))
def test_private_admin_views_are_never_cached(name, admin_client):
    address = reverse(name)
    response = (
        admin_client.get(address)
        if name == "failed_tasks"
        else admin_client.post(address, {"retry_selected": "1"})
    )
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control, (name, cache_control)
