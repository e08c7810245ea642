"""What every event page shares: its time zone, its bounds in time and their queries."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Value, When
from django.utils import timezone

from wagtail.api import APIField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.pages import SocialImageMixin
from events.serializers import KindField, LocalTimeField, StatusField


def validate_time_zone(value):
    """Refuse anything that is not an IANA time zone name known to zoneinfo."""
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            "%(value)s is not an IANA time zone name, such as America/Chicago.",
            params={"value": value},
        )


class EventPageQuerySet(PageQuerySet):
    """Events as readers see them; upcoming and past are read from the clock."""

    def published(self):
        return self.live().public()

    def upcoming(self, now=None):
        """Events that have not ended yet (including those happening now)."""
        return self.filter(ends_at__gt=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lte=now or timezone.now())

    def soonest_first(self):
        return self.order_by("starts_at", "pk")

    def newest_first(self):
        return self.order_by("-starts_at", "-pk")

    def for_index(self, now=None):
        """Upcoming events soonest first, then past events newest first."""
        past = models.Q(ends_at__lte=now or timezone.now())
        return self.alias(
            ended=Case(When(past, then=Value(1)), default=Value(0)),
            upcoming_start=Case(When(past, then=None), default=F("starts_at")),
            past_start=Case(When(past, then=F("starts_at")), default=None),
        ).order_by(
            "ended",
            F("upcoming_start").asc(nulls_last=True),
            F("past_start").desc(nulls_last=True),
            "pk",
        )

    def of_kind(self, kind):
        """Only summits or only webinars (`kind` is one of EVENT_KINDS)."""
        from events.models import EVENT_KINDS

        return self.type(EVENT_KINDS[kind])

    def between(self, date_after=None, date_before=None):
        """Events that overlap an inclusive range of dates (UTC days)."""
        if date_after:
            start = datetime.datetime.combine(
                date_after, datetime.time.min, datetime.UTC
            )
            self = self.filter(ends_at__gt=start)
        if date_before:
            end = datetime.datetime.combine(
                date_before + datetime.timedelta(days=1),
                datetime.time.min,
                datetime.UTC,
            )
            self = self.filter(starts_at__lt=end)
        return self


class EventPage(SocialImageMixin, Page):
    """A summit or a webinar: the shared table that listings and calendars query."""

    time_zone = models.CharField(
        max_length=64,
        default="America/New_York",
        validators=[validate_time_zone],
        help_text="IANA time zone name where the event takes place, "
        "e.g. America/Chicago. Times are entered and shown in this zone.",
    )
    # Both bounds are kept up to date by each event type's save(), from what editors
    # enter (a webinar's start and duration, a summit's dates and sessions).
    starts_at = models.DateTimeField(null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(null=True, editable=False, db_index=True)

    search_fields = Page.search_fields + [
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]

    api_fields = [
        APIField("kind", serializer=KindField()),
        APIField("status", serializer=StatusField()),
        APIField("time_zone"),
        APIField("starts_at", serializer=LocalTimeField()),
        APIField("ends_at", serializer=LocalTimeField()),
        *SocialImageMixin.social_api_fields,
    ]

    objects = PageManager.from_queryset(EventPageQuerySet)()

    is_creatable = False
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"

    event_kind = None  # "summit" or "webinar" on the page types readers see

    @property
    def kind(self):
        """summit or webinar, known without loading the specific page."""
        return self.specific_class.event_kind if self.specific_class else None

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def localize(self, value):
        """`value` (aware) in the event's own time zone."""
        return value.astimezone(self.zone) if value else value

    def local_datetime(self, date, time):
        """An aware datetime from a date and wall-clock time in the event's zone."""
        return datetime.datetime.combine(date, time, tzinfo=self.zone)

    def status(self, now=None):
        """upcoming, live or past, from the clock."""
        now = now or timezone.now()
        if self.starts_at is None or now < self.starts_at:
            return "upcoming"
        if self.ends_at is None or now < self.ends_at:
            return "live"
        return "past"

    @property
    def is_upcoming(self):
        return self.status() == "upcoming"

    @property
    def is_live(self):
        return self.status() == "live"

    @property
    def is_past(self):
        return self.status() == "past"

    def sync_bounds(self):
        """Set starts_at and ends_at from the event's own fields."""

    def get_context(self, request, *args, **kwargs):
        # A preview renders fields that were never saved: derive the bounds first.
        self.sync_bounds()
        return super().get_context(request, *args, **kwargs)

    def save(self, *args, **kwargs):
        self.sync_bounds()
        return super().save(*args, **kwargs)
