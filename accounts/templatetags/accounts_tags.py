"""Template helpers for accounts: accessible form fields, the Danish
explanation of why a user cannot book the corps, and permissions' names in
Danish for the group editor."""

from django import template
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts import services

register = template.Library()


@register.simple_tag
def accessible_widget(field):
    """The field's widget tied to its help text and errors
    (``aria-describedby``, ``aria-invalid``); the form's first invalid field
    gets the focus when the page opens again."""
    attrs = {}
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_help")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
        first_invalid = next((f for f in field.form if f.errors), None)
        if first_invalid is not None and first_invalid.name == field.name:
            attrs["autofocus"] = True
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.simple_tag
def booking_refusal(user):
    """Why ``user`` cannot request the corps, or "" when they can."""
    return services.booking_refusal(user) or ""


#: Django's default permissions, whose names it stores in English when it
#: creates them ("Can add …"); said in Danish with the model's Danish name.
DEFAULT_PERMISSION_LABELS = {
    "add": _("Kan tilføje %(model)s"),
    "change": _("Kan ændre %(model)s"),
    "delete": _("Kan slette %(model)s"),
    "view": _("Kan se %(model)s"),
}


@register.filter
def permission_label(permission):
    """A permission's name in Danish: the default ones from the model's
    (Danish) verbose name, the others through the translation catalogues
    (Wagtail's "Publish any page" and the project's own Danish names)."""
    action, _sep, model_name = permission.codename.partition("_")
    if (
        action in DEFAULT_PERMISSION_LABELS
        and model_name == permission.content_type.model
    ):
        return DEFAULT_PERMISSION_LABELS[action] % {
            "model": permission.content_type.name
        }
    return gettext(permission.name)
