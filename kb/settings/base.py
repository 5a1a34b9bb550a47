"""Settings shared by every environment.

Nothing here is a secret and nothing here is unsafe for production: no
SECRET_KEY, DEBUG is off and ALLOWED_HOSTS is empty. The environment is read
only through :mod:`kb.settings.env`.
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from kb.settings.env import (
    env_bool,
    env_int,
    env_list,
    env_required,
    env_str,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(env_str("KB_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "kb.core",
    "kb.taxonomy",
    # Before wagtail.users: accounts also supplies Wagtail's user screens
    # (organisation and roles on one form) and allauth's templates.
    "accounts",
    "accounts.apps.WagtailUsersConfig",
    "offers",
    "agreements",
    "home",
    "methods",
    "networks",
    "corps",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    # Always installed, so the schema does not depend on the environment;
    # a login provider exists only when KB_OIDC_* configure one (below).
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "kb.urls"
WSGI_APPLICATION = "kb.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.navigation",
            ],
        },
    },
]

# An SQLite file under var/ unless DATABASE_URL names another database
# (postgres://user:pass@host:port/name in real deployments).
DATABASE_URL = env_str("DATABASE_URL", "")
if not DATABASE_URL:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'vidensbanken.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Take the write lock when a transaction starts, so concurrent writers
    # queue instead of failing or overfilling (PostgreSQL uses row locks).
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts: django-allauth at /konto/ (kb.urls). People log in with their
# e-mail and sign up themselves; the address must be confirmed before the
# first login, and confirming it attaches the user to the municipality or
# region that owns the domain (accounts.services). Wagtail's admin sends
# people to the same login page, so there is one way in (and one rate limit).
AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
    # Username and password: createsuperuser accounts, the test client.
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home:start"
LOGOUT_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupNamesForm"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # the link opens a page with a button
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""  # the subjects name Vidensbanken themselves
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_LOGIN_ON_GET = False

# A municipal (or regional) OpenID Connect login, offered next to the e-mail
# login when all three are set; see the README. A half-configured provider
# fails at start-up instead of showing a button that cannot work.
KB_OIDC_SERVER_URL = env_str("KB_OIDC_SERVER_URL", "")
KB_OIDC_CLIENT_ID = env_str("KB_OIDC_CLIENT_ID", "")
KB_OIDC_CLIENT_SECRET = env_str("KB_OIDC_CLIENT_SECRET", "")
KB_OIDC_NAME = env_str("KB_OIDC_NAME", "") or "Kommunalt login"
SOCIALACCOUNT_PROVIDERS = {}
if KB_OIDC_SERVER_URL or KB_OIDC_CLIENT_ID or KB_OIDC_CLIENT_SECRET:
    # The provider id "kommune" makes the callback address
    # /konto/oidc/kommune/login/callback/ (to register with the provider).
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [
            {
                "provider_id": "kommune",
                "name": KB_OIDC_NAME,
                "client_id": env_required("KB_OIDC_CLIENT_ID"),
                "secret": env_required("KB_OIDC_CLIENT_SECRET"),
                "settings": {"server_url": env_required("KB_OIDC_SERVER_URL")},
            }
        ],
    }

LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Dansk"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "kb" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Member-only files: never under MEDIA_ROOT, only served by views that check
# access.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: real SMTP only when EMAIL_HOST is set; see dev.py for the console.
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Vidensbanken <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Development and test settings write e-mails as files into this directory
# when it is set (Django's file backend), e.g. so the browser tests can read
# what a real server process sent; production always uses SMTP.
EMAIL_FILE_PATH = env_str("KB_EMAIL_FILE_PATH", "") or None
# Participants of a theme day get a reminder this many days before it starts
# (``manage.py send_event_reminders``, run by cron).
KB_EVENT_REMINDER_DAYS = env_int("KB_EVENT_REMINDER_DAYS", 2)

# Search: the database backend always exists (and is the fallback); with
# ELASTICSEARCH_URL set, Elasticsearch answers and the database stands by.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL", "") or None
ELASTICSEARCH_INDEX = env_str("ELASTICSEARCH_INDEX", "vidensbanken")
ELASTICSEARCH_ANALYZER = env_str("ELASTICSEARCH_ANALYZER", "hunspell")
KB_SEARCH_BACKENDS = {"database": {"BACKEND": "search.backends.database"}}
if ELASTICSEARCH_URL:
    KB_SEARCH_BACKENDS["elasticsearch"] = {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": [url.strip() for url in ELASTICSEARCH_URL.split(",")],
        "INDEX": ELASTICSEARCH_INDEX,
        "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
    }
KB_SEARCH_DEFAULT = "elasticsearch" if ELASTICSEARCH_URL else "database"
KB_SEARCH_FALLBACK = "database"

WAGTAIL_SITE_NAME = "Vidensbanken"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# Personal data stays on the site: no avatars from Gravatar (Wagtail would
# send a hash of each user's e-mail address), no release check from the
# dashboard, and no English "what's new" banner about Wagtail's own releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("da", "Dansk")]
WAGTAIL_CONTENT_LANGUAGES = [("da", "Dansk")]
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
TAGGIT_CASE_INSENSITIVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
