"""Template helpers for accounts: accessible form fields and the Danish
explanation of why a user cannot book the corps."""

from django import template

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
