from django.urls import path

from networks import coordinator_views, views

app_name = "networks"
urlpatterns = [
    path("ical/alle.ics", views.ical_all, name="ical_all"),
    # str, not slug: Wagtail keeps «æ» in a slug ("erfanetværk"), which
    # <slug:> does not match, and the network's page would crash.
    path("ical/netvaerk/<str:slug>.ics", views.ical_network, name="ical_network"),
    path(
        "ical/maalgruppe/<slug:slug>.ics",
        views.ical_target_group,
        name="ical_target_group",
    ),
    path(
        "ical/fokusomraade/<slug:slug>.ics",
        views.ical_focus_area,
        name="ical_focus_area",
    ),
    path("ical/arrangement/<int:pk>.ics", views.ical_event, name="ical_event"),
    path("ical/medlem/<str:token>.ics", views.ical_member, name="ical_member"),
    path(
        "netvaerk-medlemskab/<int:pk>/kalender/",
        views.member_calendar,
        name="member_calendar",
    ),
    path(
        "netvaerk-medlemskab/<int:pk>/ny-kalenderadresse/",
        views.new_member_calendar_token,
        name="new_member_calendar_token",
    ),
    path("rapporter/aktiviteter/", views.activity_report_view, name="activity_report"),
    path("arrangementer/<int:pk>/tilmelding/", views.register, name="register"),
    path(
        "arrangementer/<int:pk>/tilmelding/gaest/",
        views.guest_register,
        name="guest_register",
    ),
    path(
        "arrangementer/<int:pk>/tilmelding/gaest/tjek-din-e-mail/",
        views.guest_check_mail,
        name="guest_check_mail",
    ),
    # str: a signed link holds a colon.
    path(
        "tilmeldinger/gaest/<str:token>/",
        views.guest_registration,
        name="guest_registration",
    ),
    path(
        "tilmeldinger/gaest/<str:token>/bekraeft/",
        views.confirm_guest_registration,
        name="confirm_guest_registration",
    ),
    path(
        "tilmeldinger/gaest/<str:token>/afmeld/",
        views.cancel_guest_registration,
        name="cancel_guest_registration",
    ),
    path("arrangementer/<int:pk>/deltagere/", views.participants, name="participants"),
    path(
        "arrangementer/<int:pk>/deltagere/e-mail/",
        views.email_participants,
        name="email_participants",
    ),
    path(
        "arrangementer/<int:pk>/deltagere/fremmoede/",
        views.record_attendance,
        name="record_attendance",
    ),
    path(
        "tilmeldinger/<int:pk>/giv-plads/",
        views.give_seat,
        name="give_seat",
    ),
    path("mine-arrangementer/", views.my_events, name="my_events"),
    path(
        "tilmeldinger/<int:pk>/afmeld/",
        views.cancel_registration,
        name="cancel_registration",
    ),
    path(
        "netvaerk-medlemskab/<int:pk>/meld-ind/",
        views.join_network,
        name="join_network",
    ),
    path(
        "netvaerk-medlemskab/<int:pk>/meld-ud/",
        views.leave_network,
        name="leave_network",
    ),
    path(
        "netvaerk-medlemskab/anmodning/<int:pk>/",
        coordinator_views.decide_membership,
        name="decide_membership",
    ),
    path(
        "koordinering/netvaerk/<int:pk>/",
        coordinator_views.coordinate,
        name="coordinate_network",
    ),
    path(
        "koordinering/netvaerk/<int:pk>/nyt-moede/",
        coordinator_views.new_meeting,
        name="new_meeting",
    ),
    path(
        "koordinering/moeder/<int:pk>/",
        coordinator_views.edit_meeting,
        name="edit_meeting",
    ),
    path(
        "netvaerk-dokumenter/<int:pk>/", views.meeting_document, name="meeting_document"
    ),
]
