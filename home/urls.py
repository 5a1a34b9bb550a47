from django.urls import path

from home import feeds, health, views

app_name = "home"
urlpatterns = [
    path("feeds/nyt.rss", feeds.NewContentFeed(), name="feed_rss"),
    path("feeds/nyt.atom", feeds.NewContentAtomFeed(), name="feed_atom"),
    path("sundhed/", health.health, name="health"),
    path("konto/start/", views.start, name="start"),
    path(
        "tilgaengelighedserklaering/",
        views.accessibility_statement,
        name="accessibility_statement",
    ),
]
