"""The booking request form, the coordinator's reason and availability
forms and the close-out forms (the directory's filters are in
:mod:`corps.filters`)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from corps.models import (
    BookingRating,
    BookingReport,
    BookingRequest,
    UnavailablePeriod,
)
from kb.core import dates
from kb.core.cpr import validate_no_cpr
from kb.core.forms import BoundedModelChoiceField
from offers.models import Offer

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
        field_classes = {
            "offer": BoundedModelChoiceField,
            "target_group": BoundedModelChoiceField,
        }
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
        # Out of range is a field error before clean() compares the dates.
        dates.guard_form_fields(self, "start", "end")
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
        validators=[validate_no_cpr],
    )


class BookingReportForm(forms.ModelForm):
    """The specialist's short report after a completed visit."""

    class Meta:
        model = BookingReport
        fields = ["what_was_done", "advice"]
        widgets = {
            "what_was_done": forms.Textarea(attrs={"rows": 4}),
            "advice": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "what_was_done": _("Hvad blev gjort"),
            "advice": _("Råd og anbefalinger"),
        }
        help_texts = {
            "what_was_done": _(
                "Kort om besøget. Skriv ingen navne, CPR-numre eller andre "
                "personoplysninger."
            ),
        }


class BookingRatingForm(forms.ModelForm):
    """The requesting organisation's rating of the help: five choices and no
    blank one, so nothing is chosen until the user chooses."""

    class Meta:
        model = BookingRating
        fields = ["score", "comment"]
        widgets = {
            "score": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "score": _("Hvor godt hjalp specialisten?"),
            "comment": _("Kommentar"),
        }
        help_texts = {"comment": _("Skriv ingen personoplysninger.")}
        error_messages = {
            "score": {
                "required": _("Vælg en bedømmelse fra 1 til 5."),
                "invalid_choice": _("Vælg en bedømmelse fra 1 til 5."),
            }
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["score"].choices = [
            choice for choice in self.fields["score"].choices if choice[0] != ""
        ]


class UnavailablePeriodForm(forms.ModelForm):
    """A coordinator marks a period when one of their specialists cannot be
    booked."""

    class Meta:
        model = UnavailablePeriod
        fields = ["specialist", "start", "end", "reason"]
        field_classes = {"specialist": BoundedModelChoiceField}
        widgets = {"start": DATETIME_WIDGET, "end": DATETIME_WIDGET}
        labels = {
            "specialist": _("Specialist"),
            "start": _("Fra (dato og klokkeslæt)"),
            "end": _("Til (dato og klokkeslæt)"),
            "reason": _("Årsag"),
        }
        help_texts = {
            "start": _("Dansk tid. Hele dage fx 00:00 til 00:00 dagen efter."),
        }

    def __init__(self, *args, specialists, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["specialist"].queryset = specialists.order_by("title")
        self.fields["specialist"].empty_label = None
        self.fields["specialist"].error_messages["invalid_choice"] = _(
            "Vælg en af de specialister, du koordinerer."
        )
        for field in ("start", "end"):
            self.fields[field].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        # Out of range is a field error before clean() compares the dates.
        dates.guard_form_fields(self, "start", "end")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end <= start:
            self.add_error("end", _("Slutningen skal ligge efter starten."))
        return cleaned

    def validate_constraints(self, exclude=None):
        # The end-after-start constraint is reported on the field by clean().
        pass
