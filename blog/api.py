"""API v2 pages endpoint with blog post filters and a listing of constant query count.

/api/v2/pages/?type=blog.BlogPage accepts, besides Wagtail's own parameters:

- ``tag``, ``author``, ``series``: the slug of a tag, author or series;
- ``date_after``, ``date_before``: ISO dates (YYYY-MM-DD), both inclusive.

A malformed or unknown value is a 400 with a JSON ``message``, never an empty list.
"""

import re
from collections import defaultdict

from django.conf import settings
from django.utils.dateparse import parse_date

from taggit.models import Tag
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.images.models import AbstractImage
from wagtail.rich_text import RichText, expand_db_html
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.utils import parse_query_string

from rest_framework.filters import BaseFilterBackend

from blog.models import BlogPage, Series
from blog.serializers import API_RENDITION_SPECS
from core.blocks.api import RENDITION_SPECS
from core.models import Author

SEPARATOR = "\x00"
SLUG = re.compile(r"^[-\w]{1,255}$")
SEARCH_MAX_LENGTH = 255
# Offsets past this would overflow the database's integer types; no listing is this long.
OFFSET_MAX = 2**31 - 1


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
        if not SLUG.match(slug):
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

    def paginate_queryset(self, queryset):
        objects = super().paginate_queryset(queryset)
        posts = [obj for obj in objects if isinstance(obj, BlogPage)]
        if posts:
            BlogPage.prefetch_series_neighbours(posts)
            prefetch_stream_content(
                [post.body for post in posts], self.resolve_rich_text_format()
            )
        return objects


# Body prefetching. Wagtail converts each page's StreamField on its own, so a listing
# of posts would fetch the images of each body, and expand the links in each paragraph,
# with queries of its own. Converting the bodies of the whole page of results together
# keeps the listing's query count the same however many posts it holds.


def prefetch_stream_content(stream_values, rich_text_format):
    """Load what many StreamField values refer to with a few queries for all of them.

    Blocks are converted type by type across all the values (so the images of every
    body come in one query), renditions of their images are prefetched, and, for the
    `html` rich text format, the internal links of all their rich text are expanded in
    one pass (the API's own expansion then finds nothing left to look up).
    """
    _bulk_convert(stream_values)
    rich_texts, images = [], []
    for value in stream_values:
        _collect(value, rich_texts, images)
    _prefetch_renditions(images)
    if rich_text_format == APIRichText.FORMAT_HTML:
        _expand_together(rich_texts)


def _bulk_convert(stream_values):
    # StreamValue converts its raw data lazily, one block type at a time
    # (StreamValue._prefetch_blocks); this does the same across many values.
    pending = defaultdict(list)
    for value in stream_values:
        if not value.is_lazy:
            continue
        for position, raw in enumerate(value._raw_data):
            if value._bound_blocks[position] is None:
                child_block = value.stream_block.child_blocks[raw["type"]]
                pending[id(child_block)].append((child_block, value, position))
    for items in pending.values():
        child_block = items[0][0]
        converted = child_block.bulk_to_python(
            [value._raw_data[position]["value"] for _, value, position in items]
        )
        for (_, value, position), native in zip(items, converted, strict=True):
            value._bound_blocks[position] = StreamValue.StreamChild(
                child_block, native, id=value._raw_data[position].get("id")
            )


def _collect(value, rich_texts, images):
    """Gather the RichText values and images inside a block value, however nested."""
    if isinstance(value, RichText):
        rich_texts.append(value)
    elif isinstance(value, AbstractImage):
        images.append(value)
    elif isinstance(value, StreamValue):
        for child in value:
            _collect(child.value, rich_texts, images)
    elif isinstance(value, dict):
        for child in value.values():
            _collect(child, rich_texts, images)
    elif isinstance(value, (ListValue, list, tuple)):
        for child in value:
            _collect(child, rich_texts, images)


def _prefetch_renditions(images):
    images = [image for image in images if not hasattr(image, "prefetched_renditions")]
    if not images:
        return
    rendition_model = images[0].get_rendition_model()
    renditions = defaultdict(list)
    for rendition in rendition_model.objects.filter(
        image__in={image.pk for image in images},
        filter_spec__in=RENDITION_SPECS.values(),
    ):
        renditions[rendition.image_id].append(rendition)
    for image in images:
        image.prefetched_renditions = renditions[image.pk]


def _expand_together(rich_texts):
    # One expansion of all the sources, split again on a character rich text never
    # holds, resolves every page and document link with one query per link type.
    sources = [rich_text.source or "" for rich_text in rich_texts]
    if not sources or any(SEPARATOR in source for source in sources):
        return
    expanded = expand_db_html(SEPARATOR.join(sources)).split(SEPARATOR)
    if len(expanded) == len(rich_texts):
        for rich_text, html in zip(rich_texts, expanded, strict=True):
            rich_text.source = html
