"""Fixtures for the events tests: the index, the 2015 Summit and its people."""

import datetime

import pytest

from tests.factories.core import AuthorFactory
from tests.factories.events import (
    EventIndexPageFactory,
    SummitPageFactory,
    day,
    hotel,
    session,
    tier,
)


@pytest.fixture
def events_index(home_page):
    """The live events index at /events/."""
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def swanson(db):
    """Dr. Wendy Sue Swanson, a speaker with an honorific and organization."""
    return AuthorFactory(
        name="Wendy Sue Swanson",
        slug="wendy-sue-swanson",
        honorific="Dr.",
        role="Pediatrician",
        organization="Seattle Children's",
    )


@pytest.fixture
def summit(events_index, swanson):
    """The 2015 Summit: two days, four sessions, two tiers and two hotels."""
    return SummitPageFactory(
        parent=events_index,
        title="Summit 2015",
        slug="summit-2015",
        days=[
            day(
                datetime.date(2015, 6, 15),
                "Social Media Residency",
                session("08:30", "12:00", "Residency: strategy", room="Ballroom A"),
                session("13:00", "16:30", "Residency: hands-on", room="Ballroom A"),
            ),
            day(
                datetime.date(2015, 6, 16),
                "Case studies and Grand Rounds",
                session(
                    "09:00",
                    "10:30",
                    "Case studies",
                    room="Ballroom A",
                    kind="case_study",
                ),
                session(
                    "14:00",
                    "15:00",
                    "Social Media Grand Rounds",
                    room="Ballroom A",
                    kind="keynote",
                    speakers=[swanson],
                ),
            ),
        ],
        pricing_tiers=[
            tier("Full Summit", "595.00", member_price="495.00", capacity=150),
            tier("Residency only", "395.00"),
        ],
        hotels=[hotel("The Doubletree"), hotel("Hilton Garden Inn")],
    )
