"""The seed's events: the 2015 Summit and both webinars, loaded once, never overwritten,
and chosen by the seeded home page."""

import datetime
from io import StringIO

from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from core.models import Author
from events.models import EventIndexPage, Session, SummitPage, WebinarPage
from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("events-seed")]
UTC = datetime.UTC


def seed():
    call_command("load_seed_content", stdout=StringIO())


@pytest.fixture
def seeded(seed_content_once, db):
    """The seed site, loaded once for the module (tests/conftest.py)."""


def test_the_2015_summit_in_the_seeds_words(seeded):
    summit = SummitPage.objects.get(url_path__endswith="/events/summit-2015/")
    assert summit.live
    assert (summit.venue_name, summit.city, summit.region) == (
        "The Doubletree",
        "Rochester",
        "MN",
    )
    assert summit.time_zone == "America/Chicago"
    days = list(summit.days.all())
    assert [(d.date, d.title) for d in days] == [
        (datetime.date(2015, 6, 15), "Social Media Residency"),
        (
            datetime.date(2015, 6, 16),
            "Case studies, collaborative problem-solving, personalized consultation, "
            "and Social Media Grand Rounds with Dr. Wendy Sue Swanson",
        ),
    ]
    [grand_rounds] = Session.objects.filter(title="Social Media Grand Rounds")
    assert [a.display_name for a in grand_rounds.speakers()] == [
        "Dr. Wendy Sue Swanson"
    ]
    assert [h.name for h in summit.hotels.all()] == [
        "The Doubletree",
        "The Hilton Garden Inn",
    ]
    assert all(
        h.booking_url.startswith("https://www.hilton.com/") for h in summit.hotels.all()
    )
    assert summit.pricing_tiers.count() == 3


def test_the_webinars(seeded):
    physicians = WebinarPage.objects.get(slug="getting-physicians-involved")
    assert (
        physicians.title == "Getting Physicians Involved and Engaged With Social Media"
    )
    assert physicians.starts_at == datetime.datetime(2015, 6, 24, 17, 0, tzinfo=UTC)
    assert physicians.ends_at == datetime.datetime(2015, 6, 24, 18, 0, tzinfo=UTC)
    [libby] = physicians.presenters()
    assert (libby.name, libby.role, libby.organization) == (
        "Libby Mitchell",
        "Social Media Coordinator",
        "University of Utah Health Care",
    )
    assert WebinarPage.objects.filter(
        title="Internal communications - Engaging and social news delivery strategies"
    ).exists()


def test_speakers_and_authors_are_one_record(seeded):
    assert Author.objects.filter(name="Lee Aase").count() == 1
    lee = Author.objects.get(slug="lee-aase")
    assert lee.post_links.exists() and lee.session_links.exists()


def test_seeded_event_pages_pass_the_editors_validation(seeded):
    for page in [*SummitPage.objects.all(), *WebinarPage.objects.all()]:
        page.full_clean()


def test_second_run_changes_nothing(seeded):
    before = (Page.objects.count(), Revision.objects.count(), Session.objects.count())
    seed()
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        Session.objects.count(),
    ) == before


def test_seed_never_overwrites_an_edited_summit(seeded):
    summit = SummitPage.objects.get(slug="summit-2015")
    summit.tagline = "Edited"
    summit.days.first().delete()
    summit.save_revision().publish()
    seed()
    summit = SummitPage.objects.get(slug="summit-2015")
    assert summit.tagline == "Edited"
    assert summit.days.count() == 1


def test_the_home_page_reads_the_summit_and_webinar_from_their_pages(seeded, client):
    page = soup(client.get("/"))
    promo = visible_text(str(page.select_one(".summit-promo")))
    assert "We've completely redesigned our Summit!" in promo
    assert "June 15–16, 2015 · Rochester" in promo
    assert "Monday, June 15: Social Media Residency" in promo
    assert "All Summit events will be held at The Doubletree." in promo
    webinar = page.select_one(".featured-webinar")
    assert webinar.find("a")["href"] == "/events/internal-communications/"
    assert (
        "Is there more to internal communication than newsletters" in webinar.get_text()
    )

    # Edited once, on the event: the home page follows.
    summit = SummitPage.objects.get(slug="summit-2015")
    summit.venue_name = "The Mayo Civic Center"
    summit.hotels.all().delete()
    summit.save_revision().publish()
    text = visible_text(client.get("/"))
    assert "All Summit events will be held at The Mayo Civic Center." in text
    assert "Special room rates" not in text


def test_the_events_index_lists_the_seeded_events(seeded, client):
    response = client.get("/events/")
    assert response.status_code == 200
    titles = [a.get_text() for a in soup(response).select(".card__title a")]
    # All in the past: newest first.
    assert titles == [
        "Internal communications - Engaging and social news delivery strategies",
        "Getting Physicians Involved and Engaged With Social Media",
        "Summit 2015",
    ]
    assert EventIndexPage.objects.get().show_in_menus
