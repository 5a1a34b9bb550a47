"""How offers and framework agreements are found: declared here, indexed by
``search``. Each declaration stands alone, so it can move with its model."""

from django.utils.translation import gettext_lazy as _

from home.models import FrameworkAgreementPage, Offer
from search.registry import SearchDocument, register, tags, text


@register
class OfferDocument(SearchDocument):
    model = Offer
    key = "offer"
    label = _("Tilbud")
    order = 60

    def fields(self, obj):
        target_groups, target_group_names = tags(obj.target_groups)
        return {
            "title": obj.name,
            "url": obj.get_url() or "",
            "summary": obj.listing_summary(),
            "target_groups": target_groups,
            "target_group_names": target_group_names,
            "regions": [obj.region.slug],
            "body": text(obj.kind, obj.operator, obj.municipality),
        }


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
                    text(e.goal, e.themes, e.actions, e.success_criteria)
                    for e in entries
                ),
            ),
        }
