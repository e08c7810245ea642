"""What events add to the site's v2 pages endpoint.

/api/v2/pages/?type=events.EventPage (every event), events.SummitPage or
events.WebinarPage accepts, besides Wagtail's own parameters:

- ``upcoming``: ``true`` for events that have not ended, ``false`` for past ones;
- ``date_after``, ``date_before``: ISO dates (YYYY-MM-DD), both inclusive, matching
  events that overlap the range;
- ``kind``: ``summit`` or ``webinar``.

Unless ``order`` is given, upcoming events come first (soonest first), then past ones
(newest first), as on /events/. A page of summits prefetches days, sessions, speakers
(with photo renditions), tiers and hotels; a page of webinars its presenters: the
query count does not grow with ``limit``.
"""

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.api.v2.utils import BadRequestError
from wagtail.images import get_image_model

from core.api.pages import PageTypeAPI, query_boolean, query_date_range
from core.blocks.api import PHOTO_RENDITION_SPECS
from events.models import EVENT_KINDS, EventPage, SummitPage, WebinarPage
from events.models.summit import programme_prefetches

SUMMIT_FIELDS = {"days", "pricing_tiers", "hotels"}


class EventsAPI(PageTypeAPI):
    """Summits and webinars: filters by time and kind; upcoming first by default."""

    model = EventPage
    parameters = ("upcoming", "date_after", "date_before", "kind")

    def filter_queryset(self, request, queryset):
        upcoming = query_boolean(request, "upcoming")
        if upcoming is not None:
            queryset = queryset.upcoming() if upcoming else queryset.past()
        date_after, date_before = query_date_range(request)
        queryset = queryset.between(date_after, date_before)
        if "kind" in request.GET:
            kind = request.GET["kind"]
            if kind not in EVENT_KINDS:
                raise BadRequestError(
                    f"kind must be one of {', '.join(EVENT_KINDS)}, not {kind!r}"
                )
            queryset = queryset.of_kind(kind)
        return queryset

    def listing_queryset(self, queryset, request):
        queryset = queryset.select_related("locale")
        if "order" not in request.GET:
            queryset = queryset.for_index()
        return queryset

    def prefetch_page(self, pages, fields, view):
        summits = [page for page in pages if isinstance(page, SummitPage)]
        if summits and fields & SUMMIT_FIELDS:
            prefetch_related_objects(summits, *programme_prefetches())
        webinars = [page for page in pages if isinstance(page, WebinarPage)]
        if webinars and "presenters" in fields:
            photos = get_image_model().objects.prefetch_renditions(
                *PHOTO_RENDITION_SPECS.values()
            )
            prefetch_related_objects(
                webinars,
                "webinar_presenters__author",
                Prefetch("webinar_presenters__author__photo", queryset=photos),
            )
