"""A belt under the input checks: a request with a NUL character anywhere
in its address, query or form is refused with 400.

No real browser sends one, and PostgreSQL refuses NUL in any text it is
given, so one missed check would otherwise answer 500. The views and forms
still refuse bad input themselves (see kb.core.converters, the search view
and the listing filters); this only catches what they miss.
"""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


def _has_nul(querydict) -> bool:
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in querydict.lists()
    )


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _has_nul(request.GET):
            return self.refuse()
        if (
            request.method == "POST"
            and request.content_type != "multipart/form-data"
            and _has_nul(request.POST)
        ):
            return self.refuse()
        return self.get_response(request)

    @staticmethod
    def refuse():
        return HttpResponseBadRequest(
            _("Adressen eller formularen indeholder et ugyldigt tegn."),
            content_type="text/plain; charset=utf-8",
        )
