"""Search backends, loaded like Django's caches and Wagtail's search
backends: ``settings.KB_SEARCH_BACKENDS`` maps an alias to
``{"BACKEND": "dotted.module", ...}``; the module's ``SearchBackend`` class
is instantiated once per alias.

This module is also the one place that falls back from Elasticsearch to the
database: :func:`search`, :func:`autocomplete` and :func:`related` answer
from ``KB_SEARCH_FALLBACK`` with a notice when the default backend is
unavailable, and skip the default backend altogether while its circuit
breaker is open (``KB_SEARCH_BREAKER``). Whatever answered, hits the
database says may not be found (unpublished, view-restricted or deleted
since they were indexed) are dropped before anyone sees them.
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
from elasticsearch import ApiError

from search.backends.base import (
    BaseSearchBackend,
    SearchHit,
    SearchQuery,
    SearchResults,
    SearchTimeout,
    SearchUnavailable,
    Suggestion,
)
from search.backends.breaker import CircuitBreaker
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
    """Forget loaded backends and their breakers (after settings change,
    e.g. in tests)."""
    get_search_backend.cache_clear()
    get_breaker.cache_clear()


@cache
def get_breaker(alias: str) -> CircuitBreaker:
    params = settings.KB_SEARCH_BREAKER
    return CircuitBreaker(
        failures=params["FAILURES"],
        window=params["WINDOW"],
        cooldown=params["COOLDOWN"],
    )


def _fallback_notice() -> str:
    return _(
        "Søgningen kører lige nu i en enklere udgave, fordi søgemaskinen ikke "
        "svarer. Resultaterne kan være mindre præcise."
    )


def _is_outage(exc: SearchUnavailable) -> bool:
    """Did the service fail, rather than refuse this one request? A 4xx
    answer means the node is up; it must not open the breaker for
    everyone."""
    cause = exc.__cause__
    return not (isinstance(cause, ApiError) and 400 <= cause.status_code < 500)


def _with_fallback(call):
    primary = get_search_backend()
    if primary.alias == settings.KB_SEARCH_FALLBACK:
        return call(primary), ""
    breaker = get_breaker(primary.alias)
    if breaker.allows():
        try:
            answer = call(primary)
        except SearchUnavailable as exc:
            if _is_outage(exc):
                breaker.record_failure()
            logger.warning(
                "Search backend %s unavailable, using %s%s: %s",
                primary.alias,
                settings.KB_SEARCH_FALLBACK,
                " (circuit breaker open)" if breaker.is_open else "",
                exc,
            )
        else:
            breaker.record_success()
            return answer, ""
    return call(get_search_backend(settings.KB_SEARCH_FALLBACK)), _fallback_notice()


def _findable(items, *, backend: str | None = None) -> list:
    """``items`` (hits or suggestions) without those the database no longer
    lets anyone find. A stale entry can outlive an outage of the index
    (the update is pending); it is removed from the backend that answered."""
    findable = registry.findable_ids([item.doc_id for item in items])
    stale = [item.doc_id for item in items if item.doc_id not in findable]
    if stale and backend:
        logger.warning("Dropped %d stale search hits: %s", len(stale), stale)
        for doc_id in stale:
            try:
                get_search_backend(backend).remove_document(doc_id)
            except SearchUnavailable:
                pass  # the pending-update retry removes it later
    return [item for item in items if item.doc_id in findable]


def _checked(results: SearchResults) -> SearchResults:
    hits = _findable(results.hits, backend=_alias_of(results.backend))
    results.total = max(0, results.total - (len(results.hits) - len(hits)))
    results.hits = hits
    return results


def _alias_of(backend_name: str) -> str | None:
    for alias in settings.KB_SEARCH_BACKENDS:
        if get_search_backend(alias).name == backend_name:
            return alias
    return None


def _timeout_notice() -> str:
    return _("Søgningen tog for lang tid – prøv færre ord eller et filter.")


def search(query: SearchQuery, *, correct_spelling: bool = True) -> SearchResults:
    """Results for ``query``. Words no document contains are first
    replaced by the nearest word some document does contain (the same on
    every backend); ``results.corrected_from`` then holds what was typed.
    ``correct_spelling=False`` searches exactly what was typed. A search the
    database stopped for taking too long gives no results and a notice."""
    try:
        return _search(query, correct_spelling=correct_spelling)
    except SearchTimeout as exc:
        logger.warning("Search for %r stopped after its time limit: %s", query, exc)
        return SearchResults(
            query=query,
            hits=[],
            total=0,
            facets={},
            backend="",
            notice=_timeout_notice(),
        )


def _search(query: SearchQuery, *, correct_spelling: bool) -> SearchResults:
    if query.now is None:
        query = replace(query, now=timezone.now())
    corrected = correct(query.text) if correct_spelling and query.text else None
    if corrected:
        results, notice = _with_fallback(
            lambda backend: backend.search(replace(query, text=corrected))
        )
        results = _checked(results)
        if results.total:
            results.notice = notice
            results.corrected_from = query.text
            results.corrected_to = corrected
            return results
    results, notice = _with_fallback(lambda backend: backend.search(query))
    results = _checked(results)
    results.notice = notice
    return results


def autocomplete(prefix: str, *, limit: int = 8) -> list[Suggestion]:
    suggestions, _notice = _with_fallback(
        lambda backend: backend.autocomplete(prefix, limit=limit)
    )
    return _findable(suggestions)


def related(doc_id: str, *, limit: int = 4) -> list[SearchHit]:
    hits, _notice = _with_fallback(lambda backend: backend.related(doc_id, limit=limit))
    return _findable(hits)


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
