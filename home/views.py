from django.shortcuts import render

from home.models import COMPLAINTS_URL, AccessibilityStatement


def accessibility_statement(request):
    """The statement, with the facts editors keep in the admin."""
    statement = AccessibilityStatement.for_request(request)
    return render(
        request,
        "home/accessibility_statement.html",
        {"statement": statement, "complaints_url": COMPLAINTS_URL},
    )
