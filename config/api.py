"""Both generations of Wagtail's API: v2 (DRF) and v3 (django-ninja, OpenAPI)."""

from wagtail.api.v3.urls import api as api_v3
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from blog.api import BlogPostsAPI
from core.api import AuthorsAPIViewSet
from core.api.guards import GuardedAPIRouter
from core.api.openapi import honest_openapi_schema
from core.api.pages import pages_endpoint
from events.api import EventsAPI
from resources.api import ResourcesAPI

# One pages endpoint for the whole site: each content app contributes its page types'
# filters and listing prefetches (see core/api/pages.py).
SitePagesAPIViewSet = pages_endpoint(BlogPostsAPI(), EventsAPI(), ResourcesAPI())

# The name must be exactly "wagtailapi_v2" for frontend-cache purging to reverse it.
# Every endpoint registered here gets the input guards (core/api/guards.py).
api_v2 = GuardedAPIRouter("wagtailapi_v2")
api_v2.register_endpoint("pages", SitePagesAPIViewSet)
api_v2.register_endpoint("images", ImagesAPIViewSet)
api_v2.register_endpoint("documents", DocumentsAPIViewSet)
api_v2.register_endpoint("authors", AuthorsAPIViewSet)


# The document describes every status, bound and media type the API answers, for
# every router (core/api/openapi.py).
api_v3.get_openapi_schema = honest_openapi_schema(api_v3.get_openapi_schema)
