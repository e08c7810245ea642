"""What the resource library adds to the site's v2 pages endpoint.

/api/v2/pages/?type=resources.ResourcePage accepts, besides Wagtail's own parameters:

- ``topic``: the slug of a topic (a tag of resource pages);
- ``resource_type``: ``guide``, ``toolkit`` or ``policy``.

A listing prefetches reviewers (with photo renditions), topics and documents, and the
bodies' images, documents and links when ``body`` is requested, so its query count
does not grow with `limit`.
"""

from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.utils import BadRequestError

from core.api.pages import PageTypeAPI, query_slug
from core.blocks.api import PHOTO_RENDITION_SPECS, RENDITION_SPECS
from core.prefetch import prefetch_stream_content
from resources.models import ResourcePage, ResourcePageTag


class ResourcesAPI(PageTypeAPI):
    """Resource pages: filters by topic and type; A to Z by default."""

    model = ResourcePage
    parameters = ("topic", "resource_type")

    def filter_queryset(self, request, queryset):
        if "topic" in request.GET:
            slug = query_slug(request, "topic")
            if not ResourcePageTag.objects.filter(tag__slug=slug).exists():
                raise BadRequestError(f"unknown topic: {slug!r}")
            queryset = queryset.tagged(slug)
        if "resource_type" in request.GET:
            value = request.GET["resource_type"]
            if value not in ResourcePage.ResourceType.values:
                choices = ", ".join(ResourcePage.ResourceType.values)
                raise BadRequestError(
                    f"resource_type must be one of {choices}, not {value!r}"
                )
            queryset = queryset.filter(resource_type=value)
        return queryset

    def listing_queryset(self, queryset, request):
        queryset = queryset.for_listing(PHOTO_RENDITION_SPECS.values())
        if "order" not in request.GET:
            queryset = queryset.order_by("title", "pk")
        return queryset

    def prefetch_page(self, pages, fields, view):
        if "body" in fields:
            prefetch_stream_content(
                [page.body for page in pages],
                rendition_specs=RENDITION_SPECS.values(),
                expand_rich_text=(
                    view.resolve_rich_text_format() == APIRichText.FORMAT_HTML
                ),
            )
