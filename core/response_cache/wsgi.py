"""Replay cached responses before Django builds a request: the cheapest possible hit.

Only plain hits are answered here; conditional requests, misses and everything else
go to Django, whose first middleware (ResponseCacheMiddleware) handles them.
"""

from http import HTTPStatus

from django.conf import settings

from core.response_cache.compression import negotiate
from core.response_cache.keys import is_anonymous_read, request_key
from core.response_cache.lookup import lookup

CONDITIONAL = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")


class CachedResponses:
    """WSGI middleware around Django's application."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if (
            not settings.RESPONSE_CACHE
            or not is_anonymous_read(environ)
            or any(header in environ for header in CONDITIONAL)
        ):
            return self.application(environ, start_response)
        encoding = negotiate(environ.get("HTTP_ACCEPT_ENCODING", ""))
        current, entry = lookup(request_key(environ) + encoding)
        if entry is None or entry[0] != current:
            return self.application(environ, start_response)
        _, status, headers, body = entry
        start_response(
            f"{status} {HTTPStatus(status).phrase}", [*headers, ("X-Cache", "hit")]
        )
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]
