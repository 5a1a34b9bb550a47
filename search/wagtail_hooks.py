"""Editors maintain the search synonyms as a snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Søgesynonymer")
    add_to_admin_menu = False
    list_display = ["__str__"]
    search_fields = ["terms"]


register_snippet(SearchSynonymViewSet)
