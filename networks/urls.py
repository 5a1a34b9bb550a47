from django.urls import path

from networks import views

app_name = "networks"
urlpatterns = [
    path("ical/alle.ics", views.ical_all, name="ical_all"),
    path("ical/netvaerk/<slug:slug>.ics", views.ical_network, name="ical_network"),
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
    path("feeds/nyt.rss", views.NewContentFeed(), name="feed_rss"),
    path("feeds/nyt.atom", views.NewContentAtomFeed(), name="feed_atom"),
    path("rapporter/aktiviteter/", views.activity_report_view, name="activity_report"),
]
