"""The events index at /events/: upcoming events soonest first, then past ones."""

from django.core.paginator import Paginator
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from core.pages import SocialImageMixin
from core.pagination import narrow_slices
from events.calendars import calendar_response, index_calendar
from events.models.base import EventPage


class EventIndexPage(RoutablePageMixin, SocialImageMixin, Page):
    """Every summit and webinar, filterable by kind, with a calendar feed."""

    introduction = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    api_fields = [APIField("introduction")] + SocialImageMixin.social_api_fields

    parent_page_types = ["site_pages.HomePage"]
    subpage_types = ["events.SummitPage", "events.WebinarPage"]
    max_count_per_parent = 1
    page_description = "The list of events. There is one per site, at /events/."

    events_per_page = 10

    class Meta:
        verbose_name = "events index"

    def get_summary(self):
        return self.introduction

    def get_events(self):
        """This index's live, public events (as EventPage rows)."""
        return EventPage.objects.child_of(self).published()

    @path("", name="events")
    def events_route(self, request):
        """One page of events: ?kind=summit|webinar, ?page=N (junk gives page 1)."""
        from events.models import EVENT_KINDS

        kind = request.GET.get("kind")
        events = self.get_events()
        if kind in EVENT_KINDS:
            events = events.of_kind(kind)
        else:
            kind = None
        paginator = Paginator(
            narrow_slices(events.for_index().specific()), self.events_per_page
        )
        page = paginator.get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "events": page,
                "kind": kind,
                "kinds": [
                    (name, model._meta.verbose_name_plural)
                    for name, model in EVENT_KINDS.items()
                ],
                "page_range": paginator.get_elided_page_range(
                    page.number, on_each_side=2, on_ends=1
                ),
            },
        )

    @re_path(r"^calendar\.ics/?$", name="calendar_ics")
    def calendar_ics(self, request):
        """Upcoming summits (each as one event) and webinars."""
        events = self.get_events().upcoming().soonest_first().specific()
        return calendar_response(index_calendar(self, events, request), "events.ics")
