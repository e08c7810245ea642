"""Both generations of Wagtail's API: v2 (DRF) and v3 (django-ninja, OpenAPI)."""

from wagtail.api.v3.urls import api as api_v3
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from blog.api import BlogPostsAPI
from core.api import AuthorsAPIViewSet
from core.api.guards import GuardedAPIRouter
from core.api.pages import pages_endpoint

# One pages endpoint for the whole site: each content app contributes its page types'
# filters and listing prefetches (see core/api/pages.py).
SitePagesAPIViewSet = pages_endpoint(BlogPostsAPI())

# The name must be exactly "wagtailapi_v2" for frontend-cache purging to reverse it.
# Every endpoint registered here gets the input guards (core/api/guards.py).
api_v2 = GuardedAPIRouter("wagtailapi_v2")
api_v2.register_endpoint("pages", SitePagesAPIViewSet)
api_v2.register_endpoint("images", ImagesAPIViewSet)
api_v2.register_endpoint("documents", DocumentsAPIViewSet)
api_v2.register_endpoint("authors", AuthorsAPIViewSet)


def _valid_openapi_schema(original):
    """Wagtail 8.0.1 declares AllowAnonymous as an http scheme without a `scheme`,
    which validators reject; describe anonymous access as optional auth (`{}`) instead."""

    def get_openapi_schema(*args, **kwargs):
        schema = original(*args, **kwargs)
        schemes = schema.get("components", {}).get("securitySchemes", {})
        anonymous = [
            name
            for name, scheme in schemes.items()
            if scheme.get("type") == "http" and "scheme" not in scheme
        ]
        for name in anonymous:
            del schemes[name]
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                if not isinstance(operation, dict) or "security" not in operation:
                    continue
                operation["security"] = [
                    {}
                    if any(name in requirement for name in anonymous)
                    else requirement
                    for requirement in operation["security"]
                ]
        return schema

    return get_openapi_schema


api_v3.get_openapi_schema = _valid_openapi_schema(api_v3.get_openapi_schema)
