"""Local development: DEBUG on, console e-mail (or files in KB_EMAIL_FILE_PATH),
a throw-away secret key."""

from kb.settings.base import *  # noqa: F403
from kb.settings.env import env_str

DEBUG = True
# The demo site's loader and the local admin helper (scripts/run).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# The worker delivers queued mail to the console (or to files).
KB_EMAIL_DELIVERY_BACKEND = (
    "django.core.mail.backends.filebased.EmailBackend"
    if EMAIL_FILE_PATH  # noqa: F405
    else "django.core.mail.backends.console.EmailBackend"
)
