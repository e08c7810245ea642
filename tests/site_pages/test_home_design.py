"""The home page's layout: the Summit hero, teasers side by side, the contact line once."""

import datetime

import pytest

from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("home-design")]


@pytest.fixture
def home(seed_content_once, db):
    """The seed site, loaded once for the module (tests/conftest.py)."""


def test_the_summit_is_the_hero_with_its_strap_line_image_and_dates(client, home):
    page = soup(client.get("/"))

    hero = page.select_one("main section.hero")
    assert "home-section--summit_promo" in hero["class"]
    assert hero.select_one(".home-intro").get_text() == (
        "Bringing the Social Media Revolution to Health Care"
    )
    assert "June 15–16, 2015 · Rochester" in visible_text(
        str(hero.select_one(".summit-promo__when"))
    )
    image = hero.select_one(".summit-promo__media img")
    assert image["alt"] == "Social Media Health Network Summit 2015"
    assert image["fetchpriority"] == "high"
    assert image.get("loading") is None
    assert hero.select_one(".summit-promo__media source")["type"] == "image/webp"
    assert len(page.select(".home-intro")) == 1


def test_webinar_and_directory_teasers_share_one_row(client, home):
    page = soup(client.get("/"))

    row = page.select_one(".home-teasers")
    assert [section["class"][1] for section in row.select("section.home-section")] == [
        "home-section--featured_webinar",
        "home-section--directory_teaser",
    ]


def test_calls_to_action_are_a_row_of_equal_cards(client, home):
    page = soup(client.get("/"))

    cards = page.select(".cta-row__list > li .cta__link")
    assert [card.get_text() for card in cards] == [
        "To join the Network, click here",
        "Learn more about Social Media Residency, click here.",
        "Engage with other Network members, click here.",
    ]


def test_the_contact_line_appears_once_on_the_home_page_and_in_the_footer_elsewhere(
    client, home
):
    line = "For swift response, email info@socialmediahealthnetwork.org"

    assert visible_text(client.get("/")).count(line) == 1
    assert visible_text(client.get("/about/")).count(line) == 1
    footer = soup(client.get("/about/")).find("footer", class_="site-footer")
    assert line in visible_text(str(footer))


def test_footer_links_the_network_social_profiles(client, home):
    footer = soup(client.get("/")).find("footer", class_="site-footer")

    profile = footer.select_one(".social-profiles a")
    assert profile["href"] == "https://twitter.com/MayoClinicSMN"
    assert profile["rel"] == ["me"]
    assert visible_text(str(profile)).endswith("Twitter / X: @MayoClinicSMN")
    assert f"© {datetime.date.today().year}" in footer.get_text()


def test_header_has_the_logo_a_menu_toggle_and_a_search_field(client, home):
    header = soup(client.get("/about/")).find("header", class_="site-header")

    brand = header.select_one("a.site-brand")
    assert brand["href"] == "/"
    assert visible_text(str(brand)) == "Social Media Health Network"
    assert brand.find("img")["src"].endswith("core/img/logo-mark.svg")
    toggle = header.find("button", class_="menu-toggle")
    assert (toggle["aria-expanded"], toggle["aria-controls"]) == ("false", "site-menu")
    assert header.find(id="site-menu").find("nav", attrs={"aria-label": "Main"})
    search = header.find("form", role="search")
    assert search["action"] == "/search/"
    assert search.find("label", string="Search the site")["for"] == "header-search-q"
