"""Accounts (/konto/: Django's login, logout and password reset) and the
booking pages (/bookinger/). Included once in kb.urls, before Wagtail."""

from django.urls import include, path

from corps import views

booking_patterns = [
    path("", views.my_bookings, name="my_bookings"),
    path("ny/<int:specialist_id>/", views.request_booking, name="request_booking"),
    path("<uuid:reference>/", views.booking_detail, name="booking_detail"),
    path(
        "<uuid:reference>/<slug:action>/",
        views.booking_action,
        name="booking_action",
    ),
]

urlpatterns = [
    path("konto/", include("django.contrib.auth.urls")),
    path("bookinger/", include((booking_patterns, "corps"))),
]
