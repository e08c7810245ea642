"""Events in /api/v2/pages/: fields, filters, 400s and query budgets."""

import datetime

import pytest

from tests.factories.core import AuthorFactory, ImageFactory
from tests.factories.events import (
    SummitPageFactory,
    WebinarPageFactory,
    day,
    session,
    tier,
)

pytestmark = pytest.mark.django_db

EVENTS = "/api/v2/pages/?type=events.EventPage"
SUMMITS = "/api/v2/pages/?type=events.SummitPage"
WEBINARS = "/api/v2/pages/?type=events.WebinarPage"


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def titles(response):
    return [item["title"] for item in items(response)]


@pytest.fixture
def calendar(events_index):
    """A past summit (2015), a past webinar, and two upcoming webinars."""
    today = datetime.date.today()
    SummitPageFactory(parent=events_index, title="Summit 2015")
    WebinarPageFactory(parent=events_index, title="Physicians")  # June 24, 2015
    WebinarPageFactory(
        parent=events_index,
        title="Next month",
        date=today + datetime.timedelta(days=30),
    )
    WebinarPageFactory(
        parent=events_index, title="Next week", date=today + datetime.timedelta(days=7)
    )


class TestFields:
    def test_a_summit_carries_its_programme_venue_pricing_and_hotels(
        self, client, summit, swanson
    ):
        swanson.photo = ImageFactory()
        swanson.save()
        data = client.get(f"/api/v2/pages/{summit.pk}/").json()
        assert data["kind"] == "summit"
        assert data["status"] == "past"
        assert data["time_zone"] == "America/Chicago"
        assert data["starts_at"] == "2015-06-15T08:30:00-05:00"
        assert data["venue"]["name"] == "The Doubletree"
        assert data["venue"]["city"] == "Rochester"
        assert [d["title"] for d in data["days"]] == [
            "Social Media Residency",
            "Case studies and Grand Rounds",
        ]
        grand_rounds = data["days"][1]["sessions"][1]
        assert grand_rounds["title"] == "Social Media Grand Rounds"
        assert grand_rounds["starts_at"] == "2015-06-16T14:00:00-05:00"
        assert grand_rounds["kind"] == "keynote"
        [speaker] = grand_rounds["speakers"]
        assert speaker["display_name"] == "Dr. Wendy Sue Swanson"
        assert speaker["organization"] == "Seattle Children's"
        assert speaker["photo"]["renditions"]["small"]["width"] == 160
        assert data["pricing_tiers"][0] == {
            "id": summit.pricing_tiers.first().pk,
            "name": "Full Summit",
            "price": "595.00",
            "currency": "USD",
            "member_price": "495.00",
            "early_bird_price": None,
            "early_bird_deadline": None,
            "included": "",
            "capacity": 150,
        }
        assert [h["name"] for h in data["hotels"]] == [
            "The Doubletree",
            "Hilton Garden Inn",
        ]

    def test_a_webinar_carries_its_time_with_offset_and_presenters(
        self, client, events_index
    ):
        libby = AuthorFactory(name="Libby Mitchell", role="Social Media Coordinator")
        webinar = WebinarPageFactory(parent=events_index, presenters=[libby])
        data = client.get(f"/api/v2/pages/{webinar.pk}/").json()
        assert data["starts_at"] == "2015-06-24T13:00:00-04:00"
        assert data["ends_at"] == "2015-06-24T14:00:00-04:00"
        assert data["time_zone"] == "America/New_York"
        assert data["duration"] == 60
        assert data["presenters"][0]["name"] == "Libby Mitchell"
        assert data["status"] == "past"


