from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from accounts.lockout import throttle_restriction_password

urlpatterns = [
    # Wagtail's page and document password forms, with the login's lockout
    # (ahead of Wagtail's own routes for the same addresses).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttle_restriction_password(wagtail_views.authenticate_with_password, "side"),
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "dokumenter/authenticate_with_password/<int:restriction_id>/",
        throttle_restriction_password(
            wagtaildocs_serve.authenticate_with_password, "samling"
        ),
        name="wagtaildocs_authenticate_with_password",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Log in, sign up, confirm the address, reset the password (allauth).
    path("konto/", include("allauth.urls")),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("soeg/", include("search.urls")),
    path("tilbud/", include("offers.urls")),
    path("", include("corps.urls")),
    path("", include("kb.taxonomy.urls")),
    path("", include("networks.urls")),
    path("", include("home.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
