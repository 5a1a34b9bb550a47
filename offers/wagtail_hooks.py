from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from offers.models import Offer


class OfferViewSet(SnippetViewSet):
    model = Offer
    icon = "home"
    menu_label = _("Tilbud")
    add_to_admin_menu = True
    list_display = ["name", "operator", "region"]
    list_filter = ["region"]
    search_fields = ["name", "operator", "description"]


register_snippet(OfferViewSet)
