"""Input guards shared by every endpoint of both API generations.

No query string may turn into a 5xx. The guards apply by construction: v2 endpoints
get them when they are registered on `GuardedAPIRouter`, v3 operations (Wagtail's
own and every router a project adds) through `guard_v3(api)`, called once from
`CoreConfig.ready()`. What each refuses is defined once here:

- `offset` past what the databases' integer types hold (a 400);
- a blank, binary or over-long `search`, or a `search_operator` other than and/or;
- search syntax: the query is parsed as the admin parses it ("quoted phrases",
  and/or), so stray quotes never reach SQLite's or PostgreSQL's full-text syntax;
- values a filter cannot convert (`?first_published_at=x`, `find/?id=abc`): the
  ValueError or ValidationError Django raises becomes a 400 with its message.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.utils import parse_query_string

from core.pagination import narrow_slices

SEARCH_MAX_LENGTH = 255
# Offsets past this would overflow the database's integer types; no listing is this long.
OFFSET_MAX = 2**31 - 1
# What a filter raises for a value it cannot convert: bad input, not a server fault.
INPUT_ERRORS = (ValidationError, ValueError, OverflowError, DataError)


class QueryError(ValueError):
    """A query parameter no endpoint accepts; its message says why."""


def input_error_message(error):
    """A client-facing message for one of INPUT_ERRORS."""
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, DataError):
        return "a query parameter is out of range for its field"
    return str(error) or "invalid query parameter"


def parsed_search(search, operator=None):
    """The query object the search backend gets for `search`, or a QueryError."""
    if not search.strip():
        raise QueryError("search cannot be blank")
    if len(search) > SEARCH_MAX_LENGTH or "\x00" in search:
        raise QueryError(
            f"search must be at most {SEARCH_MAX_LENGTH} characters of text"
        )
    if operator not in (None, "", "and", "or"):
        raise QueryError("search_operator must be 'and' or 'or'")
    _filters, query = parse_query_string(search, operator=operator or None)
    return query


def check_offset(offset):
    """A QueryError for an offset the database cannot hold."""
    if offset > OFFSET_MAX:
        raise QueryError(f"offset cannot be higher than {OFFSET_MAX}")


# API v2 (Django REST framework)


class BoundedSearchFilter(SearchFilter):
    """Wagtail's search filter, refusing queries the search backends would fail on."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError(
                "filtering by tag with a search query is not supported"
            )
        try:
            query = parsed_search(
                request.GET["search"], request.GET.get("search_operator")
            )
        except QueryError as error:
            raise BadRequestError(str(error)) from error
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
        if offset.isdecimal():
            try:
                check_offset(int(offset))
            except QueryError as error:
                raise BadRequestError(str(error)) from error
        return super().paginate_queryset(narrow_slices(queryset), request, view)


class GuardedEndpoint:
    """Answers 400 with a message for values a filter or lookup cannot convert."""

    def handle_exception(self, exc):
        if isinstance(exc, INPUT_ERRORS):
            exc = BadRequestError(input_error_message(exc))
        return super().handle_exception(exc)


def guarded(endpoint):
    """`endpoint` with the guards: bounded search and pagination, 400s for bad values."""
    if issubclass(endpoint, GuardedEndpoint):
        return endpoint
    attributes = {
        "__doc__": endpoint.__doc__,
        "__module__": endpoint.__module__,
        "filter_backends": [
            BoundedSearchFilter if backend is SearchFilter else backend
            for backend in endpoint.filter_backends
        ],
    }
    if endpoint.pagination_class is WagtailPagination:
        attributes["pagination_class"] = BoundedPagination
    return type(endpoint.__name__, (GuardedEndpoint, endpoint), attributes)


class GuardedAPIRouter(WagtailAPIRouter):
    """Wagtail's v2 router; every endpoint registered on it gets the guards."""

    def register_endpoint(self, name, class_):
        super().register_endpoint(name, guarded(class_))


# API v3 (django-ninja)


def guard_v3(api):
    """Apply the guards to every operation of the v3 API, whichever router adds it."""
    from wagtail.api.v3.errors import problem_response
    from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
    from wagtail.api.v3.schemas.params import SearchSchema

    from ninja.errors import HttpError

    def bad_request(request, exc):
        return problem_response(status=400, detail=input_error_message(exc))

    for error_class in (QueryError, ValueError, OverflowError, DataError):
        api.add_exception_handler(error_class, bad_request)

    search_queryset = SearchSchema.search_queryset
    if not getattr(search_queryset, "guarded", False):

        def guarded_search_queryset(self, request, queryset):
            if self.search is None:
                return queryset
            try:
                query = parsed_search(self.search, self.search_operator)
            except QueryError as error:
                raise HttpError(400, str(error)) from error
            return search_queryset(
                self.model_copy(update={"search": query}), request, queryset
            )

        guarded_search_queryset.guarded = True
        SearchSchema.search_queryset = guarded_search_queryset

    paginate_queryset = WagtailLimitOffsetPagination.paginate_queryset
    if not getattr(paginate_queryset, "guarded", False):

        def guarded_paginate_queryset(self, queryset, pagination, request, **params):
            check_offset(pagination.offset)
            return paginate_queryset(self, queryset, pagination, request, **params)

        guarded_paginate_queryset.guarded = True
        WagtailLimitOffsetPagination.paginate_queryset = guarded_paginate_queryset
