from django.urls import path

from kb.taxonomy import views
from kb.taxonomy.models import FocusArea, TargetGroup

app_name = "taxonomy"
urlpatterns = [
    path(
        "maalgrupper/",
        views.vocabulary_index,
        {"tag_model": TargetGroup},
        name="target_groups",
    ),
    path("maalgrupper/<slug:slug>/", views.target_group, name="target_group"),
    path(
        "fokusomraader/",
        views.vocabulary_index,
        {"tag_model": FocusArea},
        name="focus_areas",
    ),
    path("fokusomraader/<slug:slug>/", views.focus_area, name="focus_area"),
]
