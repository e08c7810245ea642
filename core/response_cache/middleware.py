"""Serve anonymous GETs from the shared cache in one round trip, compressed once.

First in MIDDLEWARE (and, for plain hits, even before Django: `wsgi.py`). A hit costs
one read (`lookup`: the generation and the entry for the client's encoding) and no
database query. A miss runs the rest of the stack; a public 200 is then stored in all
three encodings under the generation read before the view ran, so a change committed
while it rendered leaves the entry already stale.
"""

from django.conf import settings
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
from core.response_cache.keys import is_anonymous_read, request_key
from core.response_cache.lookup import lookup

ADMIN_PREFIX = "/admin/"
MAX_BODY = 2 * 1024 * 1024
# Headers each stored encoding sets for itself.
OWN_HEADERS = frozenset({"content-length", "content-encoding", "etag"})
# A response that varies on anything else is not the same for every anonymous reader.
# Requests with credentials never read the cache, and the key holds Accept and Origin
# (CORS answers differ by origin), so these are safe to share.
SHAREABLE_VARY = frozenset(
    {"accept-encoding", "cookie", "accept", "authorization", "origin"}
)
PRIVATE_CACHE_CONTROL = ("private", "no-store", "no-cache")


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


def encoding_headers(encoding, body, etag):
    """Content-Length, Content-Encoding and ETag of one encoding of a body."""
    headers = [("Content-Length", str(len(body)))]
    if encoding != "identity":
        headers.append(("Content-Encoding", encoding))
        if etag and not etag.startswith("W/"):
            # Different bytes: the ETag stays, but only as a weak validator.
            etag = f"W/{etag}"
    if etag:
        headers.append(("ETag", etag))
    return headers


def encoded(response, encoding):
    """response with its body compressed for encoding."""
    response.content = body = compress(response.content, encoding)
    for name, value in encoding_headers(encoding, body, response.get("ETag")):
        response[name] = value
    return response


def stored_response(entry):
    _, status, headers, body = entry
    return HttpResponse(body, status=status, headers=headers)


class ResponseCacheMiddleware:
    """Cache and compress whole responses; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.RESPONSE_CACHE_TIMEOUT
        self.cdn_max_age = settings.CDN_MAX_AGE

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            # The editors' own pages: never cached, and left as Wagtail sends them.
            return self.get_response(request)
        encoding = negotiate(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if not (settings.RESPONSE_CACHE and is_anonymous_read(request.META)):
            return self.compressed(self.get_response(request), encoding)

        key = request_key(request.META)
        current, entry = lookup(key + encoding)
        if current is None:
            current = generation.start()
        elif entry is not None and entry[0] == current:
            return self.replay(request, entry)

        response = self.get_response(request)
        if not is_shareable(response):
            return self.compressed(response, encoding)
        return self.store(key, current, response, encoding)

    def compressed(self, response, encoding):
        if not is_compressible(response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        return response if encoding == "identity" else encoded(response, encoding)

    def store(self, key, current, response, encoding):
        """Keep response in every encoding; return it in the client's."""
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if self.cdn_max_age:
            patch_cache_control(response, s_maxage=self.cdn_max_age)
        compressible = is_compressible(response)
        if compressible:
            patch_vary_headers(response, ("Accept-Encoding",))
        common = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in OWN_HEADERS
        ]
        etag = response.get("ETag")
        entries = {}
        for each in ENCODINGS if compressible else ("identity",):
            body = compress(response.content, each)
            headers = common + encoding_headers(each, body, etag)
            entries[key + each] = (current, response.status_code, headers, body)
        if not compressible:  # every client gets the identity bytes
            entries.update(
                {key + each: entries[key + "identity"] for each in ENCODINGS}
            )
        cache.set_many(entries, self.timeout)
        return stored_response(entries[key + encoding])

    def replay(self, request, entry):
        """The stored response, or a 304 when the client's copy is current."""
        response = stored_response(entry)
        response["X-Cache"] = "hit"
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=last_modified,
            response=response,
        )
