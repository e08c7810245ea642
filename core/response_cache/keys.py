"""Which requests may share a cached response, and the key they share it under.

Both read a WSGI environ (request.META is one), so the WSGI fast path and the
middleware agree on every key.
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage

KEY_PREFIX = "response-cache:"
BYPASS_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/")


def scheme(environ):
    """http or https, trusting SECURE_PROXY_SSL_HEADER as Django does."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",")[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def request_key(environ):
    """One key per scheme, host, path, query, Accept (DRF negotiates on it) and Origin
    (CORS headers answer it)."""
    raw = "|".join(
        (
            scheme(environ),
            environ.get("HTTP_HOST", ""),
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
            environ.get("HTTP_ORIGIN", ""),
        )
    )
    return KEY_PREFIX + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def is_anonymous_read(environ):
    """A GET or HEAD that no session, message or credential can personalise."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return False
    if environ.get("PATH_INFO", "").startswith(BYPASS_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in environ:
        return False
    cookies = environ.get("HTTP_COOKIE", "")
    # A plain substring test: a false match only costs a cache bypass.
    return not (
        f"{settings.SESSION_COOKIE_NAME}=" in cookies
        or f"{CookieStorage.cookie_name}=" in cookies
    )
