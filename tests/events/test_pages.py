"""What readers see on the events index, a summit and a webinar; the editor's forms."""

import datetime
from unittest import mock

from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    streamfield,
)

import pytest

from events.models import EventIndexPage, SummitPage, WebinarPage
from site_pages.models import HomePage
from tests.factories.core import AuthorFactory, ImageFactory
from tests.factories.events import (
    SummitPageFactory,
    WebinarPageFactory,
    day,
    session,
    tier,
)
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def days_from_now(days):
    return TODAY + datetime.timedelta(days=days)


def card_titles(response):
    assert response.status_code == 200
    return [a.get_text() for a in soup(response).select(".card__title a")]


# --- The summit ---------------------------------------------------------------------


def test_summit_page_shows_programme_with_times_in_its_zone(client, summit):
    response = client.get("/events/summit-2015/")
    assert response.status_code == 200
    text = visible_text(response)
    assert "Join us in Rochester this June" in text
    assert "Monday, June 15–Tuesday, June 16, 2015 · Rochester" in text
    assert "All Summit events will be held at The Doubletree." in text
    assert "150 South Broadway, Rochester, MN 55904" in text
    assert "Monday, June 15: Social Media Residency" in text
    assert "2 p.m.–3 p.m. CDT · Ballroom A · Keynote / grand rounds" in text
    assert "Dr. Wendy Sue Swanson, Pediatrician, Seattle Children's" in text
    assert "Special room rates at Hilton Garden Inn" in text
    page = soup(response)
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in page.select("#pricing tbody tr")
    ]
    assert rows[0][:3] == ["Full Summit", "595.00 USD", "495.00 USD"]
    assert page.find("a", string="The Doubletree on a map")["href"].startswith(
        "https://"
    )
    calendar = page.find("a", string="Add the full schedule to your calendar")
    assert calendar["href"] == "/events/summit-2015/schedule.ics"
    assert page.select_one("#register")  # where the registration form goes


def test_summit_bounds_come_from_first_and_last_sessions(summit):
    summit = SummitPage.objects.get(pk=summit.pk)
    assert summit.starts_at == datetime.datetime(
        2015, 6, 15, 13, 30, tzinfo=datetime.UTC
    )
    assert summit.ends_at == datetime.datetime(2015, 6, 16, 20, 0, tzinfo=datetime.UTC)


def test_a_summit_without_sessions_spans_its_days(events_index):
    summit = SummitPageFactory(parent=events_index)
    assert summit.localize(summit.starts_at).isoformat() == "2015-06-15T00:00:00-05:00"
    assert summit.localize(summit.ends_at).isoformat() == "2015-06-17T00:00:00-05:00"


def summit_with_sessions(events_index, count, slug):
    speaker = AuthorFactory(name=f"Speaker {slug}", photo=ImageFactory())
    return SummitPageFactory(
        parent=events_index,
        slug=slug,
        days=[
            day(
                datetime.date(2015, 6, 15),
                "Day",
                *[
                    session(
                        f"{8 + n:02d}:00",
                        f"{8 + n:02d}:30",
                        f"Talk {n}",
                        speakers=[speaker],
                    )
                    for n in range(count)
                ],
            )
        ],
        pricing_tiers=[tier(f"Tier {n}") for n in range(count)],
    )


def test_summit_page_costs_the_same_for_two_sessions_or_eight(
    client, events_index, django_assert_max_num_queries
):
    summit_with_sessions(events_index, 2, "small")
    summit_with_sessions(events_index, 8, "large")
    counts = []
    for slug in ("small", "large"):
        client.get(f"/events/{slug}/")
        with django_assert_max_num_queries(25) as captured:
            assert client.get(f"/events/{slug}/").status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


# --- Webinars -----------------------------------------------------------------------


def test_an_upcoming_webinar_offers_registration_and_a_calendar(client, events_index):
    libby = AuthorFactory(
        name="Libby Mitchell",
        role="Social Media Coordinator",
        organization="University of Utah Health Care",
    )
    webinar = WebinarPageFactory(
        parent=events_index, slug="soon", date=days_from_now(7), presenters=[libby]
    )
    page = soup(client.get(webinar.url))
    text = visible_text(str(page.find("main")))
    assert "Upcoming" in text
    assert (
        "Libby Mitchell, Social Media Coordinator, University of Utah Health Care"
        in text
    )
    assert page.find("a", string="Register for this webinar")["href"] == (
        "https://example.org/register/"
    )
    assert page.find("a", string="Add this webinar to your calendar")["href"] == (
        "/events/soon/event.ics"
    )


def test_a_past_webinar_shows_its_time_in_et_and_its_recording(client, events_index):
    webinar = WebinarPageFactory(
        parent=events_index,
        title="Getting Physicians Involved and Engaged With Social Media",
        recording_url="https://example.org/recording/",
    )
    page = soup(client.get(webinar.url))
    text = visible_text(str(page.find("main")))
    assert "Wednesday, June 24, 2015 (1 p.m.–2 p.m. EDT)" in text
    assert "Past" in text
    assert page.find("a", string="Watch the recording")["href"] == (
        "https://example.org/recording/"
    )
    assert page.find("a", string="Register for this webinar") is None


def test_status_is_read_from_the_clock(events_index):
    webinar = WebinarPageFactory(parent=events_index)  # June 24, 2015, 17:00–18:00 UTC
    at = lambda *args: datetime.datetime(*args, tzinfo=datetime.UTC)  # noqa: E731
    assert webinar.status(at(2015, 6, 24, 16, 59)) == "upcoming"
    assert webinar.status(at(2015, 6, 24, 17, 30)) == "live"
    assert webinar.status(at(2015, 6, 24, 18, 0)) == "past"
    with mock.patch.object(timezone, "now", return_value=at(2015, 6, 24, 17, 30)):
        assert WebinarPage.objects.upcoming().get() == webinar
        assert webinar.is_live


