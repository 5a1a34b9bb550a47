"""Search backends, loaded like Django's caches and Wagtail's search
backends: ``settings.KB_SEARCH_BACKENDS`` maps an alias to
``{"BACKEND": "dotted.module", ...}``; the module's ``SearchBackend`` class
is instantiated once per alias.

This module is also the one place that falls back from Elasticsearch to the
database: :func:`search`, :func:`autocomplete` and :func:`related` answer
from ``KB_SEARCH_FALLBACK`` with a notice when the default backend is
unavailable. Views call these and never know which backend answered.
"""

import logging
from dataclasses import replace
from functools import cache
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test.signals import setting_changed
from django.utils import timezone
from django.utils.translation import gettext as _

from search.backends.base import (
    BaseSearchBackend,
    SearchHit,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
    Suggestion,
)
from search.query_words import correct
from search.registry import registry

logger = logging.getLogger(__name__)


@cache
def get_search_backend(alias: str | None = None) -> BaseSearchBackend:
    alias = alias or settings.KB_SEARCH_DEFAULT
    try:
        params = settings.KB_SEARCH_BACKENDS[alias]
    except KeyError as exc:
        raise ImproperlyConfigured(
            f"No search backend called {alias!r} in KB_SEARCH_BACKENDS."
        ) from exc
    try:
        module = import_module(params["BACKEND"])
        backend_class = module.SearchBackend
    except (ImportError, AttributeError, KeyError) as exc:
        raise ImproperlyConfigured(
            f"Could not load search backend {alias!r}: {exc}"
        ) from exc
    return backend_class(alias, params)


def all_backends() -> list[BaseSearchBackend]:
    return [get_search_backend(alias) for alias in settings.KB_SEARCH_BACKENDS]


def reset_backends() -> None:
    """Forget loaded backends (after settings change, e.g. in tests)."""
    get_search_backend.cache_clear()


def _fallback_notice() -> str:
    return _(
        "Søgningen kører lige nu i en enklere udgave, fordi søgemaskinen ikke "
        "svarer. Resultaterne kan være mindre præcise."
    )


def _with_fallback(call):
    primary = get_search_backend()
    try:
        return call(primary), ""
    except SearchUnavailable as exc:
        if primary.alias == settings.KB_SEARCH_FALLBACK:
            raise
        logger.warning(
            "Search backend %s unavailable, using %s: %s",
            primary.alias,
            settings.KB_SEARCH_FALLBACK,
            exc,
        )
        return call(get_search_backend(settings.KB_SEARCH_FALLBACK)), _fallback_notice()


def search(query: SearchQuery, *, correct_spelling: bool = True) -> SearchResults:
    """Results for ``query``. Words no document contains are first
    replaced by the nearest word some document does contain (the same on
    every backend); ``results.corrected_from`` then holds what was typed.
    ``correct_spelling=False`` searches exactly what was typed."""
    if query.now is None:
        query = replace(query, now=timezone.now())
    corrected = correct(query.text) if correct_spelling and query.text else None
    if corrected:
        results, notice = _with_fallback(
            lambda backend: backend.search(replace(query, text=corrected))
        )
        if results.total:
            results.notice = notice
            results.corrected_from = query.text
            results.corrected_to = corrected
            return results
    results, notice = _with_fallback(lambda backend: backend.search(query))
    results.notice = notice
    return results


def autocomplete(prefix: str, *, limit: int = 8) -> list[Suggestion]:
    suggestions, _notice = _with_fallback(
        lambda backend: backend.autocomplete(prefix, limit=limit)
    )
    return suggestions


def related(doc_id: str, *, limit: int = 4) -> list[SearchHit]:
    hits, _notice = _with_fallback(lambda backend: backend.related(doc_id, limit=limit))
    return hits


def related_to(obj, *, limit: int = 4) -> list[SearchHit]:
    """Content like ``obj`` (a registered content type; else nothing)."""
    doc_id = registry.document_id(obj)
    return related(doc_id, limit=limit) if doc_id else []


def status() -> str:
    """The state of the search engine the site answers with, for the health
    endpoint: ``"ok"``, ``"unavailable"`` (searches fall back to the
    database) or ``"not configured"`` (the database is the engine)."""
    if settings.KB_SEARCH_DEFAULT == settings.KB_SEARCH_FALLBACK:
        return "not configured"
    return "ok" if get_search_backend().is_available() else "unavailable"


def _on_setting_changed(setting, **kwargs):
    if setting.startswith("KB_SEARCH") or setting.startswith("ELASTICSEARCH"):
        reset_backends()


setting_changed.connect(_on_setting_changed, dispatch_uid="kb_search_reset_backends")
