"""Test runs: fast hashing, in-memory e-mail, the same apps as production."""

from kb.settings.base import *  # noqa: F403
from kb.settings.env import env_str

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True

# Tests use their own index (wiped at the start of a run) and make every
# write visible at once.
if "elasticsearch" in KB_SEARCH_BACKENDS:  # noqa: F405
    KB_SEARCH_BACKENDS["elasticsearch"].update(  # noqa: F405
        {
            "INDEX": env_str("KB_TEST_ELASTICSEARCH_INDEX", "") or "kb-test",
            "REFRESH": True,
            "TIMEOUT": 30,
        }
    )
