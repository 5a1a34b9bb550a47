"""The listings' filters: methods and evidence by target group and focus
area (``malgruppe``, ``fokusomraade``)."""

from kb.taxonomy.filters import TaxonomyFilterSet, listing_filter
from methods.models import EvidenceIndexPage, EvidencePage, MethodIndexPage, MethodPage


@listing_filter(MethodIndexPage)
class MethodFilterSet(TaxonomyFilterSet):
    class Meta:
        model = MethodPage
        fields = []


@listing_filter(EvidenceIndexPage)
class EvidenceFilterSet(TaxonomyFilterSet):
    class Meta:
        model = EvidencePage
        fields = []
