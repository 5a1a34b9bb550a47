"""Test runs: fast hashing, in-memory e-mail, the apps of production plus the
demo loader (the suite runs on the demo site)."""

from kb.settings.base import *  # noqa: F403
from kb.settings.env import env_str

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Queued mail is delivered into memory (pytest-django's mail.outbox); a
# server process started by the browser tests writes files instead
# (KB_EMAIL_FILE_PATH, see base.py). Django's test set-up replaces
# EMAIL_BACKEND (the queue) with memory for pytest; the tests of the queue
# set it back (fixture smtp_down).
KB_EMAIL_DELIVERY_BACKEND = (
    "django.core.mail.backends.filebased.EmailBackend"
    if EMAIL_FILE_PATH  # noqa: F405
    else "django.core.mail.backends.locmem.EmailBackend"
)
# Tasks run at once, in the request, so tests see their effect (mail.outbox)
# without a worker; tests of the worker itself switch TASKS to the database.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# The browser tests log in and sign up from one address many times a minute.
ACCOUNT_RATE_LIMITS = {
    **ACCOUNT_RATE_LIMITS,  # noqa: F405
    "login": "600/m/ip",
    "signup": "200/m/ip",
}
# Every test client and browser comes from one address: a whole run's wrong
# passwords must not lock it out (the lockout tests set their own limit).
KB_LOGIN_ADDRESS_FAILURE_LIMIT = 1000

# Tests use their own index (wiped at the start of a run) and make every
# write visible at once. ELASTICSEARCH_INDEX is deliberately ignored, so a
# test run can never wipe a real index; the server process of the browser
# tests names its own with KB_TEST_ELASTICSEARCH_INDEX.
if "elasticsearch" in KB_SEARCH_BACKENDS:  # noqa: F405
    KB_SEARCH_BACKENDS["elasticsearch"].update(  # noqa: F405
        {
            "INDEX": env_str("KB_TEST_ELASTICSEARCH_INDEX", "") or "kb-test",
            "REFRESH": True,
            "TIMEOUT": 30,
        }
    )
