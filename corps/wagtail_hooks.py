from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from corps.models import Membership


class MembershipViewSet(SnippetViewSet):
    """Which municipality or region a user works for, and which specialists
    a coordinator runs. Only administrators hold these permissions."""

    model = Membership
    icon = "user"
    menu_label = _("Tilknytninger")
    add_to_settings_menu = True
    list_display = ["user", "municipality", "region"]
    list_filter = ["region"]
    search_fields = ["user__username", "user__email"]


register_snippet(MembershipViewSet)
