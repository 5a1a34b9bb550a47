from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
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
