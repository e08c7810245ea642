"""The summit editor refuses impossible programmes, with each error next to its field."""

import datetime

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from events.models import Session, SummitPage
from tests.factories.events import SummitPageFactory

pytestmark = pytest.mark.django_db


def session_row(start, end, title, room="Ballroom A", speakers=()):
    return {
        "start_time": start,
        "end_time": end,
        "title": title,
        "kind": "workshop",
        "room": room,
        "abstract": "",
        "session_speakers": inline_formset([{"author": a.pk} for a in speakers]),
    }


def day_row(date, title, *sessions):
    return {"date": date, "title": title, "sessions": inline_formset(list(sessions))}


def edit(client, summit, days, **fields):
    data = nested_form_data(
        {
            "title": summit.title,
            "slug": summit.slug,
            "tagline": summit.tagline,
            "start_date": "2015-06-15",
            "end_date": "2015-06-16",
            "time_zone": "America/Chicago",
            "venue_name": "The Doubletree",
            "street_address": "",
            "city": "Rochester",
            "region": "MN",
            "postal_code": "",
            "country": "US",
            "map_url": "",
            "description": streamfield([]),
            "days": inline_formset(days),
            "pricing_tiers": inline_formset([]),
            "hotels": inline_formset([]),
            "registration_closes_at": "",
            **fields,
        }
    )
    data["action-publish"] = "action-publish"
    return client.post(f"/admin/pages/{summit.pk}/edit/", data)


def field_errors(response, name):
    """The error messages shown in the wrapper of the field named `name`."""
    page = BeautifulSoup(response.content, "html.parser")
    field = page.find(attrs={"name": name})
    assert field is not None, f"no field {name}"
    wrapper = field.find_parent(attrs={"data-field-wrapper": True})
    return [e.get_text(" ", strip=True) for e in wrapper.select(".error-message")]


@pytest.fixture
def empty_summit(events_index):
    return SummitPageFactory(parent=events_index, slug="summit-2015")


def test_a_good_programme_is_published(admin_client, empty_summit, swanson):
    response = edit(
        admin_client,
        empty_summit,
        [
            day_row(
                "2015-06-16",
                "Grand Rounds",
                session_row("09:00", "10:00", "Case studies"),
                session_row("10:00", "11:00", "Grand Rounds", speakers=[swanson]),
            )
        ],
    )
    assert response.status_code == 302
    summit = SummitPage.objects.get(pk=empty_summit.pk)
    assert [s.title for s in summit.sessions()] == ["Case studies", "Grand Rounds"]
    assert summit.sessions()[1].speakers() == [swanson]
    assert summit.ends_at == datetime.datetime(2015, 6, 16, 16, 0, tzinfo=datetime.UTC)


def test_a_session_that_ends_before_it_starts(admin_client, empty_summit):
    response = edit(
        admin_client,
        empty_summit,
        [
            day_row(
                "2015-06-15", "Residency", session_row("11:00", "10:00", "Backwards")
            )
        ],
    )
    assert response.status_code == 200
    assert field_errors(response, "days-0-sessions-0-end_time") == [
        "A session must end after it starts."
    ]
    assert not Session.objects.exists()


def test_a_day_outside_the_summits_dates(admin_client, empty_summit):
    response = edit(
        admin_client,
        empty_summit,
        [day_row("2015-06-18", "Too late", session_row("09:00", "10:00", "Lost"))],
    )
    assert response.status_code == 200
    assert field_errors(response, "days-0-date") == [
        "This day is outside the summit's dates (June 15 to June 16, 2015)."
    ]


def test_two_sessions_at_once_in_one_room(admin_client, empty_summit):
    response = edit(
        admin_client,
        empty_summit,
        [
            day_row(
                "2015-06-16",
                "Grand Rounds",
                session_row("09:00", "10:30", "Case studies"),
                session_row("10:00", "11:00", "Grand Rounds", room="ballroom a"),
                session_row("10:00", "11:00", "Consultation", room="Salon B"),
            )
        ],
    )
    assert response.status_code == 200
    assert field_errors(response, "days-0-sessions-1-start_time") == [
        "ballroom a is taken then by “Case studies” (09:00–10:30)."
    ]
    assert field_errors(response, "days-0-sessions-2-start_time") == []


def test_the_same_time_on_another_day_is_fine(admin_client, empty_summit):
    response = edit(
        admin_client,
        empty_summit,
        [
            day_row("2015-06-15", "One", session_row("09:00", "10:00", "A")),
            day_row("2015-06-16", "Two", session_row("09:00", "10:00", "B")),
        ],
    )
    assert response.status_code == 302


def test_an_unknown_time_zone(admin_client, empty_summit):
    response = edit(admin_client, empty_summit, [], time_zone="America/Rochester")
    assert response.status_code == 200
    assert field_errors(response, "time_zone") == [
        "America/Rochester is not an IANA time zone name, such as America/Chicago."
    ]
