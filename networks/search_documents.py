"""How theme days and networks are found: declared here, indexed by
``search``."""

from django.utils.translation import gettext_lazy as _

from networks.models import NetworkPage, ThemeDayPage
from search.registry import SearchDocument, register, stream_text, taxonomy, text


@register
class ThemeDayDocument(SearchDocument):
    model = ThemeDayPage
    key = "event"
    label = _("Arrangement")
    order = 30

    def fields(self, obj):
        return {
            "title": obj.title,
            "url": obj.get_url() or "",
            "summary": obj.listing_summary(),
            **taxonomy(obj),
            # Sorted by when it takes place; upcoming until it has ended.
            "date": obj.start,
            "event_end": obj.end,
            "body": text(
                obj.audience,
                obj.organiser,
                obj.location,
                stream_text(obj.programme),
                stream_text(obj.body),
            ),
        }


@register
class NetworkDocument(SearchDocument):
    model = NetworkPage
    key = "network"
    label = _("Netværk")
    order = 40

    def fields(self, obj):
        return {
            "title": obj.title,
            "url": obj.get_url() or "",
            "summary": obj.listing_summary(),
            "date": obj.last_published_at,
            **taxonomy(obj),
            "regions": [obj.region.slug] if obj.region else [],
            "body": text(
                obj.description, obj.member_organisations, stream_text(obj.body)
            ),
        }
