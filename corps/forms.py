"""The booking request form and the coordinator's reason forms."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from corps.models import BookingRequest
from home.models import Offer

DATETIME_WIDGET = forms.DateTimeInput(
    attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
)


class BookingRequestForm(forms.ModelForm):
    """What a municipality sends; before it can be sent, the requester
    confirms what the corps requires (as VISO does)."""

    manager_approved = forms.BooleanField(
        label=_("Min leder har godkendt, at vi anmoder om specialisten."),
        error_messages={"required": _("Bekræft, at din leder har godkendt.")},
    )
    consent_obtained = forms.BooleanField(
        label=_(
            "Borgeren eller værgen har givet samtykke til, at specialisten inddrages."
        ),
        error_messages={"required": _("Bekræft, at der er givet samtykke.")},
    )
    no_personal_data = forms.BooleanField(
        label=_(
            "Sagsbeskrivelsen er anonymiseret: ingen navne, CPR-numre eller "
            "andre personoplysninger, og ingen dokumenter vedhæftet."
        ),
        error_messages={"required": _("Bekræft, at sagen er anonymiseret.")},
    )

    class Meta:
        model = BookingRequest
        fields = [
            "start",
            "end",
            "offer",
            "address",
            "target_group",
            "purpose",
            "case_description",
        ]
        widgets = {
            "start": DATETIME_WIDGET,
            "end": DATETIME_WIDGET,
            "address": forms.Textarea(attrs={"rows": 2}),
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "case_description": forms.Textarea(attrs={"rows": 6}),
        }
        labels = {
            "start": _("Fra (dato og klokkeslæt)"),
            "end": _("Til (dato og klokkeslæt)"),
            "offer": _("Sted: et tilbud"),
            "address": _("… eller en adresse"),
            "target_group": _("Målgruppe"),
            "purpose": _("Formål med besøget"),
            "case_description": _("Anonymiseret sagsbeskrivelse"),
        }
        help_texts = {
            "start": _("Dansk tid. Hele dage fx 08:00 til 16:00."),
            "purpose": _("Hvad skal specialisten hjælpe med?"),
        }

    def __init__(self, *args, specialist=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.specialist = specialist
        self.fields["offer"].queryset = Offer.objects.order_by("name")
        self.fields["offer"].empty_label = _("Intet tilbud – brug adressen")
        self.fields["address"].required = False
        for field in ("start", "end"):
            self.fields[field].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        if specialist is not None:
            own = specialist.target_groups.all()
            if own:
                self.fields["target_group"].queryset = own

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and start <= timezone.now():
            self.add_error("start", _("Perioden skal ligge i fremtiden."))
        if start and end and end <= start:
            self.add_error("end", _("Slutningen skal ligge efter starten."))
        # "An offer or an address" is the model's constraint, checked next.
        return cleaned


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Begrundelse"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Skriv ingen personoplysninger."),
    )
