from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.models import Affiliation


class AffiliationViewSet(SnippetViewSet):
    """Which municipality or region a user works for. Only administrators
    hold these permissions."""

    model = Affiliation
    icon = "user"
    menu_label = _("Tilknytninger")
    add_to_settings_menu = True
    list_display = ["user", "municipality", "region"]
    list_filter = ["region"]
    search_fields = ["user__username", "user__email"]


register_snippet(AffiliationViewSet)
