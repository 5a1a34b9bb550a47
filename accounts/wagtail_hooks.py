"""Administrators' screens for accounts: a user's organisation is edited on
the user's own form (accounts.admin_views); the e-mail domains that attach
new users to an organisation are a snippet list under Settings, next to the
locked logins; users are picked with a searchable chooser."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts import admin_views
from accounts.choosers import user_chooser_viewset
from accounts.models import OrganisationEmailDomain


class OrganisationEmailDomainViewSet(SnippetViewSet):
    """Whoever confirms an address at one of these domains is attached to
    its municipality or region. Only administrators hold these permissions."""

    model = OrganisationEmailDomain
    icon = "mail"
    menu_label = _("E-maildomæner")
    add_to_settings_menu = True
    list_display = ["domain", "municipality", "region"]
    list_filter = ["region"]
    search_fields = ["domain", "municipality__name", "region__name"]
    ordering = ["domain"]


register_snippet(OrganisationEmailDomainViewSet)


@hooks.register("register_admin_viewset")
def register_user_chooser():
    return user_chooser_viewset


@hooks.register("register_admin_urls")
def register_locked_logins_urls():
    return [
        path(
            "laaste-logins/",
            admin_views.LockedLoginsView.as_view(),
            name="locked_logins",
        ),
        path(
            "laaste-logins/laas-op/",
            admin_views.unlock_login,
            name="locked_logins_unlock",
        ),
    ]


class LockedLoginsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_locked_logins_menu_item():
    return LockedLoginsMenuItem(
        _("Låste logins"), reverse("locked_logins"), icon_name="lock", order=620
    )