class TestFilters:
    def test_default_order_is_upcoming_soonest_first_then_past_newest_first(
        self, client, calendar
    ):
        assert titles(client.get(EVENTS)) == [
            "Next week",
            "Next month",
            "Physicians",
            "Summit 2015",
        ]

    def test_upcoming_and_past(self, client, calendar):
        assert titles(client.get(f"{EVENTS}&upcoming=true")) == [
            "Next week",
            "Next month",
        ]
        assert titles(client.get(f"{EVENTS}&upcoming=false")) == [
            "Physicians",
            "Summit 2015",
        ]

    def test_kind(self, client, calendar):
        assert titles(client.get(f"{EVENTS}&kind=summit")) == ["Summit 2015"]
        assert len(titles(client.get(f"{EVENTS}&kind=webinar"))) == 3

    def test_date_range_matches_events_overlapping_it(self, client, calendar):
        url = f"{EVENTS}&date_after=2015-06-16&date_before=2015-06-30"
        assert titles(client.get(url)) == ["Physicians", "Summit 2015"]
        assert titles(client.get(f"{EVENTS}&date_before=2015-06-14")) == []

    @pytest.mark.parametrize(
        ("query", "message"),
        [
            ("upcoming=yes", "upcoming must be true or false, not 'yes'"),
            ("date_after=2015-13-01", "date_after must be a date as YYYY-MM-DD"),
            ("date_after=2015-07-01&date_before=2015-06-01", "cannot be later"),
            (
                "kind=conference",
                "kind must be one of summit, webinar, not 'conference'",
            ),
        ],
    )
    def test_malformed_values_are_400s_with_a_message(
        self, client, calendar, query, message
    ):
        response = client.get(f"{EVENTS}&{query}")
        assert response.status_code == 400
        assert message in response.json()["message"]

    def test_event_filters_need_an_event_type(self, client, calendar):
        response = client.get("/api/v2/pages/?upcoming=true")
        assert response.status_code == 400
        assert "type=events.EventPage" in response.json()["message"]


class TestQueryBudget:
    def many(self, events_index, count):
        speaker = AuthorFactory(name="Speaker", photo=ImageFactory())
        for number in range(count):
            SummitPageFactory(
                parent=events_index,
                days=[
                    day(
                        datetime.date(2015, 6, 15),
                        "Day",
                        session("09:00", "10:00", f"Talk {number}", speakers=[speaker]),
                        session(
                            "10:00", "11:00", f"Workshop {number}", speakers=[speaker]
                        ),
                    )
                ],
                pricing_tiers=[tier()],
            )
            WebinarPageFactory(parent=events_index, presenters=[speaker])

    def count_queries(self, client, url, django_assert_max_num_queries):
        client.get(url)  # renditions are made once, on first request
        with django_assert_max_num_queries(100) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured), len(response.json()["items"])

    @pytest.mark.parametrize("url", [SUMMITS, WEBINARS, EVENTS])
    def test_listing_with_every_field_costs_the_same_for_one_or_six(
        self, client, events_index, django_assert_max_num_queries, url
    ):
        self.many(events_index, 6)
        one = self.count_queries(
            client, f"{url}&fields=*&limit=1", django_assert_max_num_queries
        )
        six = self.count_queries(
            client, f"{url}&fields=*&limit=6", django_assert_max_num_queries
        )
        assert (one[1], six[1]) == (1, 6)
        assert six[0] == one[0], f"limit=1: {one[0]} queries, limit=6: {six[0]}"


class TestV3:
    def test_a_summit_in_v3_matches_its_schema(self, client, summit):
        response = client.get(f"/api/v3/pages/{summit.pk}/")
        assert response.status_code == 200, response.content
        data = response.json()
        assert data["days"][1]["sessions"][1]["speakers"][0]["display_name"] == (
            "Dr. Wendy Sue Swanson"
        )
        assert data["starts_at"] == "2015-06-15T08:30:00-05:00"

    def test_a_webinar_in_v3_matches_its_schema(self, client, events_index):
        webinar = WebinarPageFactory(parent=events_index)
        response = client.get(f"/api/v3/pages/{webinar.pk}/")
        assert response.status_code == 200, response.content
        assert response.json()["status"] == "past"
