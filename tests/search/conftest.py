"""Search fixtures: a backend whose index matches the test's database.

Tests run inside a rolled-back transaction, but Elasticsearch is not part of
it, so each Elasticsearch test starts from an index rebuilt from the current
database. In CI a missing Elasticsearch is an error, never a skip.
"""

import os

import pytest
from django.conf import settings

from search.backends import get_search_backend, reset_backends
from search.query_words import forget_synonyms
from search.registry import registry


def rebuild(backend):
    backend.rebuild(registry.indexable_documents(), total=registry.count_indexable())


def require_elasticsearch():
    if "elasticsearch" not in settings.KB_SEARCH_BACKENDS:
        message = "Elasticsearch is not configured (ELASTICSEARCH_URL is not set)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; in CI the Elasticsearch tests must run.")
        pytest.skip(message)


@pytest.fixture(autouse=True)
def fresh_synonyms():
    """Synonyms are cached; a rolled-back test must not leave its own."""
    forget_synonyms()
    yield
    forget_synonyms()


@pytest.fixture
def backend_alias():
    """Overridden per test class: which backend the contract runs against."""
    return "database"


@pytest.fixture
def backend(db, backend_alias):
    if backend_alias == "elasticsearch":
        require_elasticsearch()
    reset_backends()
    search_backend = get_search_backend(backend_alias)
    rebuild(search_backend)
    yield search_backend
    reset_backends()


@pytest.fixture
def use_backend(settings, backend):
    """Make ``backend`` the one the site answers with."""
    settings.KB_SEARCH_DEFAULT = backend.alias
    return backend


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run index updates as they would run after a real commit."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


@pytest.fixture
def site_backend(db):
    """The backend the site answers with, rebuilt to match this test's data."""
    if settings.KB_SEARCH_DEFAULT == "elasticsearch":
        require_elasticsearch()
    reset_backends()
    search_backend = get_search_backend()
    rebuild(search_backend)
    return search_backend
