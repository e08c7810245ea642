"""The events app's page types: the index, summits and webinars."""

from events.models.base import EventPage, validate_time_zone
from events.models.index import EventIndexPage
from events.models.programme import SESSION_KINDS, Session, SessionSpeaker, SummitDay
from events.models.registration import Registration
from events.models.summit import Hotel, PricingTier, SummitPage
from events.models.webinar import WebinarPage, WebinarPresenter

# The kinds of event readers filter by (?kind=) and the API reports.
EVENT_KINDS = {"summit": SummitPage, "webinar": WebinarPage}

__all__ = [
    "EVENT_KINDS",
    "SESSION_KINDS",
    "EventIndexPage",
    "EventPage",
    "Hotel",
    "PricingTier",
    "Registration",
    "Session",
    "SessionSpeaker",
    "SummitDay",
    "SummitPage",
    "WebinarPage",
    "WebinarPresenter",
    "validate_time_zone",
]
