"""Network meetings (agenda, minutes, member-only documents) in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from networks.models import NetworkMeeting


class NetworkMeetingViewSet(SnippetViewSet):
    model = NetworkMeeting
    icon = "date"
    menu_label = _("Netværksmøder")
    add_to_admin_menu = True
    list_display = ["title", "network", "start"]
    list_filter = ["network"]
    search_fields = ["title", "agenda", "minutes"]


register_snippet(NetworkMeetingViewSet)
