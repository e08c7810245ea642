"""API v2 endpoints of core: the authors endpoint (guards are in core/api/guards.py)."""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet

from core.api.guards import BoundedPagination, BoundedSearchFilter
from core.models import Author


class AuthorsAPIViewSet(BaseAPIViewSet):
    """/api/v2/authors/: name, slug, role, bio, photo rendition and social profiles."""

    model = Author
    name = "authors"
    pagination_class = BoundedPagination
    filter_backends = [FieldsFilter, OrderingFilter, BoundedSearchFilter]
    body_fields = BaseAPIViewSet.body_fields + [
        "honorific",
        "name",
        "slug",
        "role",
        "organization",
        "bio",
        "photo",
        "social_profiles",
    ]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "name",
        "slug",
        "role",
        "photo",
    ]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["name", "slug"]

    def get_queryset(self):
        return (
            Author.objects.select_related("photo")
            .prefetch_related("photo__renditions")
            .order_by("name", "pk")
        )
