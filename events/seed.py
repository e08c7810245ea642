"""The 2015 Summit and the network's two webinars, in the seed page's words.

Where the 2015 page is silent (session times, rooms, prices, the internal
communications webinar's date) the values are plausible inventions, listed in
docs/editors.md. Existing pages are left as editors have them.
"""

import datetime
import logging
from decimal import Decimal

from core.seed import child_page, seed_person, stream
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

logger = logging.getLogger(__name__)

SUMMIT_SLUG = "summit-2015"
FEATURED_WEBINAR_SLUG = "internal-communications"

PEOPLE = {
    "lee-aase": {
        "name": "Lee Aase",
        "role": "Director, Mayo Clinic Center for Social Media",
        "organization": "Mayo Clinic",
    },
    "wendy-sue-swanson": {
        "honorific": "Dr.",
        "name": "Wendy Sue Swanson",
        "role": "Pediatrician and Chief of Digital Innovation",
        "organization": "Seattle Children's",
    },
    "libby-mitchell": {
        "name": "Libby Mitchell",
        "role": "Social Media Coordinator",
        "organization": "University of Utah Health Care",
    },
}

HOTELS = [
    {
        "name": "The Doubletree",
        "address": "150 South Broadway, Rochester, MN 55904",
        "booking_url": "https://www.hilton.com/en/hotels/rstmcdt-doubletree-rochester-mayo-clinic-area/",
        "note": "Summit venue. Special room rates for Summit guests.",
    },
    {
        "name": "The Hilton Garden Inn",
        "address": "225 South Broadway, Rochester, MN 55904",
        "booking_url": "https://www.hilton.com/en/hotels/rstdtgi-hilton-garden-inn-rochester-downtown/",
        "note": "Special room rates for Summit guests.",
    },
]

# (start, end, title, kind, room, speakers); times in America/Chicago.
JUNE_15 = [
    ("08:00", "08:30", "Registration and breakfast", "meal", "Foyer", []),
    (
        "08:30",
        "12:00",
        "Social Media Residency: strategy and platforms",
        "workshop",
        "Ballroom",
        ["lee-aase"],
    ),
    ("12:00", "13:00", "Lunch", "meal", "Foyer", []),
    (
        "13:00",
        "16:30",
        "Social Media Residency: hands-on practice",
        "workshop",
        "Ballroom",
        ["lee-aase"],
    ),
]
JUNE_16 = [
    ("08:00", "08:30", "Breakfast", "meal", "Foyer", []),
    ("08:30", "10:00", "Case studies", "case_study", "Ballroom", []),
    ("10:00", "10:15", "Break", "break", "Foyer", []),
    (
        "10:15",
        "11:45",
        "Collaborative problem-solving",
        "problem_solving",
        "Ballroom",
        [],
    ),
    ("11:45", "12:45", "Lunch", "meal", "Foyer", []),
    (
        "12:45",
        "14:15",
        "Personalized consultation",
        "consultation",
        "Breakout rooms",
        [],
    ),
    (
        "14:30",
        "15:30",
        "Social Media Grand Rounds",
        "keynote",
        "Ballroom",
        ["wendy-sue-swanson"],
    ),
]

TIERS = [
    {
        "name": "Full Summit (June 15–16)",
        "price": Decimal("695.00"),
        "member_price": Decimal("595.00"),
        "early_bird_price": Decimal("595.00"),
        "early_bird_deadline": datetime.date(2015, 5, 15),
        "included": "Social Media Residency, the Summit day, breakfasts and lunches.",
        "capacity": 150,
    },
    {
        "name": "Summit day (June 16)",
        "price": Decimal("395.00"),
        "member_price": Decimal("345.00"),
        "included": "Case studies, problem-solving, consultation and Grand Rounds; "
        "breakfast and lunch.",
        "capacity": 150,
    },
    {
        "name": "Social Media Residency (June 15)",
        "price": Decimal("395.00"),
        "member_price": Decimal("345.00"),
        "included": "A day of hands-on training; breakfast and lunch.",
        "capacity": 40,
    },
]

