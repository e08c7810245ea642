"""Serve anonymous GETs from the shared cache in one round trip, compressed once.

First in MIDDLEWARE. A hit costs one `get_many` (the generation and the entry for the
client's encoding) and no database query. A miss runs the rest of the stack; a public
200 is then stored in all three encodings under the generation read before the view
ran, so a change committed while it rendered leaves the entry already stale.
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import parse_http_date_safe

from core.response_cache import generation
from core.response_cache.compression import (
    ENCODINGS,
    compress,
    is_compressible,
    negotiate,
)

KEY_PREFIX = "response-cache:"
MAX_BODY = 2 * 1024 * 1024
# Headers the entry sets itself, per encoding.
OWN_HEADERS = frozenset({"content-length", "content-encoding", "vary", "etag"})
# A response that varies on anything else is not the same for every anonymous reader.
SHAREABLE_VARY = frozenset({"accept-encoding", "cookie", "accept"})
PRIVATE_CACHE_CONTROL = ("private", "no-store", "no-cache")
BYPASS_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/")


def request_key(request):
    """One key per scheme, host, path, query and Accept (DRF negotiates on it)."""
    meta = request.META
    raw = "|".join(
        (
            "https" if request.is_secure() else "http",
            meta.get("HTTP_HOST", ""),
            meta.get("PATH_INFO", ""),
            meta.get("QUERY_STRING", ""),
            meta.get("HTTP_ACCEPT", ""),
        )
    )
    return KEY_PREFIX + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def is_anonymous_read(request):
    """A GET or HEAD that no session, message or credential can personalise."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(BYPASS_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    return not (
        settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies
    )


def is_shareable(response):
    """A complete public 200 that sets no cookie and is the same for every reader."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.has_header("Content-Encoding") or len(response.content) > MAX_BODY:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in PRIVATE_CACHE_CONTROL):
        return False
    vary = {v.lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    return vary <= SHAREABLE_VARY


def encoded(response, encoding, body=None):
    """Set the body, Content-Encoding, Vary and ETag of response for one encoding."""
    if body is None:
        body = compress(response.content, encoding)
    response.content = body
    response["Content-Length"] = str(len(body))
    if encoding != "identity":
        response["Content-Encoding"] = encoding
        etag = response.get("ETag")
        if etag and not etag.startswith("W/"):
            # Different bytes: the ETag stays, but only as a weak validator.
            response["ETag"] = f"W/{etag}"
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


class ResponseCacheMiddleware:
    """Cache and compress whole responses; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.RESPONSE_CACHE_TIMEOUT
        self.cdn_max_age = settings.CDN_MAX_AGE

    def __call__(self, request):
        encoding = negotiate(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if not (settings.RESPONSE_CACHE and is_anonymous_read(request)):
            return self.compressed(self.get_response(request), encoding)

        key = request_key(request)
        found = cache.get_many([generation.GENERATION_KEY, key + encoding])
        current = found.get(generation.GENERATION_KEY)
        entry = found.get(key + encoding)
        if current is None:
            current = generation.start()
        elif entry is not None and entry[0] == current:
            return self.replay(request, entry)

        response = self.get_response(request)
        if not is_shareable(response):
            return self.compressed(response, encoding)
        return self.store(key, current, response, encoding)

    def compressed(self, response, encoding):
        if encoding == "identity" or not is_compressible(response):
            if is_compressible(response):
                patch_vary_headers(response, ("Accept-Encoding",))
            return response
        return encoded(response, encoding)

    def store(self, key, current, response, encoding):
        """Keep response in every encoding; return it in the client's."""
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if self.cdn_max_age:
            patch_cache_control(response, s_maxage=self.cdn_max_age)
        head = (
            current,
            response.status_code,
            [(k, v) for k, v in response.items() if k.lower() not in OWN_HEADERS],
            response.get("Vary"),
            response.get("ETag"),
        )
        if not is_compressible(response):
            # Every client gets the identity bytes.
            entry = (*head, "identity", response.content)
            cache.set_many({key + each: entry for each in ENCODINGS}, self.timeout)
            return response
        variants = {each: compress(response.content, each) for each in ENCODINGS}
        cache.set_many(
            {key + each: (*head, each, body) for each, body in variants.items()},
            self.timeout,
        )
        return encoded(response, encoding, variants[encoding])

    def replay(self, request, entry):
        """The stored response, or a 304 when the client's copy is current."""
        _, status, headers, vary, etag, chosen, body = entry
        response = HttpResponse(body, status=status, headers=headers)
        response["X-Cache"] = "hit"
        if vary:
            response["Vary"] = vary
        if etag:
            response["ETag"] = etag
        encoded(response, chosen, body)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=last_modified,
            response=response,
        )
