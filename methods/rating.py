"""The published rating scale for methods and evidence.

One cumulative 0–5 evidence level in the style of Norway's Ungsinn, so a
well-described Danish practice method gets credit before any effect study
exists, plus three separate axes: cost, implementation readiness and relevance
to Danish practice. The criteria text lives here, once; the scale page, the
method pages and the admin all read it from this module.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class EvidenceLevel(models.IntegerChoices):
    SHOWN_INEFFECTIVE = 0, _("0 – Vist uden effekt")
    WELL_DESCRIBED = 1, _("1 – Godt beskrevet")
    THEORETICALLY_FOUNDED = 2, _("2 – Teoretisk begrundet")
    SOME_DOCUMENTATION = 3, _("3 – Nogen dokumentation for effekt")
    SATISFACTORY_DOCUMENTATION = 4, _("4 – Tilfredsstillende dokumentation for effekt")
    STRONG_DOCUMENTATION = 5, _("5 – Stærk dokumentation for effekt")


EVIDENCE_CRITERIA = {
    EvidenceLevel.SHOWN_INEFFECTIVE: _(
        "Mindst én studie af god kvalitet (randomiseret eller kvasieksperimentel) "
        "viser, at indsatsen ikke har den tilsigtede effekt, eller at den skader. "
        "Indsatsen bør ikke anvendes til formålet uden ny og bedre dokumentation."
    ),
    EvidenceLevel.WELL_DESCRIBED: _(
        "Indsatsen er beskrevet så præcist, at andre kan gennemføre den: målgruppe, "
        "formål, kerneelementer, omfang og varighed samt hvem der udfører den. "
        "Der findes en manual, drejebog eller tilsvarende skriftlig beskrivelse."
    ),
    EvidenceLevel.THEORETICALLY_FOUNDED: _(
        "Ud over niveau 1 er der en beskrevet forandringsteori, der forklarer, "
        "hvorfor kerneelementerne skal føre til de ønskede resultater, og den "
        "bygger på anerkendt forskning eller faglig viden om målgruppen."
    ),
    EvidenceLevel.SOME_DOCUMENTATION: _(
        "Ud over niveau 2 viser mindst én evaluering med før- og eftermålinger, "
        "praksisdokumentation med systematisk effektmåling (fx FIT) eller en "
        "kvalitativ evaluering af god kvalitet positive resultater for målgruppen."
    ),
    EvidenceLevel.SATISFACTORY_DOCUMENTATION: _(
        "Ud over niveau 3 viser mindst én kontrolleret undersøgelse "
        "(randomiseret eller kvasieksperimentel med sammenligningsgruppe) "
        "positive effekter, og resultaterne er målt med validerede redskaber."
    ),
    EvidenceLevel.STRONG_DOCUMENTATION: _(
        "Ud over niveau 4 er effekten vist i flere randomiserede undersøgelser "
        "af høj kvalitet eller i en systematisk forskningsoversigt, og mindst én "
        "af dem er gennemført i Skandinavien eller i en sammenlignelig kontekst."
    ),
}


class CostLevel(models.IntegerChoices):
    LOW = 1, _("Lave omkostninger")
    MEDIUM = 2, _("Middel omkostninger")
    HIGH = 3, _("Høje omkostninger")


class ImplementationReadiness(models.IntegerChoices):
    NEEDS_DEVELOPMENT = 1, _("Kræver udvikling")
    PARTLY_READY = 2, _("Delvist klar")
    READY = 3, _("Klar til implementering")


class DanishRelevance(models.IntegerChoices):
    LOW = 1, _("Lav relevans for dansk praksis")
    MEDIUM = 2, _("Nogen relevans for dansk praksis")
    HIGH = 3, _("Høj relevans for dansk praksis")


AXIS_CRITERIA = {
    "cost": {
        CostLevel.LOW: _(
            "Kan gennemføres inden for eksisterende ressourcer; kort oplæring."
        ),
        CostLevel.MEDIUM: _(
            "Kræver uddannelse af personale eller ekstra timer i en periode."
        ),
        CostLevel.HIGH: _(
            "Kræver nye stillinger, certificering, licenser eller et særligt tilbud."
        ),
    },
    "readiness": {
        ImplementationReadiness.NEEDS_DEVELOPMENT: _(
            "Der mangler manual, uddannelse eller erfaring med at bruge indsatsen i Danmark."
        ),
        ImplementationReadiness.PARTLY_READY: _(
            "Der findes beskrivelser og enkelte erfaringer, men ingen fast "
            "uddannelse eller implementeringsstøtte."
        ),
        ImplementationReadiness.READY: _(
            "Der findes manual, uddannelse og implementeringsstøtte, og indsatsen "
            "er afprøvet i flere danske kommuner."
        ),
    },
    "relevance": {
        DanishRelevance.LOW: _(
            "Udviklet og afprøvet i en kontekst, der adskiller sig væsentligt fra den danske."
        ),
        DanishRelevance.MEDIUM: _(
            "Afprøvet i en sammenlignelig kontekst, men kræver tilpasning til danske forhold."
        ),
        DanishRelevance.HIGH: _(
            "Udviklet eller afprøvet i dansk praksis og passer til dansk lovgivning og organisering."
        ),
    },
}


@dataclass(frozen=True)
class ScaleStep:
    value: int
    label: str
    criteria: str


def evidence_scale() -> list[ScaleStep]:
    """The evidence levels with their criteria, lowest first."""
    return [
        ScaleStep(level.value, level.label, EVIDENCE_CRITERIA[level])
        for level in EvidenceLevel
    ]


def axis_scale(axis: str, choices: type[models.IntegerChoices]) -> list[ScaleStep]:
    return [ScaleStep(c.value, c.label, AXIS_CRITERIA[axis][c]) for c in choices]
