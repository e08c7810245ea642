"""The home page and general pages of the network's 2015 site, in its own words."""

from wagtail.models import Page

from core.artwork import seed_image
from core.seed import (
    child_page,
    configure_default_site,
    remove_wagtail_welcome_page,
    stream,
)
from events.seed import seeded_featured_webinar, seeded_summit
from resources.models import DirectoryPage
from site_pages.models import HomePage, StandardPage

WEBINAR_TITLE = "Internal communications - Engaging and social news delivery strategies"

PHILOSOPHY = (
    "<p>As social media evolves, our philosophy remains steady:</p>"
    "<p>We believe individuals have the right and responsibility to advocate for their own "
    "health, and it's our responsibility to help them use social media tools to get the best "
    "information, and connect with providers as well as one another.</p>"
)

DIRECTORY_TEXT = (
    "The Health Care Social Media List includes health organizations actively using social "
    "networking sites."
)


def page_link(page, text):
    return {"text": text, "page": page.pk, "url": ""}


def seed_home_page():
    """Create the home page at the site root and point the default Site at it.

    Returns (home, site, created).
    """
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    created = home is None
    if created:
        home, _ = child_page(
            root,
            HomePage,
            "smhn-home",
            title="Social Media Health Network",
            intro="Bringing the Social Media Revolution to Health Care",
            social_image=seed_image(
                "Social Media Health Network",
                kind="social",
                lines=["Bringing the Social Media Revolution to Health Care"],
            ),
            search_description=(
                "The Social Media Health Network helps health-care organizations, clinicians "
                "and patients use social media well."
            ),
        )
    site, _ = configure_default_site(home)
    remove_wagtail_welcome_page()
    return home, site, created


def seed_standard_pages(home):
    """About, Join the Network and Social Media Residency (the Summit is an event page)."""
    about, _ = child_page(
        home,
        StandardPage,
        "about",
        title="About the Network",
        show_in_menus=True,
        introduction="Bringing the Social Media Revolution to Health Care.",
        body=stream(("paragraph", PHILOSOPHY)),
    )
    join, _ = child_page(
        home,
        StandardPage,
        "join",
        title="Join the Network",
        show_in_menus=True,
        introduction="Join the Social Media Health Network and engage with other Network members.",
        body=stream(
            (
                "paragraph",
                "<p>Members of the Social Media Health Network learn from one another how "
                "to use social media tools to get the best information to patients and "
                "to connect with providers as well as one another.</p>",
            ),
        ),
    )
    residency, _ = child_page(
        home,
        StandardPage,
        "social-media-residency",
        title="Social Media Residency",
        show_in_menus=False,
        introduction="Monday, June 15: Social Media Residency.",
    )
    return {"about": about, "join": join, "residency": residency}


def directory_links(pages, directory):
    """The teaser's links: the Health Care Social Media List and its "Add yours" form."""
    if directory is None:
        return page_link(
            pages["about"], "The Health Care Social Media List"
        ), page_link(pages["join"], "Add yours today!")
    add = {"text": "Add yours today!", "page": None, "url": f"{directory.full_url}add/"}
    return page_link(directory, "The Health Care Social Media List"), add


def home_body(pages, summit=None, webinar=None, directory=None):
    """The home sections of the 2015 page, top to bottom; the Summit's dates, days,
    venue and hotels and the webinar's date come from their event pages."""
    list_link, add_link = directory_links(pages, directory)
    return stream(
        (
            "summit_promo",
            {
                "headline": "We've completely redesigned our Summit!",
                "tagline": "Join us in Rochester this June",
                "summit": summit.pk if summit else None,
                "schedule_text": "Check out the full schedule",
                "register_text": "See Pricing and Register now.",
                "image": seed_image(
                    "Social Media Health Network Summit 2015",
                    kind="summit",
                    lines=["June 15–16, 2015 · Rochester, Minnesota"],
                ).pk,
            },
        ),
        (
            "welcome",
            {
                "heading": "Welcome to the Social Media Health Network",
                "body": PHILOSOPHY,
            },
        ),
        (
            "calls_to_action",
            {
                "actions": [
                    {
                        "lead": "To join the Network,",
                        "link": page_link(pages["join"], "click here"),
                    },
                    {
                        "lead": "Learn more about Social Media Residency,",
                        "link": page_link(pages["residency"], "click here."),
                    },
                    {
                        "lead": "Engage with other Network members,",
                        "link": page_link(pages["join"], "click here."),
                    },
                ],
                "show_contact_email": True,
            },
        ),
        (
            "featured_webinar",
            {
                "webinar": webinar.pk if webinar else None,
                "title": "" if webinar else WEBINAR_TITLE,
                "summary": "",
            },
        ),
        (
            "directory_teaser",
            {
                "heading": "Your Must-Have Health Care Social Media Resource",
                "text": DIRECTORY_TEXT,
                "list_link": list_link,
                "add_link": add_link,
            },
        ),
        ("latest_blog_posts", {"heading": "On Our Blog...", "count": 5}),
    )


def seed_site_pages():
    """Home page and general pages; returns (home, site, pages, created)."""
    home, site, created = seed_home_page()
    pages = seed_standard_pages(home)
    return home, site, pages, created


def seed_home_body(home, pages):
    """The home sections, once the event pages they choose exist.

    Sections go only on a home page this run made: an emptied body is an editor's choice.
    """
    home.body = home_body(
        pages,
        summit=seeded_summit(home),
        webinar=seeded_featured_webinar(home),
        directory=DirectoryPage.objects.descendant_of(home).live().first(),
    )
    home.save_revision().publish()
