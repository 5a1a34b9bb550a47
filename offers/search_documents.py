"""How offers are found: declared here, indexed by ``search``."""

from django.utils.translation import gettext_lazy as _

from offers.models import Offer
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
