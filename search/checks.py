"""System checks for the search configuration."""

from django.conf import settings
from django.core.checks import Error, register

ANALYZERS = ("hunspell", "danish", "standard")


@register()
def check_search_settings(app_configs, **kwargs):
    errors = []
    if settings.ELASTICSEARCH_ANALYZER not in ANALYZERS:
        errors.append(
            Error(
                f"ELASTICSEARCH_ANALYZER must be one of {', '.join(ANALYZERS)}.",
                id="kb_search.E001",
            )
        )
    for alias in (settings.KB_SEARCH_DEFAULT, settings.KB_SEARCH_FALLBACK):
        if alias not in settings.KB_SEARCH_BACKENDS:
            errors.append(
                Error(
                    f"Search backend {alias!r} is not configured.", id="kb_search.E002"
                )
            )
    return errors
