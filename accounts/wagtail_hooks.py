"""Administrators' screens for accounts: a user's organisation is edited on
the user's own form (accounts.admin_views); the e-mail domains that attach
new users to an organisation are a snippet list under Settings."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
