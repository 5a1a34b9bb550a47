"""Membership of networks and erfa-groups, and the member-only meetings
with agenda, minutes and documents."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from kb.core import dates
from kb.core.cpr import validate_no_cpr
from kb.core.tokens import token_hash_field
from kb.core.uploads import validate_document


class NetworkMembership(models.Model):
    """A user's membership of a network: open networks admit at once, closed
    ones after a coordinator approves the request."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Anmodet")
        MEMBER = "member", _("Medlem")
        DECLINED = "declined", _("Afvist")
        LEFT = "left", _("Udmeldt")

    class Role(models.TextChoices):
        MEMBER = "member", _("Medlem")
        COORDINATOR = "coordinator", _("Koordinator")

    network = models.ForeignKey(
        "networks.NetworkPage",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("netværk"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="network_memberships",
        verbose_name=_("bruger"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    role = models.CharField(
        _("rolle"), max_length=12, choices=Role.choices, default=Role.MEMBER
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, validators=[validate_no_cpr]
    )
    decline_reason = models.TextField(
        _("begrundelse for afvisning"), blank=True, validators=[validate_no_cpr]
    )
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    decided_at = models.DateTimeField(_("afgjort"), null=True, blank=True)
    # Hash of the secret in the address of the member's private calendar
    # feed (meetings included), see kb.core.tokens. Empty until the member
    # first fetches an address; fetching a new one revokes the old address.
    calendar_token_hash = token_hash_field(
        null=True, verbose_name=_("hash af kalendernøglen")
    )

    class Meta:
        verbose_name = _("medlemskab")
        verbose_name_plural = _("medlemskaber")
        # What the roles may do, decided in networks.permissions.
        permissions = [
            (
                "coordinate_network",
                _("Kan koordinere de netværk, man er udpeget som koordinator for"),
            ),
            (
                "manage_memberships",
                _("Kan behandle medlemskaber og se medlemsindhold i alle netværk"),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "user"], name="one_membership_per_network"
            )
        ]

    def __str__(self):
        return f"{self.user} i {self.network}"


class PrivateFileSystemStorage(FileSystemStorage):
    """Files only served through a view that checks membership: they live
    under PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, and have no public URL."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; link to the checking view.")


def private_storage():
    return PrivateFileSystemStorage()


class NetworkMeeting(ClusterableModel):
    """A meeting of a network; its agenda, minutes and documents are for
    members only."""

    network = models.ForeignKey(
        "networks.NetworkPage",
        on_delete=models.CASCADE,
        related_name="meetings",
        verbose_name=_("netværk"),
    )
    title = models.CharField(_("titel"), max_length=255, validators=[validate_no_cpr])
    start = models.DateTimeField(_("tidspunkt"), validators=[dates.validate_in_range])
    location = models.CharField(
        _("sted"), max_length=255, blank=True, validators=[validate_no_cpr]
    )
    agenda = models.TextField(_("dagsorden"), blank=True, validators=[validate_no_cpr])
    minutes = models.TextField(_("referat"), blank=True, validators=[validate_no_cpr])
    # Hash of the minutes the members were last told about, so a save that
    # changes nothing sends nothing (networks.coordination.announce_changes).
    minutes_announced_hash = models.CharField(max_length=64, blank=True, editable=False)

    panels = [
        FieldPanel("network"),
        FieldPanel("title"),
        FieldPanel("start"),
        FieldPanel("location"),
        FieldPanel("agenda"),
        FieldPanel("minutes"),
        InlinePanel("documents", label=_("Dokumenter (kun for medlemmer)")),
    ]

    class Meta:
        ordering = ["-start"]
        verbose_name = _("netværksmøde")
        verbose_name_plural = _("netværksmøder")
        constraints = [dates.moment_constraint("start")]

    def __str__(self):
        return f"{self.title} ({self.start:%d-%m-%Y})"


def _document_path(instance, filename):
    return f"networks/{instance.meeting.network_id}/{instance.meeting_id}/{filename}"


class MeetingDocument(models.Model):
    meeting = ParentalKey(
        NetworkMeeting,
        on_delete=models.CASCADE,
        related_name="documents",
        verbose_name=_("netværksmøde"),
    )
    title = models.CharField(_("titel"), max_length=255, validators=[validate_no_cpr])
    file = models.FileField(
        _("fil"),
        upload_to=_document_path,
        storage=private_storage,
        validators=[validate_document],
    )
    # When the members were told about the file; None: not yet.
    announced_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta:
        verbose_name = _("mødedokument")
        verbose_name_plural = _("mødedokumenter")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("networks:meeting_document", args=[self.pk])
