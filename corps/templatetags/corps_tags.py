"""Template filters for the corps' links outside its own pages."""

from django import template

from corps.permissions import has_bookings_page as _has_bookings_page

register = template.Library()


@register.filter
def has_bookings_page(user) -> bool:
    """``{% if user|has_bookings_page %}``: the header links to "Mine
    bookinger" only for those it has something for."""
    return _has_bookings_page(user)
