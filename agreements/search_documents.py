"""How framework agreements are found: declared here, indexed by ``search``."""

from django.utils.translation import gettext_lazy as _

from agreements.models import FrameworkAgreementPage
from search.registry import SearchDocument, register, text


@register
class FrameworkAgreementDocument(SearchDocument):
    model = FrameworkAgreementPage
    key = "agreement"
    label = _("Rammeaftale")
    order = 70

    def fields(self, obj):
        entries = list(obj.focus_area_entries.select_related("focus_area"))
        return {
            "title": obj.title,
            "url": obj.get_url() or "",
            "summary": obj.intro,
            "date": obj.last_published_at,
            "regions": [obj.region.slug],
            "focus_areas": [e.focus_area.slug for e in entries],
            "focus_area_names": [e.focus_area.name for e in entries],
            "body": text(
                obj.vision,
                *(
                    text(e.goal, e.themes, *e.action_list(), e.success_criteria)
                    for e in entries
                ),
            ),
        }
