"""HTTP caching of API responses: a Cache-Control beside the ETag every response has."""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

API_PREFIX = "/api/"


class APICacheControlMiddleware:
    """Anonymous API reads may be cached `API_CACHE_MAX_AGE` seconds and revalidated
    with their ETag; answers to a bearer token, writes and errors are not stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.has_header(
            "Cache-Control"
        ):
            return response
        patch_vary_headers(response, ["Authorization"])
        if (
            request.method in ("GET", "HEAD")
            and response.status_code in (200, 304)
            and "HTTP_AUTHORIZATION" not in request.META
        ):
            patch_cache_control(
                response, public=True, max_age=settings.API_CACHE_MAX_AGE
            )
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response
