"""The site's one v2 pages endpoint, composed from what each content app contributes.

A content app describes its page types to the API with a `PageTypeAPI` (its query
parameters, its listing queryset and the batch loading a page of results needs);
`config/api.py` hands every app's contribution to `pages_endpoint()`. No content app
imports another, and a parameter given for a page type that does not accept it is a
400 with a message, never an empty list.
"""

import re

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.dateparse import parse_date
from django.utils.functional import SimpleLazyObject

from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.images import get_image_model

from rest_framework.filters import BaseFilterBackend

from core.api.guards import BoundedPagination, BoundedSearchFilter
from core.blocks.api import RENDITION_SPECS
from core.page_urls import share_site_root_paths

SLUG = re.compile(r"[-\w]{1,255}")


class PageTypeAPI:
    """What one content app adds to the pages endpoint for its page model (and subclasses).

    - `parameters`: query parameters that filter its pages (`filter_queryset` applies them);
    - `listing_queryset`: the queryset a listing of its pages starts from (prefetching);
    - `prefetch_page`: batch loading for one page of results, given the fields requested.
    """

    model = None
    parameters = ()

    def applies_to(self, model):
        return issubclass(model, self.model)

    def filter_queryset(self, request, queryset):
        return queryset

    def listing_queryset(self, queryset, request):
        return queryset

    def prefetch_page(self, pages, fields, view):
        """Load, for a whole page of results at once, what `fields` show."""


def query_slug(request, parameter):
    """The slug given as `parameter`, or a 400 for anything that is not a slug."""
    value = request.GET[parameter]
    if not SLUG.fullmatch(value):
        raise BadRequestError(f"{parameter} must be a slug, not {value!r}")
    return value


def query_date(request, parameter):
    """The YYYY-MM-DD date given as `parameter` (None when absent), or a 400."""
    if parameter not in request.GET:
        return None
    value = request.GET[parameter]
    try:
        date = parse_date(value) if len(value) == 10 else None
    except ValueError:
        date = None
    if date is None:
        raise BadRequestError(
            f"{parameter} must be a date as YYYY-MM-DD, not {value!r}"
        )
    return date


def query_date_range(request, after="date_after", before="date_before"):
    """Both ends of an inclusive date range; a 400 when they are the wrong way round."""
    start, end = query_date(request, after), query_date(request, before)
    if start and end and start > end:
        raise BadRequestError(f"{after} cannot be later than {before}")
    return start, end


def query_boolean(request, parameter):
    """`true` or `false` given as `parameter` (None when absent), or a 400."""
    if parameter not in request.GET:
        return None
    value = request.GET[parameter]
    if value not in ("true", "false"):
        raise BadRequestError(f"{parameter} must be true or false, not {value!r}")
    return value == "true"


class ContributedFilter(BaseFilterBackend):
    """Applies the filters of every contribution that applies to the listed page type."""

    def filter_queryset(self, request, queryset, view):
        given = {name for name in view.contributed_parameters() if name in request.GET}
        if not given:
            return queryset
        applicable = [c for c in view.contributions if c.applies_to(queryset.model)]
        accepted = {name for c in applicable for name in c.parameters}
        refused = sorted(given - accepted)
        if refused:
            types = sorted(
                {
                    f"{c.model._meta.app_label}.{c.model.__name__}"
                    for c in view.contributions
                    if set(refused) & set(c.parameters)
                }
            )
            raise BadRequestError(
                f"{', '.join(refused)} only filter {' or '.join(types)}: "
                f"add type={types[0]}"
            )
        for contribution in applicable:
            queryset = contribution.filter_queryset(request, queryset)
        return queryset


class SitePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint with bounded search and pagination and app contributions."""

    contributions = ()
    pagination_class = BoundedPagination
    filter_backends = [
        FieldsFilter,
        ContributedFilter,
        *[
            backend
            for backend in PagesAPIViewSet.filter_backends
            if backend not in (FieldsFilter, SearchFilter)
        ],
        BoundedSearchFilter,  # last: search results cannot be filtered further
    ]

    @classmethod
    def contributed_parameters(cls):
        return {name for c in cls.contributions for name in c.parameters}

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # Contributed parameters are filtered by their app, not as plain field filters.
            parameters = cls.contributed_parameters()
            fields = [field for field in fields if field not in parameters]
        return fields

    def get_queryset(self):
        # Built once per request: the serializer class is chosen from its model too,
        # and each build reads the view restrictions.
        if not hasattr(self, "_queryset"):
            self._queryset = self.build_queryset()
        return self._queryset

    def build_queryset(self):
        model = self.requested_page_type()
        if model is None:
            queryset = super().get_queryset()
        else:
            # The same public pages as Wagtail's `pk IN (every public page)`, filtered on
            # the type's own join, so the database can follow an index on its ordering.
            try:
                queryset = get_public_pages_queryset(self.request, model=model)
            except ValueError as error:
                raise BadRequestError(str(error)) from error
        for contribution in self.contributions:
            if contribution.applies_to(queryset.model):
                queryset = contribution.listing_queryset(queryset, self.request)
        return queryset

    def get_base_queryset(self):
        # Once per request: the serializer context asks for it again, and each build
        # reads the view restrictions.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset

    def get_serializer_context(self):
        # Wagtail's adds the base queryset at once, reading the view restrictions; only
        # a page's `parent` field uses it (details), so it is built when that field asks.
        context = BaseAPIViewSet.get_serializer_context(self)
        context["base_queryset"] = SimpleLazyObject(self.get_base_queryset)
        return context

    def requested_page_type(self):
        """The one page model `?type=` names, or None (Wagtail answers the rest)."""
        try:
            models = page_models_from_string(self.request.GET.get("type") or "")
        except (LookupError, ValueError):
            return None
        return models[0] if len(models) == 1 else None

    def get_serializer_class(self):
        # Built once per request: paginate_queryset() reads its fields too.
        if not hasattr(self, "_serializer_class"):
            self._serializer_class = super().get_serializer_class()
        return self._serializer_class

    def paginate_queryset(self, queryset):
        objects = super().paginate_queryset(queryset)
        share_site_root_paths(objects, self.request)
        fields = set(self.get_serializer_class().Meta.fields)
        if "social_image" in fields:
            prefetch_page_images(objects, "social_image")
        for contribution in self.contributions:
            pages = [obj for obj in objects if isinstance(obj, contribution.model)]
            if pages:
                contribution.prefetch_page(pages, fields, self)
        return objects


def prefetch_page_images(pages, field):
    """The images in `field` of a page of results, with their API renditions, at once."""
    images = get_image_model().objects.prefetch_renditions(*RENDITION_SPECS.values())
    prefetch_related_objects(pages, Prefetch(field, queryset=images))


def pages_endpoint(*contributions):
    """The pages endpoint class for a site whose apps contribute `contributions`."""
    known = {name for c in contributions for name in c.parameters}
    return type(
        "SitePagesAPIViewSet",
        (SitePagesAPIViewSet,),
        {
            "contributions": tuple(contributions),
            "known_query_parameters": PagesAPIViewSet.known_query_parameters | known,
            "__doc__": SitePagesAPIViewSet.__doc__,
        },
    )
