"""Fixtures for summit registration: an open summit with a small tier and a large one."""

import datetime

from django.core.cache import cache
from django.utils import timezone

import pytest

from events.models import EventIndexPage, PricingTier, SummitPage


@pytest.fixture(autouse=True)
def fresh_cache():
    """An empty cache, so rate-limit counters never leak between tests."""
    cache.clear()
    yield cache
    cache.clear()


def add_summit(index, **fields):
    """A live summit next year under `index`, open for registration unless told."""
    start = timezone.localdate() + datetime.timedelta(days=120)
    fields = {
        "title": "Social Media Summit",
        "slug": "summit",
        "time_zone": "America/Chicago",
        "start_date": start,
        "end_date": start + datetime.timedelta(days=1),
        "venue_name": "The Doubletree",
        "city": "Rochester",
        "registration_open": True,
        **fields,
    }
    summit = SummitPage(**fields)
    index.add_child(instance=summit)
    return summit


@pytest.fixture
def events_index(home_page):
    index = EventIndexPage(title="Events", slug="events")
    home_page.add_child(instance=index)
    return index


@pytest.fixture
def summit(events_index):
    return add_summit(events_index)


@pytest.fixture
def make_summit(events_index):
    def make(**fields):
        return add_summit(events_index, **fields)

    return make


@pytest.fixture
def make_tier(summit):
    def make(for_summit=None, **fields):
        fields = {"name": "Full Summit", "price": "350.00", "currency": "USD", **fields}
        return PricingTier.objects.create(summit=for_summit or summit, **fields)

    return make


@pytest.fixture
def small_tier(make_tier):
    """A tier with two seats."""
    return make_tier(name="Residency Workshop", price="150.00", capacity=2)


@pytest.fixture
def open_tier(make_tier):
    """A tier without a capacity."""
    return make_tier(name="Full Summit", price="350.00")
