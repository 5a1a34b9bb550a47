"""How methods and evidence are found: declared here, indexed by ``search``."""

from django.utils.translation import gettext_lazy as _

from methods.models import EvidencePage, MethodPage
from methods.rating import EvidenceLevel
from search.registry import SearchDocument, register, stream_text, taxonomy, text


@register
class MethodDocument(SearchDocument):
    model = MethodPage
    key = "method"
    label = _("Metode")
    order = 10
    autocomplete = True
    facet_labels = {"evidence_level": EvidenceLevel.choices}

    def fields(self, obj):
        return {
            "title": obj.title,
            "url": obj.get_url() or "",
            "summary": obj.listing_summary(),
            "date": obj.last_published_at,
            **taxonomy(obj),
            "evidence_level": obj.evidence_level,
            "body": text(
                obj.purpose,
                obj.description,
                stream_text(obj.core_elements),
                obj.delivered_by,
                obj.legal_basis,
                obj.measurement,
                obj.practice_use,
                obj.competences,
                obj.organisation,
                " ".join(t.name for t in obj.keywords.all()),
            ),
        }


@register
class EvidenceDocument(SearchDocument):
    model = EvidencePage
    key = "evidence"
    label = _("Evidens")
    order = 20
    facet_labels = {"evidence_level": EvidenceLevel.choices}

    def fields(self, obj):
        return {
            "title": obj.title,
            "url": obj.get_url() or "",
            "summary": obj.listing_summary(),
            "date": obj.last_published_at,
            **taxonomy(obj),
            "evidence_level": obj.evidence_level,
            "body": text(obj.findings, obj.publisher, obj.get_evidence_type_display()),
        }
