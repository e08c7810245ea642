"""Webinars: one online session with presenters, and its recording once it has run."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks.streams import BaseStreamBlock
from events.calendars import calendar_response, webinar_calendar
from events.models.base import EventPage
from events.serializers import SpeakersField
from events.structured_data import webinar_event


class WebinarPresenter(Orderable):
    """One presenter of a webinar, in the order they are announced."""

    page = ParentalKey(
        "events.WebinarPage",
        related_name="webinar_presenters",
        on_delete=models.CASCADE,
    )
    author = models.ForeignKey(
        "core.Author", related_name="webinar_links", on_delete=models.CASCADE
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = "presenter"


class WebinarPage(RoutablePageMixin, EventPage):
    """An online session at a set time, with its registration link and later its recording."""

    date = models.DateField()
    start_time = models.TimeField(
        help_text="Wall-clock time in the webinar's time zone."
    )
    duration = models.PositiveIntegerField(
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(24 * 60)],
        help_text="In minutes.",
    )
    abstract = models.TextField(
        blank=True, max_length=1000, help_text="A short summary for listings."
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)
    registration_url = models.URLField(
        blank=True, help_text="Where readers sign up; shown until the webinar starts."
    )
    recording = StreamField(
        [("embed", EmbedBlock(help_text="A YouTube or Vimeo address"))],
        blank=True,
        max_num=1,
        use_json_field=True,
        help_text="Shown once the webinar has run.",
    )
    recording_url = models.URLField(
        blank=True, help_text="A link to the recording, when it cannot be embedded."
    )

    content_panels = EventPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("date"),
                        FieldPanel("start_time"),
                        FieldPanel("duration"),
                    ]
                ),
                FieldPanel("time_zone"),
            ],
            heading="When",
        ),
        InlinePanel("webinar_presenters", label="Presenters", heading="Presenters"),
        FieldPanel("abstract"),
        FieldPanel("body"),
        FieldPanel("registration_url"),
        MultiFieldPanel(
            [FieldPanel("recording"), FieldPanel("recording_url")],
            heading="Recording",
        ),
    ]
    promote_panels = EventPage.promote_panels + EventPage.social_panels

    search_fields = EventPage.search_fields + [
        index.SearchField("abstract"),
        index.SearchField("body"),
        index.RelatedFields(
            "webinar_presenters",
            [index.RelatedFields("author", [index.SearchField("name")])],
        ),
    ]

    api_fields = EventPage.api_fields + [
        APIField("duration"),
        APIField("presenters", serializer=SpeakersField()),
        APIField("abstract"),
        APIField("body"),
        APIField("registration_url"),
        APIField("recording"),
        APIField("recording_url"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    page_description = "A webinar: when, who presents, how to register, the recording."

    event_kind = "webinar"

    class Meta:
        verbose_name = "webinar"

    def get_summary(self):
        return self.abstract

    def sync_bounds(self):
        if self.date and self.start_time:
            self.starts_at = self.local_datetime(self.date, self.start_time)
            self.ends_at = self.starts_at + datetime.timedelta(
                minutes=self.duration or 0
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["status"] = self.status()
        context["structured_data"] = webinar_event(self, request)
        return context

    def presenters(self):
        return [link.author for link in self.webinar_presenters.all()]

    @re_path(r"^event\.ics/?$", name="event_ics")
    def event_ics(self, request):
        return calendar_response(webinar_calendar(self, request), f"{self.slug}.ics")
