"""How specialists of the corps are found: declared here, indexed by
``search``."""

from django.utils.translation import gettext_lazy as _

from corps.models import SpecialistPage
from search.registry import SearchDocument, register, taxonomy, text


@register
class SpecialistDocument(SearchDocument):
    model = SpecialistPage
    key = "specialist"
    label = _("Specialist")
    order = 50

    def fields(self, obj):
        return {
            "title": obj.title,
            "url": obj.get_url() or "",
            "summary": obj.listing_summary(),
            "date": obj.last_published_at,
            **taxonomy(obj),
            "regions": [r.slug for r in obj.travel_regions.all()],
            "body": text(obj.profession, obj.bio, obj.home_offer.name, obj.languages),
        }
