"""Calendars (parsed with icalendar), schedule.json (validated against the c3voc
schema) and schema.org Event JSON-LD, all read from the one event model."""

import datetime
import json
import pathlib

import icalendar
import jsonschema
import pytest

from tests.factories.core import AuthorFactory
from tests.factories.events import SummitPageFactory, WebinarPageFactory, day, session
from tests.helpers import soup, visible_text

SCHEMA = pathlib.Path(__file__).parent / "data" / "c3voc-schedule.schema.json"
UTC = datetime.UTC


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


def utc(event, prop="DTSTART"):
    return event.decoded(prop).astimezone(UTC)


# --- iCalendar ----------------------------------------------------------------------


@pytest.mark.django_db
def test_summit_schedule_has_every_session_with_room_speakers_and_timezone(
    client, summit
):
    calendar = parse_calendar(client.get("/events/summit-2015/schedule.ics"))
    events = {str(event["SUMMARY"]): event for event in vevents(calendar)}
    assert set(events) == {s.title for s in summit.sessions()}

    grand_rounds = events["Social Media Grand Rounds"]
    assert utc(grand_rounds) == datetime.datetime(2015, 6, 16, 19, 0, tzinfo=UTC)
    assert utc(grand_rounds, "DTEND") == datetime.datetime(
        2015, 6, 16, 20, 0, tzinfo=UTC
    )
    assert grand_rounds["DTSTART"].params["TZID"] == "America/Chicago"
    assert "Ballroom A" in str(grand_rounds["LOCATION"])
    assert "The Doubletree" in str(grand_rounds["LOCATION"])
    assert "Dr. Wendy Sue Swanson" in str(grand_rounds["DESCRIPTION"])
    # The zone is described in the calendar itself.
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Chicago"]


@pytest.mark.django_db
def test_calendar_uids_are_stable_across_requests_and_edits(client, summit):
    first = parse_calendar(client.get("/events/summit-2015/schedule.ics"))
    session = summit.sessions()[0]
    session.title = "Renamed"
    session.save()
    second = parse_calendar(client.get("/events/summit-2015/schedule.ics"))
    uids = [sorted(str(e["UID"]) for e in vevents(c)) for c in (first, second)]
    assert uids[0] == uids[1]
    assert len(set(uids[0])) == 4


@pytest.mark.django_db
def test_the_june_24_webinar_starts_at_17_utc(client, events_index):
    libby = AuthorFactory(
        name="Libby Mitchell", organization="University of Utah Health Care"
    )
    webinar = WebinarPageFactory(
        parent=events_index, slug="physicians", presenters=[libby]
    )
    calendar = parse_calendar(client.get(webinar.url + "event.ics"))
    [event] = vevents(calendar)
    assert utc(event) == datetime.datetime(2015, 6, 24, 17, 0, tzinfo=UTC)
    assert utc(event, "DTEND") == datetime.datetime(2015, 6, 24, 18, 0, tzinfo=UTC)
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert "Libby Mitchell (University of Utah Health Care)" in str(
        event["DESCRIPTION"]
    )


@pytest.mark.django_db
def test_sessions_across_a_dst_change_keep_their_wall_clock_time(client, events_index):
    # Daylight saving time began in Chicago at 2 a.m. on Sunday, March 8, 2015.
    SummitPageFactory(
        parent=events_index,
        slug="spring",
        start_date=datetime.date(2015, 3, 7),
        end_date=datetime.date(2015, 3, 9),
        days=[
            day(
                datetime.date(2015, 3, 7),
                "Saturday",
                session("09:00", "10:00", "Before"),
            ),
            day(
                datetime.date(2015, 3, 9), "Monday", session("09:00", "10:00", "After")
            ),
        ],
    )
    calendar = parse_calendar(client.get("/events/spring/schedule.ics"))
    events = {str(e["SUMMARY"]): e for e in vevents(calendar)}
    assert utc(events["Before"]).hour == 15  # CST, UTC-6
    assert utc(events["After"]).hour == 14  # CDT, UTC-5
    page = visible_text(client.get("/events/spring/"))
    assert "9 a.m.–10 a.m. CST" in page
    assert "9 a.m.–10 a.m. CDT" in page


