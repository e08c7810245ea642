"""What readers see on the events index, a summit and a webinar."""

import datetime

import pytest

from events.models import SummitPage
from tests.helpers import visible_text


@pytest.mark.django_db
def test_summit_page_shows_programme_with_times_in_its_zone(client, summit):
    response = client.get("/events/summit-2015/")
    assert response.status_code == 200
    text = visible_text(response)
    assert "Join us in Rochester this June" in text
    assert "All Summit events will be held at The Doubletree." in text
    assert "Monday, June 15: Social Media Residency" in text
    assert "2 p.m.–3 p.m. CDT" in text
    assert "Dr. Wendy Sue Swanson" in text
    assert "Special room rates at Hilton Garden Inn" in text
    assert "595.00 USD" in text


@pytest.mark.django_db
def test_summit_bounds_come_from_first_and_last_sessions(summit):
    summit = SummitPage.objects.get(pk=summit.pk)
    assert summit.starts_at == datetime.datetime(
        2015, 6, 15, 13, 30, tzinfo=datetime.UTC
    )
    assert summit.ends_at == datetime.datetime(2015, 6, 16, 20, 0, tzinfo=datetime.UTC)
