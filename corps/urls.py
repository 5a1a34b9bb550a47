"""The booking pages (/bookinger/). Included once in kb.urls, before Wagtail."""

from django.urls import include, path

from corps import views

booking_patterns = [
    path("", views.my_bookings, name="my_bookings"),
    path("ny/<id:specialist_id>/", views.request_booking, name="request_booking"),
    path("tilgaengelighed/", views.availability, name="availability"),
    path(
        "tilgaengelighed/<id:pk>/fjern/",
        views.remove_unavailable,
        name="remove_unavailable",
    ),
    path(
        "kalender/<id:specialist_id>/",
        views.calendar_settings,
        name="calendar_settings",
    ),
    path("kalender/<slug:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("<uuid:reference>/", views.booking_detail, name="booking_detail"),
    # Before the status actions, whose <slug:action> would match them too.
    path("<uuid:reference>/rapport/", views.write_report, name="write_report"),
    path("<uuid:reference>/bedoemmelse/", views.rate_booking, name="rate_booking"),
    path("<uuid:reference>/kalender.ics", views.booking_ics, name="booking_ics"),
    path(
        "<uuid:reference>/<slug:action>/",
        views.booking_action,
        name="booking_action",
    ),
]

urlpatterns = [
    path("bookinger/", include((booking_patterns, "corps"))),
]
