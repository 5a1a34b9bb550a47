from django.urls import path

from home import feeds, health, views

app_name = "home"
urlpatterns = [
    path("feeds/nyt.rss", feeds.NewContentFeed(), name="feed_rss"),
    path("feeds/nyt.atom", feeds.NewContentAtomFeed(), name="feed_atom"),
    path("sundhed/", health.health, name="health"),
    path("konto/start/", views.start, name="start"),
    path("konto/mine-data/", views.my_data, name="my_data"),
    path("konto/mine-data/download/", views.download_my_data, name="download_my_data"),
    path("konto/slet/", views.delete_account_view, name="delete_account"),
    path(
        "tilgaengelighedserklaering/",
        views.accessibility_statement,
        name="accessibility_statement",
    ),
]