# --- The index ----------------------------------------------------------------------


@pytest.fixture
def calendar(events_index):
    SummitPageFactory(parent=events_index, title="Summit 2015")
    WebinarPageFactory(parent=events_index, title="Physicians")  # 2015
    WebinarPageFactory(parent=events_index, title="Next month", date=days_from_now(30))
    SummitPageFactory(
        parent=events_index,
        title="Next summit",
        start_date=days_from_now(60),
        end_date=days_from_now(61),
    )
    WebinarPageFactory(parent=events_index, title="Next week", date=days_from_now(7))
    WebinarPageFactory(parent=events_index, title="Draft", live=False)


def test_index_lists_upcoming_soonest_first_then_past_newest_first(client, calendar):
    assert card_titles(client.get("/events/")) == [
        "Next week",
        "Next month",
        "Next summit",
        "Physicians",
        "Summit 2015",
    ]


def test_index_filters_by_kind(client, calendar):
    assert card_titles(client.get("/events/?kind=summit")) == [
        "Next summit",
        "Summit 2015",
    ]
    assert len(card_titles(client.get("/events/?kind=webinar"))) == 3
    # Anything else lists every event, as the blog treats junk.
    assert len(card_titles(client.get("/events/?kind=party"))) == 5


def test_index_paginates_and_keeps_the_filter(client, calendar):
    EventIndexPage.events_per_page = 2
    try:
        first = client.get("/events/?kind=webinar")
        assert card_titles(first) == ["Next week", "Next month"]
        assert soup(first).find("a", rel="next")["href"] == "?kind=webinar&page=2"
        assert card_titles(client.get("/events/?kind=webinar&page=2")) == ["Physicians"]
        assert card_titles(client.get("/events/?page=junk"))[0] == "Next week"
    finally:
        EventIndexPage.events_per_page = 10


def test_index_costs_the_same_for_two_events_or_ten(
    client, events_index, django_assert_max_num_queries
):
    counts = []
    for total in (2, 10):
        for n in range(
            total - WebinarPage.objects.count() - SummitPage.objects.count()
        ):
            factory = SummitPageFactory if n % 2 else WebinarPageFactory
            factory(parent=events_index)
        client.get("/events/")  # caches warm: site root paths, content types
        with django_assert_max_num_queries(20) as captured:
            assert len(card_titles(client.get("/events/"))) == total
        counts.append(len(captured))
    assert counts[0] == counts[1]


# --- Tree, search, sitemap and the editor -------------------------------------------


def test_page_tree_rules():
    assert EventIndexPage.parent_page_types == ["site_pages.HomePage"]
    assert set(EventIndexPage.subpage_types) == {
        "events.SummitPage",
        "events.WebinarPage",
    }
    assert "events.EventIndexPage" in HomePage.subpage_types
    assert not SummitPage.subpage_types and not WebinarPage.subpage_types
    # The shared table behind listings is never created on its own.
    from events.models import EventPage

    assert not EventPage.is_creatable


def test_search_finds_event_pages(client, summit, events_index):
    WebinarPageFactory(parent=events_index, title="Physicians and social media")
    text = visible_text(client.get("/search/?q=Rochester"))
    assert "Summit 2015" in text
    assert "Physicians and social media" in visible_text(
        client.get("/search/?q=physicians")
    )


def test_sitemap_lists_event_pages(client, summit):
    body = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/events/" in body
    assert "http://localhost/events/summit-2015/" in body


@pytest.mark.parametrize("kind", ["summitpage", "webinarpage"])
def test_editor_add_forms_render(admin_client, events_index, kind):
    response = admin_client.get(f"/admin/pages/add/events/{kind}/{events_index.pk}/")
    assert response.status_code == 200


def test_editor_edit_form_shows_nested_sessions_and_speakers(admin_client, summit):
    response = admin_client.get(f"/admin/pages/{summit.pk}/edit/")
    assert response.status_code == 200
    page = soup(response)
    assert page.find(attrs={"name": "days-1-sessions-1-title"})["value"] == (
        "Social Media Grand Rounds"
    )
    assert page.find(attrs={"name": "days-1-sessions-1-session_speakers-0-author"})


def test_event_pages_live_only_under_the_index(home_page):
    assert not Page.objects.type(SummitPage).exists()
    assert SummitPage.can_create_at(home_page) is False


def test_a_summit_is_previewable_with_its_unsaved_programme(admin_client, summit):
    edit_url = f"/admin/pages/{summit.pk}/edit/"
    form = querydict_from_html(
        admin_client.get(edit_url).content.decode(), form_id="page-edit-form"
    ).copy()
    form.update(nested_form_data({"description": streamfield([])}))
    form["days-1-sessions-1-title"] = "Grand Rounds, draft"
    form["days-1-sessions-1-start_time"] = "15:00"
    form["days-1-sessions-1-end_time"] = "16:00"
    preview_url = f"/admin/pages/{summit.pk}/edit/preview/"
    assert admin_client.post(preview_url, form).json() == {
        "is_valid": True,
        "is_available": True,
    }
    text = visible_text(admin_client.get(preview_url))
    assert "3 p.m.–4 p.m. CDT" in text
    assert "Grand Rounds, draft" in text
    # Previewing saves nothing.
    assert SummitPage.objects.get(pk=summit.pk).sessions()[3].title == (
        "Social Media Grand Rounds"
    )
