"""API v2 building blocks: bounded search and pagination, and the authors endpoint."""

from django.conf import settings

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.utils import parse_query_string

from core.models import Author

SEARCH_MAX_LENGTH = 255
# Offsets past this would overflow the database's integer types; no listing is this long.
OFFSET_MAX = 2**31 - 1


class BoundedSearchFilter(SearchFilter):
    """Wagtail's search filter, refusing queries the search backends would fail on.

    The query is parsed as the admin parses it ("quoted phrases", and/or), so stray
    quotes cannot reach SQLite's full-text syntax.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError(
                "filtering by tag with a search query is not supported"
            )
        search = request.GET["search"]
        if not search.strip():
            raise BadRequestError("search cannot be blank")
        if len(search) > SEARCH_MAX_LENGTH or "\x00" in search:
            raise BadRequestError(
                f"search must be at most {SEARCH_MAX_LENGTH} characters of text"
            )
        operator = request.GET.get("search_operator") or None
        if operator not in (None, "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        _filters, query = parse_query_string(search, operator=operator)
        try:
            return get_search_backend().search(
                query, queryset, order_by_relevance="order" not in request.GET
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching"
            ) from error


class BoundedPagination(WagtailPagination):
    """Wagtail's limit/offset pagination, refusing offsets the database cannot hold."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "")
        if offset.isdecimal() and int(offset) > OFFSET_MAX:
            raise BadRequestError(f"offset cannot be higher than {OFFSET_MAX}")
        return super().paginate_queryset(queryset, request, view)


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
