"""What the blog adds to the site's v2 pages endpoint.

/api/v2/pages/?type=blog.BlogPage accepts, besides Wagtail's own parameters:

- ``tag``, ``author``, ``series``: the slug of a tag, author or series;
- ``date_after``, ``date_before``: ISO dates (YYYY-MM-DD), both inclusive.

A listing of posts prefetches authors (with photo renditions), tags, series, feed
images and approved-comment counts, so its query count does not grow with `limit`.
"""

from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.utils import BadRequestError

from blog.models import BlogPage, Series
from blog.serializers import API_RENDITION_SPECS
from core.api.pages import PageTypeAPI, query_date_range, query_slug
from core.blocks.api import RENDITION_SPECS
from core.models import Author
from core.prefetch import prefetch_stream_content


def find_by_slug(request, queryset, parameter):
    slug = query_slug(request, parameter)
    found = queryset.filter(slug=slug).first()
    if found is None:
        raise BadRequestError(f"unknown {parameter}: {slug!r}")
    return found


class BlogPostsAPI(PageTypeAPI):
    """Blog posts: filters by tag, author, series and date; newest first by default."""

    model = BlogPage
    parameters = ("tag", "author", "series", "date_after", "date_before")

    def filter_queryset(self, request, queryset):
        if "tag" in request.GET:
            # Only tags that published posts carry: a draft's tag is an unknown tag.
            tags = BlogPage.objects.published().tags_in_use()
            queryset = queryset.tagged(find_by_slug(request, tags, "tag").slug)
        if "author" in request.GET:
            queryset = queryset.by_author(
                find_by_slug(request, Author.objects, "author")
            )
        if "series" in request.GET:
            queryset = queryset.filter(
                series=find_by_slug(request, Series.objects, "series")
            )
        date_after, date_before = query_date_range(request)
        if date_after:
            queryset = queryset.filter(date__gte=date_after)
        if date_before:
            queryset = queryset.filter(date__lte=date_before)
        return queryset

    def listing_queryset(self, queryset, request):
        queryset = queryset.for_listing(API_RENDITION_SPECS)
        if "order" not in request.GET:
            queryset = queryset.newest_first()
        return queryset

    def prefetch_page(self, pages, fields, view):
        if fields & {"previous_in_series", "next_in_series"}:
            BlogPage.prefetch_series_neighbours(pages)
        if "body" in fields:
            prefetch_stream_content(
                [post.body for post in pages],
                rendition_specs=RENDITION_SPECS.values(),
                expand_rich_text=(
                    view.resolve_rich_text_format() == APIRichText.FORMAT_HTML
                ),
            )
