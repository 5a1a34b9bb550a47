"""Settings shared by every environment.

Nothing here is a secret and nothing here is unsafe for production: no
SECRET_KEY, DEBUG is off and ALLOWED_HOSTS is empty. The environment is read
only through :mod:`kb.settings.env`.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from kb.core.security import inline_style_hashes
from kb.core.uploads import DOCUMENT_EXTENSIONS, IMAGE_EXTENSIONS
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
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "allauth",
    "allauth.account",
    # Always installed, so the schema does not depend on the environment;
    # a login provider exists only when KB_OIDC_* configure one (below).
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kb.core.security.ContentSecurityPolicyMiddleware",
    "kb.core.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Ends a login KB_SESSION_MAX_HOURS after it began, however active.
    "accounts.sessions.SessionLifetimeMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its page.
    "axes.middleware.AxesMiddleware",
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
    # First: refuses every login of a locked account or address (accounts.lockout).
    "accounts.lockout.LoginLockoutBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    # Username and password: createsuperuser accounts, the test client.
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home:start"
LOGOUT_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"
# Pages restricted to logged-in users or groups send people to the same
# login (Wagtail's default is its own form at /_util/login/, which skips
# allauth's rate limits and the e-mail login).
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
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
# allauth's limits live in the cache (per process unless a shared cache is
# configured); wrong passwords are counted by django-axes in the database
# instead (below), so allauth's own "login_failed" limit is off and one
# Danish lockout page answers.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": False,
    "signup": "20/m/ip",
    # Reset mails: a few per address and hour, so nobody floods an inbox.
    "reset_password": "20/m/ip,3/h/key",
    "reset_password_from_key": "20/m/ip",
    # Confirmation (or "you already have an account") mails to one address:
    # one per three minutes and a few an hour, as for reset mails.
    "confirm_email": "1/3m/key,3/h/key",
}
# Same message for known and unknown addresses at log-in, sign-up and
# password reset (allauth's default, stated because it matters).
ACCOUNT_PREVENT_ENUMERATION = True

# Lockout after repeated wrong passwords (django-axes; accounts.lockout):
# per account (the typed e-mail) and per IP address, on the login (the
# admin's too), Wagtail's page and document passwords; administrators unlock
# under Settings → Låste logins.
KB_LOGIN_FAILURE_LIMIT = env_int("KB_LOGIN_FAILURE_LIMIT", 5)
KB_LOGIN_ADDRESS_FAILURE_LIMIT = env_int("KB_LOGIN_ADDRESS_FAILURE_LIMIT", 30)
KB_LOGIN_COOLOFF_MINUTES = env_int("KB_LOGIN_COOLOFF_MINUTES", 30)
# How many reverse proxies in front of the site add X-Forwarded-For: the
# client's address is then the one the outermost proxy saw.
KB_TRUSTED_PROXY_COUNT = env_int("KB_TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = KB_TRUSTED_PROXY_COUNT
AXES_HANDLER = "accounts.lockout.LoginLockoutHandler"
AXES_FAILURE_LIMIT = KB_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=KB_LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = "accounts.lockout.lockout_parameters"
AXES_USERNAME_CALLABLE = "accounts.lockout.attempted_account"
AXES_CLIENT_IP_CALLABLE = "kb.core.http.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
# Attempts during a lockout do not prolong it: it ends on time.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_ENABLE_ADMIN = False  # no Django admin; Wagtail's screen instead
AXES_DISABLE_ACCESS_LOG = True  # no log of every successful login's IP
AXES_VERBOSE = False

# Sessions end after KB_SESSION_IDLE_HOURS without a visit (each request
# renews the expiry); changing the password logs out the user's other
# sessions (Django's session hash), not the one that changed it.
SESSION_COOKIE_AGE = env_int("KB_SESSION_IDLE_HOURS", 72) * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
# However active, a login ends this many hours after it began, and the user
# logs in again (accounts.sessions): a stolen session cookie works for at
# most this long. A week: those who use the site daily log in once a week;
# OWASP ASVS 4 (V3.3.2) allows 30 days at level 1, and level 2's 12 hours
# would have editors and coordinators log in every day.
KB_SESSION_MAX_HOURS = env_int("KB_SESSION_MAX_HOURS", 7 * 24)
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

# E-mail: every message is queued as a task (kb.core.mail.QueuedEmailBackend,
# whoever sends it: the site, allauth, Wagtail, Django); the task worker
# delivers it through KB_EMAIL_DELIVERY_BACKEND (SMTP with the settings below;
# the console or files in dev.py, memory or files in test.py).
EMAIL_BACKEND = "kb.core.mail.QueuedEmailBackend"
KB_EMAIL_DELIVERY_BACKEND = env_str(
    "KB_EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
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
# Guests (no account) may have at most this many unconfirmed registrations
# per e-mail address, and send this many from one client address, within an
# hour (networks.services; counted in the database, so across processes):
# the guest form must not serve to flood an inbox with confirmation mails.
KB_GUEST_RATE_PER_EMAIL = env_int("KB_GUEST_RATE_PER_EMAIL", 3)
KB_GUEST_RATE_PER_ADDRESS = env_int("KB_GUEST_RATE_PER_ADDRESS", 20)
# Participants of a theme day get a reminder this many days before it starts
# (``networks.tasks.send_event_reminders``, run by the task worker).
KB_EVENT_REMINDER_DAYS = env_int("KB_EVENT_REMINDER_DAYS", 2)
# Listing pages (methods, evidence, events, networks, specialists, offers,
# an offer's methods and specialists, target groups, focus areas) show this
# many items a page; framework agreement
# pages show this many items of each type per focus area, and link to the
# search for the rest.
KB_LISTING_PAGE_SIZE = 20
KB_AGREEMENT_LIST_SIZE = 5

# Personal data is kept this many days after the event ended (registrations)
# or the booking's period ended (case descriptions, rating comments), then
# ``manage.py anonymise_personal_data`` anonymises it.
KB_RETENTION_DAYS_REGISTRATIONS = env_int("KB_RETENTION_DAYS_REGISTRATIONS", 730)
KB_RETENTION_DAYS_BOOKINGS = env_int("KB_RETENTION_DAYS_BOOKINGS", 730)

# Background tasks (django-tasks): e-mail, search index retries, reminders
# and Wagtail's own tasks are stored in the database and run by
# ``manage.py run_worker`` (see docs/deploy.md). The worker also enqueues
# these periodic jobs (dotted path → seconds between runs).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
KB_PERIODIC_TASKS = {
    "networks.tasks.send_event_reminders": env_int(
        "KB_EVENT_REMINDER_INTERVAL", 15 * 60
    ),
    # A safety net under the retries that a failed index update schedules.
    "search.index.apply_pending_index_updates": 10 * 60,
    "networks.tasks.delete_unconfirmed_registrations": 24 * 60 * 60,
    # Meeting files kept from a refused submit and never used (a day old).
    "networks.tasks.delete_stale_kept_uploads": 24 * 60 * 60,
    # Retention (KB_RETENTION_DAYS_*): personal data past its time.
    "home.tasks.anonymise_personal_data": 24 * 60 * 60,
}

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
        # Copies of each shard on other nodes of a cluster (docs/deploy.md).
        "REPLICAS": env_int("ELASTICSEARCH_REPLICAS", 0),
    }
KB_SEARCH_DEFAULT = "elasticsearch" if ELASTICSEARCH_URL else "database"
KB_SEARCH_FALLBACK = "database"
# After FAILURES failed or timed-out searches within WINDOW seconds, the
# database answers at once for COOLDOWN seconds before Elasticsearch is
# probed again (search.backends.breaker).
KB_SEARCH_BREAKER = {
    "FAILURES": env_int("KB_SEARCH_BREAKER_FAILURES", 3),
    "WINDOW": env_int("KB_SEARCH_BREAKER_WINDOW", 30),
    "COOLDOWN": env_int("KB_SEARCH_BREAKER_COOLDOWN", 30),
}
# A database search running longer than this is stopped and the search page
# says so, instead of holding a worker (PostgreSQL statement_timeout, an
# SQLite progress handler).
KB_SEARCH_TIMEOUT_MS = env_int("KB_SEARCH_TIMEOUT_MS", 2000)
# Synonyms, compound parts and spelling correction; off only to measure
# what they cost (bench/search.py).
KB_SEARCH_RELEVANCE_FEATURES = env_bool("KB_SEARCH_RELEVANCE_FEATURES", True)

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
# Content-Security-Policy (django-csp, kb.core.security): scripts and styles
# only from the site's own static files, no inline script anywhere outside
# the admin; no framing by other sites; no plugins; links and forms stay
# on the site's own base URL.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # The 500 page carries its own <style>, allowed by its hash.
        "style-src": [SELF, *inline_style_hashes(BASE_DIR / "templates" / "500.html")],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
    },
}
# Wagtail's admin writes inline scripts (inline panels, date pickers,
# choosers), each given the request's nonce (kb.core.security), and inline
# styles; only its pages get these directives instead of the site's. No
# 'unsafe-inline' for scripts: an injected script has no nonce.
KB_CSP_ADMIN_PREFIX = "/admin/"
KB_CSP_ADMIN_DIRECTIVES = {
    "script-src": [SELF, NONCE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}
# Features the site never uses, switched off for it and every frame.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": [SELF],
}

# Uploads (member documents, Wagtail documents and images): the types in
# kb.core.uploads, checked by content, at most KB_UPLOAD_MAX_MB each.
KB_UPLOAD_MAX_MB = env_int("KB_UPLOAD_MAX_MB", 25)
WAGTAILDOCS_EXTENSIONS = list(DOCUMENT_EXTENSIONS)
WAGTAILDOCS_MAX_UPLOAD_SIZE = KB_UPLOAD_MAX_MB * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "kb.core.admin_uploads.DocumentForm"
# Served by Wagtail's view (never a direct media link), always as a download:
# no type is shown inline, and SecurityMiddleware adds nosniff.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = list(IMAGE_EXTENSIONS)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = KB_UPLOAD_MAX_MB * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "kb.core.admin_uploads.ImageForm"
TAGGIT_CASE_INSENSITIVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
