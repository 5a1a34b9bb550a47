"""Editors maintain the controlled vocabularies as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kb.taxonomy.models import FocusArea, TargetGroup


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Målgrupper")
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]


class FocusAreaViewSet(SnippetViewSet):
    model = FocusArea
    icon = "crosshairs"
    menu_label = _("Fokusområder")
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, FocusAreaViewSet)
    menu_icon = "tag"
    menu_label = _("Taksonomi")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
