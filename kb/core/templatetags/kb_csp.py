"""``{% csp_nonce %}``: the request's Content-Security-Policy nonce, for the
admin's inline scripts (``<script nonce="{% csp_nonce %}">``), also where a
template has no ``request`` in its context (form widgets, panels)."""

from django import template

from kb.core.security import csp_nonce as current_nonce

register = template.Library()


@register.simple_tag
def csp_nonce() -> str:
    return current_nonce()
