import datetime as dt

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.choosers import UserChooserWidget
from agreements.models import FrameworkAgreementPage
from kb.core import dates
from kb.core.cpr import contains_cpr_number, validate_no_cpr
from kb.core.forms import BoundedModelChoiceField, KeepableFileInput
from kb.core.uploads import (
    ALLOWED_TYPES_TEXT,
    KeptUpload,
    discard_kept_upload,
    keep_upload,
    kept_upload,
    validate_upload,
)
from kb.taxonomy.models import FocusArea
from networks.models import EventRegistration, NetworkMeeting, NetworkPage
from networks.models.membership import private_storage


def _this_year(month: int, day: int) -> dt.date:
    return dt.date(timezone.localdate().year, month, day)


class ActivityReportForm(forms.Form):
    fra = forms.DateField(
        label=_("Fra og med"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[dates.validate_in_range],
    )
    til = forms.DateField(
        label=_("Til og med"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[dates.validate_in_range],
    )
    rammeaftale = BoundedModelChoiceField(
        label=_("Rammeaftale"),
        queryset=FrameworkAgreementPage.objects.live().order_by(
            "-period_start", "title"
        ),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle rammeaftaler"),
    )
    fokusomraade = BoundedModelChoiceField(
        label=_("Fokusområde"),
        queryset=FocusArea.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle fokusområder"),
    )

    @classmethod
    def from_params(cls, params):
        """Bound to the GET parameters, defaulting to the current year."""
        data = params.copy()
        data.setdefault("fra", _this_year(1, 1).isoformat())
        data.setdefault("til", _this_year(12, 31).isoformat())
        return cls(data)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("fra"), cleaned.get("til")
        if start and end and end < start:
            self.add_error("til", _("Slutdatoen skal ligge efter startdatoen."))
        return cleaned


class EventRegistrationForm(forms.ModelForm):
    class Meta:
        model = EventRegistration
        fields = ["name", "organisation", "municipality", "email", "needs"]
        widgets = {"needs": forms.Textarea(attrs={"rows": 3})}


class GuestRegistrationForm(forms.ModelForm):
    """Registration without an account: the address gets a link that must
    be opened to confirm it before the registration takes a seat."""

    AUTO_ID = "gaest_%s"

    class Meta:
        model = EventRegistration
        fields = ["name", "email", "organisation", "municipality", "needs"]
        widgets = {"needs": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "email": _(
                "Vi sender et link hertil. Åbn det for at bekræfte tilmeldingen."
            ),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", self.AUTO_ID)
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"


class GuestChangeForm(forms.ModelForm):
    """What a guest may correct from the personal link (not the address)."""

    class Meta:
        model = EventRegistration
        fields = ["name", "organisation", "municipality", "needs"]
        widgets = {"needs": forms.Textarea(attrs={"rows": 3})}

    @classmethod
    def for_registration(cls, registration, data=None):
        """Bound to ``data`` (or showing ``registration``'s details); the
        registration itself is changed only by the service."""
        return cls(
            data,
            initial={
                "name": registration.name,
                "organisation": registration.organisation,
                "municipality": registration.municipality,
                "needs": registration.needs,
            },
        )


class MembershipRequestForm(forms.Form):
    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, validators=[validate_no_cpr]
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Begrundelse"),
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[validate_no_cpr],
    )


class ParticipantMessageForm(forms.Form):
    """The organiser's e-mail to an event's participants."""

    CONFIRMED = "confirmed"
    ALL = "all"

    subject = forms.CharField(
        label=_("Emne"), max_length=150, validators=[validate_no_cpr]
    )
    message = forms.CharField(
        label=_("Besked"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10000,
        validators=[validate_no_cpr],
        help_text=_("Skriv ikke CPR-numre eller helbredsoplysninger."),
    )
    recipients = forms.ChoiceField(
        label=_("Modtagere"),
        choices=[
            (CONFIRMED, _("Kun tilmeldte")),
            (ALL, _("Tilmeldte og ventelisten")),
        ],
        initial=CONFIRMED,
        widget=forms.RadioSelect,
    )

    @property
    def include_waiting(self) -> bool:
        return self.cleaned_data["recipients"] == self.ALL


class MeetingForm(forms.ModelForm):
    """A coordinator's meeting, with one optional new file per save. The
    network is not a field: it is the one the coordinator opened.

    A file that passed its checks on a submit refused for another reason is
    kept (privately, like the meeting's files) for the next submit of
    ``user``: see :meth:`keep_document_file`."""

    document_title = forms.CharField(
        label=_("Filens titel"),
        max_length=255,
        required=False,
        help_text=_("Fx «Oplæg om efterværn». Tom: filens navn."),
        validators=[validate_no_cpr],
    )
    document_file = forms.FileField(
        label=_("Tilføj en fil (kun for medlemmer)"),
        required=False,
        validators=[validate_upload],
        widget=KeepableFileInput(
            kept_notice=_("Filen »%(name)s« er med og gemmes, når du gemmer mødet.")
        ),
    )

    class Meta:
        model = NetworkMeeting
        fields = ["title", "start", "location", "agenda", "minutes"]
        widgets = {
            "start": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "agenda": forms.Textarea(attrs={"rows": 6}),
            "minutes": forms.Textarea(attrs={"rows": 10}),
        }
        help_texts = {
            "agenda": _("Et punkt pr. linje; en tom linje giver nyt afsnit."),
            "minutes": _(
                "Medlemmerne får besked på e-mail, når referatet kommer eller ændres."
            ),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["document_file"].help_text = _("%(types)s; højst %(limit)s MB.") % {
            "types": ALLOWED_TYPES_TEXT,
            "limit": settings.KB_UPLOAD_MAX_MB,
        }

    def _posted(self, key: str) -> str:
        return self.data.get(key(self.add_prefix("document_file")), "")

    def clean_document_file(self):
        """A new upload replaces the kept one; without one, the kept file
        (unless «Fjern filen» is ticked) is the file of this submit."""
        upload = self.cleaned_data.get("document_file")
        if upload and contains_cpr_number(upload.name):
            # The name is stored (and is the document's title when none is
            # typed), so it must not hold a CPR number either.
            raise forms.ValidationError(
                _(
                    "Filens navn ser ud til at indeholde et CPR-nummer. Omdøb "
                    "filen, før du tilføjer den."
                ),
                code="cpr",
            )
        token = self._posted(KeepableFileInput.token_name)
        if not token:
            return upload
        if upload or self._posted(KeepableFileInput.remove_name):
            discard_kept_upload(token, user=self.user, storage=private_storage())
            return upload
        return kept_upload(token, user=self.user, storage=private_storage())

    def keep_document_file(self) -> None:
        """For a form shown again after a refused submit: keep the file that
        passed its checks, and show it as kept, so it is not lost."""
        document_file = getattr(self, "cleaned_data", {}).get("document_file")
        if not document_file or self.user is None:
            return
        token = keep_upload(document_file, user=self.user, storage=private_storage())
        if isinstance(document_file, KeptUpload):
            document_file.close()
        self.fields["document_file"].widget.kept = (document_file.name, token)

    def release_kept_file(self) -> None:
        """After the meeting is saved: the kept file is now the meeting's,
        so its waiting copy goes."""
        document_file = self.cleaned_data.get("document_file")
        if isinstance(document_file, KeptUpload):
            document_file.close()
            discard_kept_upload(
                document_file.token, user=self.user, storage=private_storage()
            )


class AppointCoordinatorForm(forms.Form):
    network = BoundedModelChoiceField(
        label=_("Netværk"),
        queryset=NetworkPage.objects.order_by("title"),
        empty_label=_("Vælg netværk"),
    )
    user = BoundedModelChoiceField(
        label=_("Bruger"),
        queryset=get_user_model().objects.filter(is_active=True),
        widget=UserChooserWidget,
        error_messages={"required": _("Vælg en bruger.")},
    )