@pytest.mark.django_db
def test_site_calendar_lists_upcoming_summits_whole_and_webinars(client, events_index):
    today = datetime.date.today()
    SummitPageFactory(
        parent=events_index,
        title="Next Summit",
        start_date=today + datetime.timedelta(days=30),
        end_date=today + datetime.timedelta(days=31),
        days=[
            day(
                today + datetime.timedelta(days=30),
                "Day one",
                session("09:00", "10:00", "Opening"),
            )
        ],
    )
    WebinarPageFactory(
        parent=events_index, title="Soon", date=today + datetime.timedelta(days=3)
    )
    WebinarPageFactory(parent=events_index, title="Long gone")  # 2015
    calendar = parse_calendar(client.get("/events/calendar.ics"))
    assert sorted(str(e["SUMMARY"]) for e in vevents(calendar)) == [
        "Next Summit",
        "Soon",
    ]


# --- schedule.json ------------------------------------------------------------------


@pytest.mark.django_db
def test_schedule_json_validates_against_the_c3voc_schema(client, summit):
    response = client.get("/events/summit-2015/schedule.json")
    assert response.status_code == 200
    document = response.json()
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft6Validator.check_schema(schema)
    jsonschema.Draft6Validator(schema).validate(document)

    conference = document["schedule"]["conference"]
    assert conference["time_zone_name"] == "America/Chicago"
    assert [d["date"] for d in conference["days"]] == ["2015-06-15", "2015-06-16"]
    [grand_rounds] = [
        event
        for event in conference["days"][1]["rooms"]["Ballroom A"]
        if event["title"] == "Social Media Grand Rounds"
    ]
    assert grand_rounds["date"] == "2015-06-16T14:00:00-05:00"
    assert grand_rounds["duration"] == "01:00"
    assert grand_rounds["persons"][0]["name"] == "Dr. Wendy Sue Swanson"
    total = sum(
        len(events) for d in conference["days"] for events in d["rooms"].values()
    )
    assert total == 4


# --- JSON-LD ------------------------------------------------------------------------


def json_ld(response):
    [script] = soup(response).find_all("script", type="application/ld+json")
    return json.loads(script.string)


GOOGLE_REQUIRED = {"name", "startDate", "location"}


@pytest.mark.django_db
def test_summit_json_ld_is_an_offline_event_with_offers_and_sessions(client, summit):
    data = json_ld(client.get("/events/summit-2015/"))
    assert data["@type"] == "Event"
    assert data.keys() >= GOOGLE_REQUIRED
    assert data["startDate"] == "2015-06-15T08:30:00-05:00"
    assert data["endDate"] == "2015-06-16T15:00:00-05:00"
    assert (
        data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    )
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["@type"] == "PostalAddress"
    assert data["location"]["address"]["addressLocality"] == "Rochester"
    assert [(o["name"], o["price"], o["priceCurrency"]) for o in data["offers"]] == [
        ("Full Summit", "595.00", "USD"),
        ("Residency only", "395.00", "USD"),
    ]
    assert data["organizer"]["name"] == "Social Media Health Network"
    assert data["performer"][0]["name"] == "Dr. Wendy Sue Swanson"
    assert len(data["subEvent"]) == 4
    for sub_event in data["subEvent"]:
        assert sub_event.keys() >= GOOGLE_REQUIRED
        datetime.datetime.fromisoformat(sub_event["startDate"]).utcoffset()


@pytest.mark.django_db
def test_webinar_json_ld_is_an_online_event(client, events_index):
    webinar = WebinarPageFactory(parent=events_index, slug="physicians")
    data = json_ld(client.get(webinar.url))
    assert data.keys() >= GOOGLE_REQUIRED
    assert data["startDate"] == "2015-06-24T13:00:00-04:00"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://example.org/register/",
    }
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
