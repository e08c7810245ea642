"""Factories for events: the index, summits with their programme, and webinars.

A summit's programme is built in memory and saved with the page, as the editor does:
`SummitPageFactory(days=[day(date, "Title", session("09:00", "10:00", "Talk"))])`.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories

from events.models import (
    EventIndexPage,
    Hotel,
    PricingTier,
    Session,
    SessionSpeaker,
    SummitDay,
    SummitPage,
    WebinarPage,
    WebinarPresenter,
)
from tests.factories.site_pages import home_or_new


def event_index_or_new():
    """The existing events index, or a new one under the home page."""
    return EventIndexPage.objects.first() or EventIndexPageFactory()


def clock(value):
    return datetime.time.fromisoformat(value) if isinstance(value, str) else value


def session(start, end, title, room="", kind="workshop", speakers=(), abstract=""):
    """An unsaved session from "HH:MM" times, with speakers (core.Author) in order."""
    return Session(
        start_time=clock(start),
        end_time=clock(end),
        title=title,
        room=room,
        kind=kind,
        abstract=abstract,
        session_speakers=[SessionSpeaker(author=author) for author in speakers],
    )


def day(date, title, *sessions):
    """An unsaved programme day holding `sessions`."""
    return SummitDay(date=date, title=title, sessions=list(sessions))


def tier(name="Full Summit", price="595.00", **fields):
    """An unsaved pricing tier."""
    return PricingTier(name=name, price=Decimal(price), **fields)


def hotel(name="The Doubletree", **fields):
    """An unsaved partner hotel."""
    fields.setdefault("booking_url", "https://example.org/book/")
    return Hotel(name=name, **fields)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    """The live events index at /events/, by default under the home page."""

    title = "Events"
    slug = "events"
    introduction = "The Summit and the Network's webinars."
    parent = factory.LazyFunction(home_or_new)

    class Meta:
        model = EventIndexPage


class SummitPageFactory(wagtail_factories.PageFactory):
    """A live summit in Rochester, MN (America/Chicago), June 15–16, 2015.

    Pass `days=[day(...)]`, `pricing_tiers=[tier(...)]`, `hotels=[hotel(...)]`."""

    title = factory.Sequence(lambda n: f"Summit {2015 + n}")
    tagline = "Join us in Rochester this June"
    time_zone = "America/Chicago"
    start_date = datetime.date(2015, 6, 15)
    end_date = datetime.date(2015, 6, 16)
    venue_name = "The Doubletree"
    street_address = "150 South Broadway"
    city = "Rochester"
    region = "MN"
    postal_code = "55904"
    country = "US"
    map_url = "https://www.openstreetmap.org/search?query=Doubletree%20Rochester%20MN"
    registration_open = True
    parent = factory.LazyFunction(event_index_or_new)

    class Meta:
        model = SummitPage


class WebinarPageFactory(wagtail_factories.PageFactory):
    """A live webinar, June 24, 2015, 1–2 p.m. Eastern. Pass `presenters=[author]`."""

    title = factory.Sequence(lambda n: f"Webinar {n}")
    date = datetime.date(2015, 6, 24)
    start_time = datetime.time(13, 0)
    duration = 60
    time_zone = "America/New_York"
    abstract = "How to get physicians involved and engaged with social media."
    registration_url = "https://example.org/register/"
    parent = factory.LazyFunction(event_index_or_new)

    class Meta:
        model = WebinarPage

    @classmethod
    def _create(cls, model_class, *args, presenters=(), **kwargs):
        kwargs["webinar_presenters"] = [
            WebinarPresenter(author=author) for author in presenters
        ]
        return super()._create(model_class, *args, **kwargs)
