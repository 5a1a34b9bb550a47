from django.urls import path

from offers import views

app_name = "offers"
urlpatterns = [
    path("", views.offer_index, name="offers"),
    path("<slug:slug>/", views.offer_detail, name="offer"),
]
