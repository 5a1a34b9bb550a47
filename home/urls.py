from django.urls import path

from home import views

app_name = "home"
urlpatterns = [
    path("", views.offer_index, name="offers"),
    path("<slug:slug>/", views.offer_detail, name="offer"),
]
