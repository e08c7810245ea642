"""The Summit: its days and sessions, speakers, pricing tiers and partner hotels."""

import datetime
from decimal import Decimal

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.http import JsonResponse
from django.utils import timezone

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks.api import PHOTO_RENDITION_SPECS
from core.blocks.streams import BaseStreamBlock
from events.calendars import calendar_response, summit_calendar
from events.forms import SummitPageForm
from events.models.base import EventPage
from events.schedule import frab_schedule
from events.serializers import (
    DaysField,
    HotelsField,
    PricingField,
    VenueField,
)
from events.structured_data import summit_event


def programme_prefetches():
    """What a summit's page, exports and API read: days, sessions, speakers (with
    their photo renditions), tiers and hotels."""
    photos = get_image_model().objects.prefetch_renditions(
        *PHOTO_RENDITION_SPECS.values()
    )
    return (
        "days__sessions__session_speakers__author",
        Prefetch("days__sessions__session_speakers__author__photo", queryset=photos),
        "pricing_tiers",
        "hotels",
    )


currency_code = RegexValidator(
    r"^[A-Z]{3}\Z", "Use a three-letter ISO 4217 currency code, such as USD."
)


class PricingTier(Orderable):
    """A way to attend the summit, with its prices and seats."""

    summit = ParentalKey(
        "events.SummitPage", related_name="pricing_tiers", on_delete=models.CASCADE
    )
    name = models.CharField(max_length=120, help_text="e.g. Full Summit (both days)")
    price = models.DecimalField(
        max_digits=8, decimal_places=2, validators=[MinValueValidator(Decimal(0))]
    )
    currency = models.CharField(
        max_length=3, default="USD", validators=[currency_code], help_text="ISO 4217"
    )
    member_price = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
        help_text="For members of the Network; blank when members pay the full price.",
    )
    early_bird_price = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    early_bird_deadline = models.DateField(
        null=True, blank=True, help_text="Last day of the early-bird price."
    )
    included = models.TextField(
        blank=True, max_length=1000, help_text="What the price includes."
    )
    capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text="Seats available; blank for unlimited."
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("currency")]),
        FieldRowPanel([FieldPanel("price"), FieldPanel("member_price")]),
        FieldRowPanel(
            [FieldPanel("early_bird_price"), FieldPanel("early_bird_deadline")]
        ),
        FieldPanel("included"),
        FieldPanel("capacity"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "pricing tier"

    def __str__(self):
        return self.name

    def early_bird_open(self, today=None):
        today = today or timezone.localdate()
        return bool(
            self.early_bird_price is not None
            and self.early_bird_deadline
            and today <= self.early_bird_deadline
        )


class Hotel(Orderable):
    """A partner hotel with its special room rate."""

    summit = ParentalKey(
        "events.SummitPage", related_name="hotels", on_delete=models.CASCADE
    )
    name = models.CharField(max_length=120)
    address = models.CharField(max_length=255, blank=True)
    booking_url = models.URLField(blank=True, verbose_name="room-rate booking link")
    rate = models.CharField(max_length=80, blank=True, help_text="e.g. $139 per night")
    booking_cutoff = models.DateField(
        null=True, blank=True, help_text="Last day to book at this rate."
    )
    note = models.CharField(max_length=255, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("booking_url"),
        FieldRowPanel([FieldPanel("rate"), FieldPanel("booking_cutoff")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "hotel"

    def __str__(self):
        return self.name


class SummitPage(RoutablePageMixin, EventPage):
    """A yearly Summit: where and when, the programme day by day, prices and hotels."""

    tagline = models.CharField(max_length=200, blank=True)
    start_date = models.DateField(help_text="First day of the summit.")
    end_date = models.DateField(help_text="Last day of the summit.")
    venue_name = models.CharField(
        max_length=120, blank=True, help_text="e.g. The Doubletree"
    )
    street_address = models.CharField(max_length=255, blank=True)
    city = models.CharField(max_length=80, blank=True)
    region = models.CharField(max_length=80, blank=True, help_text="State or province")
    postal_code = models.CharField(max_length=20, blank=True)
    country = models.CharField(
        max_length=2, default="US", help_text="ISO 3166 country code, e.g. US"
    )
    map_url = models.URLField(blank=True, help_text="A link to the venue on a map.")
    description = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)
    registration_open = models.BooleanField(default=False)
    registration_closes_at = models.DateTimeField(
        null=True, blank=True, help_text="Registration closes automatically then."
    )

    content_panels = EventPage.content_panels + [
        FieldPanel("tagline"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("time_zone"),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel(
                    [
                        FieldPanel("city"),
                        FieldPanel("region"),
                        FieldPanel("postal_code"),
                    ]
                ),
                FieldPanel("country"),
                FieldPanel("map_url"),
            ],
            heading="Venue",
        ),
        FieldPanel("description"),
        InlinePanel("days", label="Programme days", heading="Programme"),
        InlinePanel("pricing_tiers", label="Pricing tiers", heading="Pricing"),
        InlinePanel("hotels", label="Hotels", heading="Hotels"),
        MultiFieldPanel(
            [FieldPanel("registration_open"), FieldPanel("registration_closes_at")],
            heading="Registration",
        ),
    ]
    promote_panels = EventPage.promote_panels + EventPage.social_panels

    search_fields = EventPage.search_fields + [
        index.SearchField("tagline"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.RelatedFields("days", [index.SearchField("title")]),
    ]

    api_fields = EventPage.api_fields + [
        APIField("tagline"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("venue", serializer=VenueField()),
        APIField("description"),
        APIField("days", serializer=DaysField()),
        APIField("pricing_tiers", serializer=PricingField()),
        APIField("hotels", serializer=HotelsField()),
        APIField("registration_open"),
        APIField("registration_closes_at"),
    ]

    base_form_class = SummitPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    page_description = "A Summit: dates, venue, programme, pricing and hotels."

    event_kind = "summit"

    class Meta:
        verbose_name = "summit"

    def get_summary(self):
        return self.tagline

    def sync_bounds(self):
        """From the first session of the first day to the last session of the last.

        A summit without sessions spans its dates from midnight to midnight."""
        if not (self.start_date and self.end_date):
            return
        sessions = [
            (day.date, session)
            for day in self.days.all()
            for session in day.sessions.all()
            if day.date and session.start_time and session.end_time
        ]
        first = [s.start_time for d, s in sessions if d == self.start_date]
        last = [s.end_time for d, s in sessions if d == self.end_date]
        self.starts_at = self.local_datetime(
            self.start_date, min(first) if first else datetime.time.min
        )
        if last:
            self.ends_at = self.local_datetime(self.end_date, max(last))
        else:
            self.ends_at = self.local_datetime(
                self.end_date + datetime.timedelta(days=1), datetime.time.min
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):
            self.prefetch_programme()
        context["structured_data"] = summit_event(self, request)
        return context

    def prefetch_programme(self):
        """Days, sessions, speakers (with photo renditions), tiers and hotels at once."""
        prefetch_related_objects([self], *programme_prefetches())

    def registration_is_open(self, now=None):
        """Open when editors opened it, before the closing time and before the end."""
        now = now or timezone.now()
        if not self.registration_open:
            return False
        if self.registration_closes_at and now >= self.registration_closes_at:
            return False
        return not (self.ends_at and now >= self.ends_at)

    @property
    def address_line(self):
        parts = [
            self.street_address,
            self.city,
            " ".join(filter(None, [self.region, self.postal_code])),
        ]
        return ", ".join(part for part in parts if part)

    def sessions(self):
        """Every session in programme order, with its day."""
        return [session for day in self.days.all() for session in day.sessions.all()]

    @re_path(r"^register/$", name="register")
    def register(self, request):
        """Readers post the registration form here; see events.registration.views."""
        # Imported here because events.registration builds on these models.
        from events.registration.views import register_view

        return register_view(request, self)

    # Exports

    @re_path(r"^schedule\.ics/?$", name="schedule_ics")
    def schedule_ics(self, request):
        self.prefetch_programme()
        return calendar_response(summit_calendar(self, request), f"{self.slug}.ics")

    @re_path(r"^schedule\.json/?$", name="schedule_json")
    def schedule_json(self, request):
        self.prefetch_programme()
        return JsonResponse(
            frab_schedule(self, request), json_dumps_params={"indent": 1}
        )