INTERNAL_COMMUNICATIONS = (
    "Is there more to internal communication than newsletters and messages “From the "
    "President?” Can social strategies and internal communications work together to create "
    "better employee engagement? The answer is yes!"
)


def sessions(rows, people):
    return [
        Session(
            start_time=datetime.time.fromisoformat(start),
            end_time=datetime.time.fromisoformat(end),
            title=title,
            kind=kind,
            room=room,
            session_speakers=[SessionSpeaker(author=people[slug]) for slug in speakers],
        )
        for start, end, title, kind, room, speakers in rows
    ]


def seed_summit(index, people):
    summit, _ = child_page(
        index,
        SummitPage,
        SUMMIT_SLUG,
        title="Summit 2015",
        tagline="We've completely redesigned our Summit! Join us in Rochester this June.",
        time_zone="America/Chicago",
        start_date=datetime.date(2015, 6, 15),
        end_date=datetime.date(2015, 6, 16),
        venue_name="The Doubletree",
        street_address="150 South Broadway",
        city="Rochester",
        region="MN",
        postal_code="55904",
        country="US",
        map_url="https://www.openstreetmap.org/search?query=150%20South%20Broadway%2C%20Rochester%2C%20MN",
        description=stream(
            (
                "paragraph",
                "<p>We've completely redesigned our Summit! Monday is the Social Media "
                "Residency; Tuesday brings case studies, collaborative problem-solving, "
                "personalized consultation and Social Media Grand Rounds.</p>",
            )
        ),
        registration_open=True,
        days=[
            SummitDay(
                date=datetime.date(2015, 6, 15),
                title="Social Media Residency",
                sessions=sessions(JUNE_15, people),
            ),
            SummitDay(
                date=datetime.date(2015, 6, 16),
                title="Case studies, collaborative problem-solving, personalized "
                "consultation, and Social Media Grand Rounds with Dr. Wendy Sue Swanson",
                sessions=sessions(JUNE_16, people),
            ),
        ],
        pricing_tiers=[PricingTier(currency="USD", **tier) for tier in TIERS],
        hotels=[Hotel(**hotel) for hotel in HOTELS],
    )
    return summit


def seed_webinars(index, people):
    physicians, _ = child_page(
        index,
        WebinarPage,
        "getting-physicians-involved",
        title="Getting Physicians Involved and Engaged With Social Media",
        time_zone="America/New_York",
        date=datetime.date(2015, 6, 24),
        start_time=datetime.time(13, 0),
        duration=60,
        abstract="Libby Mitchell, Social Media Coordinator at University of Utah "
        "Health Care, on getting physicians involved and engaged with social media.",
        webinar_presenters=[WebinarPresenter(author=people["libby-mitchell"])],
    )
    internal, _ = child_page(
        index,
        WebinarPage,
        FEATURED_WEBINAR_SLUG,
        title="Internal communications - Engaging and social news delivery strategies",
        time_zone="America/New_York",
        date=datetime.date(2015, 7, 22),
        start_time=datetime.time(13, 0),
        duration=60,
        abstract=INTERNAL_COMMUNICATIONS,
    )
    return physicians, internal


def seed_events(home):
    """/events/, the 2015 Summit and both webinars; returns the events index."""
    index, _ = child_page(
        home,
        EventIndexPage,
        "events",
        title="Events",
        show_in_menus=True,
        introduction="The Summit and the Network's webinars.",
    )
    people = {slug: seed_person(slug, **fields) for slug, fields in PEOPLE.items()}
    seed_summit(index, people)
    seed_webinars(index, people)
    return index


def seeded_summit(home):
    """The seed's summit under `home`, if it is still there."""
    return SummitPage.objects.descendant_of(home).filter(slug=SUMMIT_SLUG).first()


def seeded_featured_webinar(home):
    """The webinar the seeded home page features, if it is still there."""
    return (
        WebinarPage.objects.descendant_of(home)
        .filter(slug=FEATURED_WEBINAR_SLUG)
        .first()
    )
