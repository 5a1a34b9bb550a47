from django.urls import path

from networks import coordinator_views, views

app_name = "networks"
urlpatterns = [
    path("ical/alle.ics", views.ical_all, name="ical_all"),
    # text, not slug: Wagtail keeps «æ» in a slug ("erfanetværk"), which
    # <slug:> does not match, and the network's page would crash.
    path("ical/netvaerk/<text:slug>.ics", views.ical_network, name="ical_network"),
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
    path("ical/arrangement/<id:pk>.ics", views.ical_event, name="ical_event"),
    path("ical/medlem/<text:token>.ics", views.ical_member, name="ical_member"),
    path(
        "netvaerk-medlemskab/<id:pk>/kalender/",
        views.member_calendar,
        name="member_calendar",
    ),
    path(
        "netvaerk-medlemskab/<id:pk>/ny-kalenderadresse/",
        views.new_member_calendar_token,
        name="new_member_calendar_token",
    ),
    path("rapporter/aktiviteter/", views.activity_report_view, name="activity_report"),
    path("arrangementer/<id:pk>/tilmelding/", views.register, name="register"),
    path(
        "arrangementer/<id:pk>/tilmelding/gaest/",
        views.guest_register,
        name="guest_register",
    ),
    path(
        "arrangementer/<id:pk>/tilmelding/gaest/tjek-din-e-mail/",
        views.guest_check_mail,
        name="guest_check_mail",
    ),
    # str: a signed link holds a colon.
    path(
        "tilmeldinger/gaest/<text:token>/",
        views.guest_registration,
        name="guest_registration",
    ),
    path(
        "tilmeldinger/gaest/<text:token>/bekraeft/",
        views.confirm_guest_registration,
        name="confirm_guest_registration",
    ),
    path(
        "tilmeldinger/gaest/<text:token>/afmeld/",
        views.cancel_guest_registration,
        name="cancel_guest_registration",
    ),
    path("arrangementer/<id:pk>/deltagere/", views.participants, name="participants"),
    path(
        "arrangementer/<id:pk>/deltagere/e-mail/",
        views.email_participants,
        name="email_participants",
    ),
    path(
        "arrangementer/<id:pk>/deltagere/fremmoede/",
        views.record_attendance,
        name="record_attendance",
    ),
    path(
        "tilmeldinger/<id:pk>/giv-plads/",
        views.give_seat,
        name="give_seat",
    ),
    path("mine-arrangementer/", views.my_events, name="my_events"),
    path(
        "tilmeldinger/<id:pk>/afmeld/",
        views.cancel_registration,
        name="cancel_registration",
    ),
    path(
        "netvaerk-medlemskab/<id:pk>/meld-ind/",
        views.join_network,
        name="join_network",
    ),
    path(
        "netvaerk-medlemskab/<id:pk>/meld-ud/",
        views.leave_network,
        name="leave_network",
    ),
    path(
        "netvaerk-medlemskab/anmodning/<id:pk>/",
        coordinator_views.decide_membership,
        name="decide_membership",
    ),
    path(
        "koordinering/netvaerk/<id:pk>/",
        coordinator_views.coordinate,
        name="coordinate_network",
    ),
    path(
        "koordinering/netvaerk/<id:pk>/nyt-moede/",
        coordinator_views.new_meeting,
        name="new_meeting",
    ),
    path(
        "koordinering/moeder/<id:pk>/",
        coordinator_views.edit_meeting,
        name="edit_meeting",
    ),
    path(
        "netvaerk-dokumenter/<id:pk>/", views.meeting_document, name="meeting_document"
    ),
]
