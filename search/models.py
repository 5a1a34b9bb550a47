"""The database backend's index, and index updates that failed."""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kb.core.cpr import validate_no_cpr


class IndexEntry(models.Model):
    """One searchable document, flattened for the database backend.

    Kept up to date by the same signal handlers as Elasticsearch, so the
    database can answer at once when Elasticsearch is down.
    """

    doc_id = models.CharField(max_length=64, unique=True)
    content_type = models.CharField(max_length=20, db_index=True)
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True, help_text="Names of the target groups and focus areas."
    )
    # Space-separated Danish stems with a leading and trailing space, so
    # " stem " finds a whole stem on any database.
    title_stems = models.TextField(blank=True)
    text_stems = models.TextField(blank=True)
    # The parts of the document's compound words ("familiebehandling" gives
    # "familie behandling"; search.compounds), searched like the text.
    parts = models.TextField(blank=True)
    target_groups = models.ManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="+"
    )
    focus_areas = models.ManyToManyField(
        "taxonomy.FocusArea", blank=True, related_name="+"
    )
    regions = models.ManyToManyField("taxonomy.Region", blank=True, related_name="+")
    evidence_level = models.PositiveSmallIntegerField(null=True, blank=True)
    date = models.DateTimeField(null=True, blank=True)
    event_end = models.DateTimeField(null=True, blank=True)
    # PostgreSQL only: the weighted 'danish' tsvector, stored and GIN-indexed
    # (see migration 0002) so text queries do not re-parse every row.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("søgeindeks-post")
        verbose_name_plural = _("søgeindeks")

    def __str__(self):
        return self.doc_id


class PendingIndexUpdate(models.Model):
    """An index update a backend could not take; retried by
    ``rebuild_search_index`` (or ``rebuild_search_index --pending``)."""

    class Action(models.TextChoices):
        INDEX = "index", _("Indeksér")
        REMOVE = "remove", _("Fjern")

    backend = models.CharField(max_length=50)
    doc_id = models.CharField(max_length=64)
    action = models.CharField(max_length=10, choices=Action.choices)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("ventende indeksopdatering")
        verbose_name_plural = _("ventende indeksopdateringer")

    def __str__(self):
        return f"{self.action} {self.doc_id} ({self.backend})"


class IndexWord(models.Model):
    """A word of the search index's vocabulary (titles, summaries, bodies,
    tag names), for spelling correction and compound splitting. Filled by the
    backends as they index (:mod:`search.vocabulary`)."""

    word = models.CharField(max_length=100, unique=True)
    stem = models.CharField(max_length=100, db_index=True)

    class Meta:
        verbose_name = _("ord i søgeindekset")
        verbose_name_plural = _("ord i søgeindekset")

    def __str__(self):
        return self.word


class SearchSynonym(models.Model):
    """Words that mean the same to the people searching ("autist, autisme",
    "efterværn, overgang til voksenlivet"); a search for one also finds the
    others. Maintained by editors as a snippet."""

    terms = models.TextField(
        _("ord med samme betydning"),
        help_text=_(
            "Skriv ordene adskilt af komma, fx „efterværn, overgang til "
            "voksenlivet“. En søgning på ét af dem finder også de andre."
        ),
        validators=[validate_no_cpr],
    )

    class Meta:
        ordering = ["terms"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonymer")

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self) -> list[str]:
        return [t for t in (" ".join(p.split()) for p in self.terms.split(",")) if t]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("Skriv mindst to ord adskilt af komma.")})
