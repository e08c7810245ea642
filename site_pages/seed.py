"""The home page and general pages of the network's 2015 site, in its own words."""

from wagtail.models import Page

from core.artwork import seed_image
from core.seed import (
    child_page,
    configure_default_site,
    remove_wagtail_welcome_page,
    stream,
)
from site_pages.models import HomePage, StandardPage

SUMMIT_DAYS = [
    {
        "date": "2015-06-15",
        "title": "Social Media Residency",
        "description": "",
    },
    {
        "date": "2015-06-16",
        # A day's title holds 120 characters: the rest of the 2015 line is its description.
        "title": "Case studies, collaborative problem-solving, personalized consultation,",
        "description": "and Social Media Grand Rounds with Dr. Wendy Sue Swanson",
    },
]

HOTELS = [
    {
        "name": "The Doubletree",
        "booking_url": "https://www.hilton.com/en/hotels/rstmcdt-doubletree-rochester-mayo-clinic-area/",
    },
    {
        "name": "The Hilton Garden Inn",
        "booking_url": "https://www.hilton.com/en/hotels/rstdtgi-hilton-garden-inn-rochester-downtown/",
    },
]

PHILOSOPHY = (
    "<p>As social media evolves, our philosophy remains steady:</p>"
    "<p>We believe individuals have the right and responsibility to advocate for their own "
    "health, and it's our responsibility to help them use social media tools to get the best "
    "information, and connect with providers as well as one another.</p>"
)

WEBINAR_SUMMARY = (
    "Is there more to internal communication than newsletters and messages “From the "
    "President?” Can social strategies and internal communications work together to create "
    "better employee engagement? The answer is yes!"
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
    """About, Join the Network, Social Media Residency and the Summit page."""
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
    summit, _ = child_page(
        home,
        StandardPage,
        "summit",
        title="Summit 2015",
        show_in_menus=True,
        introduction="We've completely redesigned our Summit! Join us in Rochester this June.",
        body=stream(
            ("heading", {"text": "Schedule", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Monday, June 15: Social Media Residency</li>"
                "<li>Tuesday, June 16: Case studies, collaborative problem-solving, "
                "personalized consultation, and Social Media Grand Rounds with "
                "Dr. Wendy Sue Swanson</li></ul>",
            ),
            ("heading", {"text": "Venue", "level": "h2"}),
            ("paragraph", "<p>All Summit events will be held at The Doubletree.</p>"),
        ),
    )
    return {"about": about, "join": join, "residency": residency, "summit": summit}


def home_body(pages):
    """The home sections of the 2015 page, top to bottom."""
    return stream(
        (
            "summit_promo",
            {
                "headline": "We've completely redesigned our Summit!",
                "tagline": "Join us in Rochester this June",
                "city": "Rochester",
                "start_date": "2015-06-15",
                "end_date": "2015-06-16",
                "days": SUMMIT_DAYS,
                "links": [
                    page_link(pages["summit"], "Check out the full schedule"),
                    page_link(pages["summit"], "See Pricing and Register now."),
                ],
                "venue": "The Doubletree",
                "hotels": HOTELS,
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
                "title": "Internal communications - Engaging and social news delivery strategies",
                "summary": WEBINAR_SUMMARY,
                "link": {"text": "", "page": None, "url": ""},
            },
        ),
        (
            "directory_teaser",
            {
                "heading": "Your Must-Have Health Care Social Media Resource",
                "text": DIRECTORY_TEXT,
                "list_link": page_link(
                    pages["about"], "The Health Care Social Media List"
                ),
                "add_link": page_link(pages["join"], "Add yours today!"),
            },
        ),
        ("latest_blog_posts", {"heading": "On Our Blog...", "count": 5}),
    )


def seed_site_pages():
    """Home page, its sections and the general pages; returns the home page and site."""
    home, site, created = seed_home_page()
    pages = seed_standard_pages(home)
    # Sections go only on a home page this run made: an emptied body is an editor's choice.
    if created:
        home.body = home_body(pages)
        home.save_revision().publish()
    return home, site
