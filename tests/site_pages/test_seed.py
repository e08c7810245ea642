"""`load_seed_content` builds the 2015 site once and never undoes editors' work."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Page, Revision, Site

import pytest

from core.models import NetworkSettings
from site_pages.models import HomePage, StandardPage
from tests.helpers import soup, visible_text

WEBINAR = "Internal communications - Engaging and social news delivery strategies"


pytestmark = pytest.mark.xdist_group("site-pages-seed")


def seed():
    """Run the command as an operator would; return what it printed."""
    out = StringIO()
    call_command("load_seed_content", stdout=out)
    return out.getvalue()


def snapshot():
    """What a second run must not change."""
    site = Site.objects.get(is_default_site=True)
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "latest_revision": Revision.objects.order_by("pk").last().pk,
        "site": (site.pk, site.hostname, site.port, site.root_page_id, site.site_name),
        "sites": Site.objects.count(),
        "settings": list(
            NetworkSettings.objects.values_list("site_id", "contact_email")
        ),
    }


@pytest.fixture
def seeded(seed_content_once, db):
    """The database after one run of load_seed_content (once for the module, see
    tests/conftest.py); what the command printed."""
    return seed_content_once


def test_seed_makes_the_home_page_the_site_root(seeded):
    assert "Seed content loaded for http://localhost/" in seeded
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("localhost", 80, home.pk)
    assert site.site_name == "Social Media Health Network"
    assert home.live
    assert home.get_parent().is_root()
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()


def test_seeded_home_page_shows_the_2015_words(seeded, client):
    response = client.get("/")
    assert response.status_code == 200
    text = visible_text(response)
    for words in [
        "Bringing the Social Media Revolution to Health Care",
        "We've completely redesigned our Summit!",
        "Rochester",
        "June 15–16, 2015",
        "All Summit events will be held at The Doubletree.",
        "Special room rates at The Hilton Garden Inn",
        "Welcome to the Social Media Health Network",
        "We believe individuals have the right and responsibility to advocate for "
        "their own health",
        "To join the Network, click here",
        f"Webinar: {WEBINAR}",
        "Your Must-Have Health Care Social Media Resource",
        "Add yours today!",
        "For swift response, email info@socialmediahealthnetwork.org",
    ]:
        assert words in text
    page = soup(response)
    assert page.find("a", string="To join the Network, click here")["href"] == "/join/"
    assert page.find("a", string="Add yours today!")["href"] == (
        "http://localhost/resources/health-care-social-media-list/add/"
    )
    # The Summit promotion links to the summit page it chooses.
    assert (
        page.find("a", string="Check out the full schedule")["href"]
        == "/events/summit-2015/#schedule"
    )
    assert (
        page.find("a", string="See Pricing and Register now.")["href"]
        == "/events/summit-2015/#pricing"
    )


def test_seed_adds_about_and_join_pages_to_the_menu(seeded, client):
    home = HomePage.objects.get()
    about = StandardPage.objects.get(slug="about")
    join = StandardPage.objects.get(slug="join")
    assert about.get_parent().pk == join.get_parent().pk == home.pk
    assert about.live and join.live and about.show_in_menus and join.show_in_menus
    about_page = soup(client.get("/about/"))
    assert about_page.find("h1").get_text() == "About the Network"
    assert "our philosophy remains steady" in visible_text(str(about_page.find("main")))
    join_page = soup(client.get("/join/"))
    assert join_page.find("h1").get_text() == "Join the Network"
    nav = [
        a.get_text() for a in join_page.find("nav", attrs={"aria-label": "Main"})("a")
    ]
    assert {"About the Network", "Join the Network"} <= set(nav)


def test_seeded_pages_pass_the_editors_validation(seeded):
    # Editors publish these pages as they are: every field and block must validate.
    for page in [HomePage.objects.get(), *StandardPage.objects.all()]:
        page.full_clean()
        stream_block = type(page)._meta.get_field("body").stream_block
        stream_block.clean(page.body)


def test_summit_days_keep_the_2015_wording(seeded, client):
    assert (
        "Tuesday, June 16: Case studies, collaborative problem-solving, personalized "
        "consultation, and Social Media Grand Rounds with Dr. Wendy Sue Swanson"
    ) in visible_text(client.get("/"))


def test_seed_sets_the_contact_email(seeded):
    site = Site.objects.get(is_default_site=True)
    assert (
        NetworkSettings.for_site(site).contact_email
        == "info@socialmediahealthnetwork.org"
    )


def test_second_run_changes_nothing(seeded):
    before = snapshot()
    output = seed()
    assert "Seed content loaded for http://localhost/" in output
    assert snapshot() == before


def test_seed_never_overwrites_edited_pages(seeded, client):
    home = HomePage.objects.get()
    home.intro = "Edited strap line"
    home.body = [
        {"type": "latest_blog_posts", "value": {"heading": "From our blog", "count": 3}}
    ]
    home.save_revision().publish()
    about = StandardPage.objects.get(slug="about")
    about.title = "Who we are"
    about.body = []
    about.save_revision().publish()
    network = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    network.contact_email = "press@example.org"
    network.save()
    before = snapshot()

    seed()

    assert snapshot() == before
    home.refresh_from_db()
    assert home.intro == "Edited strap line"
    assert [block.block_type for block in home.body] == ["latest_blog_posts"]
    about.refresh_from_db()
    assert about.title == "Who we are"
    assert not about.body
    text = visible_text(client.get("/"))
    assert "Edited strap line" in text
    assert "press@example.org" in text
    assert "Rochester" not in text


def test_seed_keeps_a_home_page_editors_emptied(seeded):
    home = HomePage.objects.get()
    home.body = []
    home.save_revision().publish()
    revisions = Revision.objects.count()

    seed()

    home.refresh_from_db()
    assert not home.body
    assert Revision.objects.count() == revisions


def test_pages_without_an_image_are_shared_with_the_network_card(seeded, client):
    network = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    card = network.default_social_image

    page = soup(client.get("/events/"))

    assert (card.width, card.height) == (1200, 630)
    og_image = page.find("meta", property="og:image")["content"]
    assert og_image.startswith("http://localhost/") and ".fill-1200x630" in og_image


def test_the_home_teaser_leads_to_the_list_and_its_form(seeded, client):
    page = soup(client.get("/"))
    teaser = page.select_one(".directory-teaser")

    hrefs = {link.get_text(strip=True): link["href"] for link in teaser.find_all("a")}
    assert hrefs["The Health Care Social Media List"].endswith(
        "/resources/health-care-social-media-list/"
    )
    assert hrefs["Add yours today!"].endswith(
        "/resources/health-care-social-media-list/add/"
    )
