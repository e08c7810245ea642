"""API v2 pages endpoint with blog post filters and a listing of constant query count.

/api/v2/pages/?type=blog.BlogPage accepts, besides Wagtail's own parameters:

- ``tag``, ``author``, ``series``: the slug of a tag, author or series;
- ``date_after``, ``date_before``: ISO dates (YYYY-MM-DD), both inclusive.

A malformed or unknown value is a 400 with a JSON ``message``, never an empty list.
"""

import re

from django.utils.dateparse import parse_date

from taggit.models import Tag
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from rest_framework.filters import BaseFilterBackend

from blog.models import BlogPage, Series
from blog.prefetch import prefetch_stream_content
from blog.serializers import API_RENDITION_SPECS
from core.api import BoundedPagination, BoundedSearchFilter
from core.blocks.api import RENDITION_SPECS
from core.models import Author

SLUG = re.compile(r"[-\w]{1,255}")


class BlogPostFilter(BaseFilterBackend):
    """Narrows blog posts by tag, author or series slug and by publication date."""

    parameters = ("tag", "author", "series", "date_after", "date_before")

    def filter_queryset(self, request, queryset, view):
        given = {
            name: request.GET[name] for name in self.parameters if name in request.GET
        }
        if not given:
            return queryset
        if not issubclass(queryset.model, BlogPage):
            raise BadRequestError(
                f"{', '.join(sorted(given))} only filter blog posts: add type=blog.BlogPage"
            )
        if "tag" in given:
            tag = self.find(Tag, "tag", given["tag"])
            queryset = queryset.tagged(tag.slug)
        if "author" in given:
            queryset = queryset.by_author(self.find(Author, "author", given["author"]))
        if "series" in given:
            queryset = queryset.filter(
                series=self.find(Series, "series", given["series"])
            )
        date_after = self.date(given, "date_after")
        date_before = self.date(given, "date_before")
        if date_after and date_before and date_after > date_before:
            raise BadRequestError("date_after cannot be later than date_before")
        if date_after:
            queryset = queryset.filter(date__gte=date_after)
        if date_before:
            queryset = queryset.filter(date__lte=date_before)
        return queryset

    @staticmethod
    def find(model, parameter, slug):
        if not SLUG.fullmatch(slug):
            raise BadRequestError(f"{parameter} must be a slug, not {slug!r}")
        found = model.objects.filter(slug=slug).first()
        if found is None:
            raise BadRequestError(f"unknown {parameter}: {slug!r}")
        return found

    @staticmethod
    def date(given, parameter):
        if parameter not in given:
            return None
        value = given[parameter]
        try:
            date = parse_date(value) if len(value) == 10 else None
        except ValueError:
            date = None
        if date is None:
            raise BadRequestError(
                f"{parameter} must be a date as YYYY-MM-DD, not {value!r}"
            )
        return date


class SitePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; blog posts also filter by tag, author, series and date.

    A listing of blog posts prefetches authors (with photo renditions), tags, series,
    feed images and approved-comment counts, so its query count does not grow with
    `limit`.
    """

    pagination_class = BoundedPagination
    filter_backends = [
        FieldsFilter,
        BlogPostFilter,
        *[
            backend
            for backend in PagesAPIViewSet.filter_backends
            if backend not in (FieldsFilter, SearchFilter)
        ],
        BoundedSearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        BlogPostFilter.parameters
    )

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # `series` is filtered by slug in BlogPostFilter, not by id as a plain field.
            fields = [
                field for field in fields if field not in BlogPostFilter.parameters
            ]
        return fields

    def get_queryset(self):
        queryset = super().get_queryset()
        if issubclass(queryset.model, BlogPage):
            queryset = queryset.for_listing(API_RENDITION_SPECS)
            if "order" not in self.request.GET:
                queryset = queryset.newest_first()
        return queryset

    def get_serializer_class(self):
        # Built once per request: paginate_queryset() reads its fields too.
        if not hasattr(self, "_serializer_class"):
            self._serializer_class = super().get_serializer_class()
        return self._serializer_class

    def paginate_queryset(self, queryset):
        objects = super().paginate_queryset(queryset)
        posts = [obj for obj in objects if isinstance(obj, BlogPage)]
        if not posts:
            return objects
        # Load, for the whole page of posts at once, what the requested fields show.
        fields = set(self.get_serializer_class().Meta.fields)
        if fields & {"previous_in_series", "next_in_series"}:
            BlogPage.prefetch_series_neighbours(posts)
        if "body" in fields:
            prefetch_stream_content(
                [post.body for post in posts],
                rendition_specs=RENDITION_SPECS.values(),
                expand_rich_text=(
                    self.resolve_rich_text_format() == APIRichText.FORMAT_HTML
                ),
            )
        return objects
