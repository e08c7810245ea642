"""Settings shared by every environment; deploy-time values come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from config.settings.environment import (
    base_url,
    env_bool,
    env_int,
    env_list,
    env_rate,
    local_secret_key,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key(VAR_DIR / "secret_key")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

# One public address for the site; the admin, the API and the Site record agree on it.
SITE_BASE_URL = base_url("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILAPI_BASE_URL = SITE_BASE_URL
WAGTAIL_SITE_NAME = "Social Media Health Network"

INSTALLED_APPS = [
    # Project apps come first so their templates and API schema registrations win.
    "core",
    "blog",
    "events",
    "resources",
    "site_pages",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "csp",
    "corsheaders",
    # Django Ninja's static files: the API docs load Swagger UI from this server.
    "ninja",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
]

MIDDLEWARE = [
    # First: a cached anonymous response is served before anything else runs.
    "core.response_cache.middleware.ResponseCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before CommonMiddleware, so redirects and errors carry CORS headers too.
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETags and 304s for feeds, API and pages that did not change since the client's copy.
    "django.middleware.http.ConditionalGetMiddleware",
    "core.api.http.APICacheControlMiddleware",
    # Page routes marked by core.origin.same_origin_required skip the token check below.
    "core.origin.ExemptPageRoutesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out account or client before any password check.
AUTHENTICATION_BACKENDS = [
    "core.logins.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite under var/ unless DATABASE_URL names another database (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        # Take the write lock when a transaction starts, so concurrent writers wait
        # their turn (e.g. two registrants for the last seat) instead of failing as
        # "locked".
        transaction_mode="IMMEDIATE",
        # Write-ahead logging: gunicorn's workers read while another writes. Reads
        # through a memory map and a 32 MB page cache, instead of a read() per page:
        # kept connections (CONN_MAX_AGE above) keep both warm between requests.
        init_command=(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
            "PRAGMA mmap_size=268435456; PRAGMA cache_size=-32000;"
        ),
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Trigram lookups: search's typo tolerance (core.views.similar_titles).
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache for every worker process: Redis when REDIS_URL is set, otherwise a
# process-safe SQLite-backed cache under var/ (atomic incr, so rate limits hold).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "smhn",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.PersistentDiskCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(VAR_DIR / "cache")),
            "SHARDS": 4,
            "DATABASE_TIMEOUT": 0.25,
            "OPTIONS": {"size_limit": 512 * 1024 * 1024},
        }
    }

# Whole responses to anonymous GETs, kept compressed in the cache above and dropped
# the moment any content changes (core/response_cache). RESPONSE_CACHE=false turns it off.
RESPONSE_CACHE = env_bool("RESPONSE_CACHE", True)
RESPONSE_CACHE_TIMEOUT = env_int("RESPONSE_CACHE_TIMEOUT", 24 * 60 * 60)
# How long a CDN may serve a public response without asking again (s-maxage); 0 makes
# it revalidate every time (a cheap 304). Raise it only with FRONTEND_CACHE_PURGE_URL.
CDN_MAX_AGE = env_int("CDN_MAX_AGE", 0)
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    # Publishing purges the page (and its v2 API URLs) from the CDN or Varnish in front.
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    WAGTAILAPI_USE_FRONTENDCACHE = True

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Chicago")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Readers' comments: who hears about new ones, and how hard the form may be pushed.
# Moderators fall back to the superusers' addresses when none are listed.
COMMENT_MODERATORS = env_list("COMMENT_MODERATOR_EMAILS")
COMMENT_RATE_LIMIT = env_rate("COMMENT_RATE_LIMIT", "5/10m")
COMMENT_MAX_BODY_BYTES = env_int("COMMENT_MAX_BODY_BYTES", 16 * 1024)
# Submissions to the Health Care Social Media List: the same three knobs.
DIRECTORY_MODERATORS = env_list("DIRECTORY_MODERATOR_EMAILS")
DIRECTORY_SUBMISSION_RATE_LIMIT = env_rate("DIRECTORY_SUBMISSION_RATE_LIMIT", "5/1h")
DIRECTORY_MAX_BODY_BYTES = env_int("DIRECTORY_MAX_BODY_BYTES", 16 * 1024)
# Summit registrations: how often one client may register, and how big a form may be.
REGISTRATION_RATE_LIMIT = env_rate("REGISTRATION_RATE_LIMIT", "10/1h")
REGISTRATION_MAX_BODY_BYTES = env_int("REGISTRATION_MAX_BODY_BYTES", 16 * 1024)
# Behind exactly one reverse proxy that sets X-Forwarded-For, rate limits key on the
# address it appends; otherwise the header is ignored, since clients can forge it.
TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR", False)

# Failed logins (django-axes, counted in the database so every worker shares them):
# an account, or a client address, is locked after LOGIN_FAILURE_LIMIT failures for
# LOGIN_LOCKOUT_MINUTES. `manage.py unlock_login` or the admin's "Login lock-outs" lifts it.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 60))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.logins.client_ip"
AXES_LOCKOUT_CALLABLE = "core.logins.lockout_response"
AXES_ENABLE_ADMIN = False  # lock-outs are listed in the Wagtail admin instead
AXES_VERBOSE = False
# Wrong passwords on a page's view restriction, per client and page.
PAGE_PASSWORD_RATE_LIMIT = env_rate("PAGE_PASSWORD_RATE_LIMIT", "10/15m")

# Wagtail
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "key",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Alt text only from what editors write, never the file name (core/images.py).
WAGTAILIMAGES_IMAGE_MODEL = "core.SiteImage"
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True

# Front ends on other origins may read the APIs from the browser; nothing else is CORS.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_ALLOW_HEADERS = ["accept", "authorization", "content-type", "if-none-match"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 3600
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
# The front end's preview page, which reads drafts from /api/v3/preview/?token=…
HEADLESS_PREVIEW_URL = os.environ.get("HEADLESS_PREVIEW_URL", "")
HEADLESS_PREVIEW_MAX_AGE = env_int("HEADLESS_PREVIEW_MAX_AGE", 1800)
# Publish webhooks: seconds a receiver has to answer, and the back-off between retries.
WEBHOOK_TIMEOUT = env_int("WEBHOOK_TIMEOUT", 5)
WEBHOOK_RETRY_DELAYS = [60, 300, 1800, 7200]
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_COMMENTS_ENABLED = True
# The dashboard asks wagtail.org for new releases only when asked to.
WAGTAIL_ENABLE_UPDATE_CHECK = env_bool("WAGTAIL_ENABLE_UPDATE_CHECK", False)
# Likely patient details in public input (core/screening.py): kind -> {"label", "pattern"}
# adds or replaces a default pattern; kind -> None switches a default off.
PHI_SCREENING_PATTERNS = {}

# Content-Security-Policy for the public site and the API's interactive docs (Swagger UI
# from this server's static files). The Wagtail admin runs inline scripts of its own,
# so it is left to its defaults.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Agrees with X-Frame-Options: DENY: no page may be framed, not even by this site.
        "frame-ancestors": ["'none'"],
    },
}

# One time zone in every log line: UTC (Django sets the process's local zone to TIME_ZONE).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "utc": {
            "()": "core.logs.UTCFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
        },
    },
    "filters": {
        "ignore_admin_draft_errors": {"()": "core.logs.IgnoreAdminDraftErrors"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "utc",
            "filters": ["ignore_admin_draft_errors"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Background task and page-action chatter is noise at INFO on a console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
