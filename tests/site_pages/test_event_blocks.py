"""The home page's Summit promotion and featured webinar read their event pages."""

import datetime

import pytest

from tests.factories.events import (
    EventIndexPageFactory,
    SummitPageFactory,
    WebinarPageFactory,
    day,
    hotel,
)
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(home_page):
    index = EventIndexPageFactory(parent=home_page)
    summit = SummitPageFactory(
        parent=index,
        slug="summit-2015",
        days=[
            day(datetime.date(2015, 6, 15), "Social Media Residency"),
            day(datetime.date(2015, 6, 16), "Grand Rounds"),
        ],
        hotels=[hotel("The Doubletree"), hotel("The Hilton Garden Inn")],
    )
    webinar = WebinarPageFactory(parent=index, slug="physicians", title="Physicians")
    return summit, webinar


def set_body(home, *blocks):
    home.body = [{"type": kind, "value": value} for kind, value in blocks]
    home.save_revision().publish()


def promo(summit):
    return (
        "summit_promo",
        {
            "headline": "We've completely redesigned our Summit!",
            "tagline": "Join us in Rochester this June",
            "summit": summit.pk if summit else None,
            "schedule_text": "Check out the full schedule",
            "register_text": "See Pricing and Register now.",
        },
    )


def test_promotion_shows_the_chosen_summit(client, home_page, events):
    summit, _ = events
    set_body(home_page, promo(summit))
    text = visible_text(str(soup(client.get("/")).select_one(".summit-promo")))
    assert "June 15–16, 2015 · Rochester" in text
    assert "Tuesday, June 16: Grand Rounds" in text
    assert "Special room rates at The Hilton Garden Inn" in text


def test_featured_webinar_shows_the_chosen_webinar_in_its_zone(
    client, home_page, events
):
    _, webinar = events
    set_body(
        home_page,
        ("featured_webinar", {"webinar": webinar.pk, "title": "", "summary": ""}),
    )
    article = soup(client.get("/")).select_one(".featured-webinar")
    assert article.find("a")["href"] == "/events/physicians/"
    text = visible_text(str(article))
    assert "Webinar: Physicians" in text
    assert "Wednesday, June 24 (1 p.m.–2 p.m. EDT)" in text
    assert "How to get physicians involved" in text  # the webinar's abstract


def test_an_unpublished_summit_shows_only_the_editors_words(client, home_page, events):
    summit, _ = events
    summit.unpublish()
    set_body(home_page, promo(summit))
    response = client.get("/")
    assert response.status_code == 200
    text = visible_text(str(soup(response).select_one(".summit-promo")))
    assert (
        text == "We've completely redesigned our Summit! Join us in Rochester this June"
    )


def test_values_saved_before_the_choosers_still_render(client, home_page):
    set_body(
        home_page,
        (
            "summit_promo",
            {
                "headline": "We've completely redesigned our Summit!",
                "tagline": "Join us in Rochester this June",
                "city": "Rochester",
                "start_date": "2015-06-15",
                "end_date": "2015-06-16",
                "days": [
                    {"date": "2015-06-15", "title": "Residency", "description": ""}
                ],
                "links": [],
                "venue": "The Doubletree",
                "hotels": [],
            },
        ),
        (
            "featured_webinar",
            {
                "title": "Internal communications",
                "summary": "More than newsletters.",
                "link": {"text": "", "page": None, "url": ""},
            },
        ),
    )
    response = client.get("/")
    assert response.status_code == 200
    text = visible_text(response)
    assert "We've completely redesigned our Summit!" in text
    assert "Webinar: Internal communications More than newsletters." in text


def test_the_api_gives_the_chosen_pages_details(client, home_page, events):
    summit, webinar = events
    set_body(
        home_page,
        promo(summit),
        ("featured_webinar", {"webinar": webinar.pk, "title": "", "summary": ""}),
    )
    body = client.get(f"/api/v2/pages/{home_page.pk}/").json()["body"]
    chosen = body[0]["value"]["summit"]
    assert chosen["url"] == "http://localhost/events/summit-2015/"
    assert (chosen["start_date"], chosen["city"], chosen["venue"]) == (
        "2015-06-15",
        "Rochester",
        "The Doubletree",
    )
    assert [h["name"] for h in chosen["hotels"]] == [
        "The Doubletree",
        "The Hilton Garden Inn",
    ]
    featured = body[1]["value"]
    assert featured["title"] == "Physicians"
    assert featured["webinar"]["starts_at"] == "2015-06-24T13:00:00-04:00"
