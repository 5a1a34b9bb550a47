"""Forms: the names asked at sign-up, and Wagtail's user forms with the
user's organisation next to their roles."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts.models import Affiliation
from kb.core.cpr import validate_no_cpr
from kb.core.forms import BoundedModelChoiceField, refuse_cpr_numbers
from kb.taxonomy.models import Municipality, Region


class SignupNamesForm(forms.Form):
    """Added to allauth's sign-up form (``ACCOUNT_SIGNUP_FORM_CLASS``): the
    name administrators and coordinators see."""

    first_name = forms.CharField(
        label=_("Fornavn"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        validators=[validate_no_cpr],
    )
    last_name = forms.CharField(
        label=_("Efternavn"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        validators=[validate_no_cpr],
    )

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])


class OrganisationFormMixin(forms.Form):
    """The user's municipality or region (at most one; none detaches)."""

    municipality = BoundedModelChoiceField(
        Municipality.objects.all(),
        required=False,
        label=_("Kommune"),
        help_text=_("Den kommune, brugeren arbejder for."),
    )
    region = BoundedModelChoiceField(
        Region.objects.all(),
        required=False,
        label=_("Region"),
        help_text=_(
            "Kun for en region, ikke for en kommune. Uden kommune og region kan "
            "brugeren ikke booke specialistkorpset."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        affiliation = (
            Affiliation.objects.filter(user=self.instance).first()
            if self.instance.pk
            else None
        )
        if affiliation is not None:
            self.initial.setdefault("municipality", affiliation.municipality)
            self.initial.setdefault("region", affiliation.region)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("municipality") and cleaned_data.get("region"):
            self.add_error(
                "region", _("Vælg enten en kommune eller en region, ikke begge.")
            )
        return cleaned_data

    def save(self, commit=True):
        with transaction.atomic():
            user = super().save(commit=commit)
            if commit:
                self.save_affiliation(user)
        return user

    def save_affiliation(self, user):
        municipality = self.cleaned_data.get("municipality")
        region = self.cleaned_data.get("region")
        if municipality or region:
            Affiliation.objects.update_or_create(
                user=user, defaults={"municipality": municipality, "region": region}
            )
        else:
            Affiliation.objects.filter(user=user).delete()


class NamesRefuseCprNumbers:
    """Wagtail's user forms declare the name fields themselves; the names
    refuse CPR numbers there as at sign-up."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        refuse_cpr_numbers(self, "first_name", "last_name")


class UserEditWithOrganisationForm(
    NamesRefuseCprNumbers, OrganisationFormMixin, UserEditForm
):
    pass


class UserCreationWithOrganisationForm(
    NamesRefuseCprNumbers, OrganisationFormMixin, UserCreationForm
):
    pass
