"""The blog of the network's 2015 home page: five posts of May 2015, in their own words."""

import datetime
import logging
from zoneinfo import ZoneInfo

from django.conf import settings

from taggit.models import Tag

from blog.models import (
    BlogIndexPage,
    BlogPage,
    BlogPageAuthor,
    BlogPageTag,
    Comment,
    Series,
)
from blog.models.tags import TagDisplayName
from core.artwork import seed_image
from core.seed import backdate, child_page, seed_person, stream

logger = logging.getLogger(__name__)

AUTHORS = {
    "lee-aase": {
        "name": "Lee Aase",
        "role": "Director, Mayo Clinic Center for Social Media",
        "bio": (
            "Lee Aase leads the Mayo Clinic Center for Social Media and writes the "
            "Network's Resource Series on Mayo Clinic's guidelines for employees."
        ),
    },
    "meredith-gould": {
        "name": "Meredith Gould",
        "role": "",
        "bio": "Meredith Gould writes about the Network's webinars.",
    },
}

# Names readers see for tags that editors typed as abbreviations.
TAG_DISPLAY_NAMES = {"fb": "Facebook", "tw": "X (Twitter)", "youtube": "YouTube"}

RESOURCE_SERIES = {
    "slug": "resource-series",
    "title": "Resource Series",
    "item_label": "Guideline",
    "description": (
        "Mayo Clinic's Social Media Guidelines for Employees, one guideline at a time."
    ),
}

# Newest first, as the home page listed them. Excerpts are the page's own words; each
# body is the excerpt's complete sentences, with the guideline itself as a quotation.
POSTS = [
    {
        "slug": "guideline-8-online-friending-should-be-voluntary",
        "title": "Online “Friending” Should be Voluntary",
        "date": datetime.date(2015, 5, 22),
        "authors": ["lee-aase"],
        "series_number": 8,
        "tags": ["social media guidelines"],
        "excerpt": (
            "Just as we should maintain boundaries of propriety in patient-provider "
            "relationships, so should we in employee/supervisor interactions. Guideline "
            "number eight addresses this issue: Mayo Clinic discourages staff in "
            "management/supervisory roles from initiating “friend” requests with "
            "employees they manage. Managers/supervisors may accept friend requests if "
            "initiated by the employee, and if the manager/supervisor does not believe […]"
        ),
        "paragraphs": [
            "Just as we should maintain boundaries of propriety in patient-provider "
            "relationships, so should we in employee/supervisor interactions. Guideline "
            "number eight addresses this issue:",
        ],
        "guideline": (
            "Mayo Clinic discourages staff in management/supervisory roles from "
            "initiating “friend” requests with employees they manage."
        ),
    },
    {
        "slug": "june-webinar-getting-physicians-involved-and-engaged-with-social-media",
        "title": (
            "June Webinar | Getting Physicians Involved and Engaged With Social Media"
        ),
        "date": datetime.date(2015, 5, 21),
        "authors": ["meredith-gould"],
        "series_number": None,
        "tags": [],
        "excerpt": (
            "It’s the Holy Grail for healthcare Social Media Managers: convincing "
            "physicians to engage online. Successfully doing so involves making a case "
            "that social media is neither a waste of time nor threat to reputation. Plan "
            "to join us on Wednesday, June 24 (1-2 p.m. ET) when Libby Mitchell, Social "
            "Media Coordinator at University of Utah Health Care, describes […]"
        ),
        "paragraphs": [
            "It’s the Holy Grail for healthcare Social Media Managers: convincing "
            "physicians to engage online. Successfully doing so involves making a case "
            "that social media is neither a waste of time nor threat to reputation.",
            "Plan to join us on Wednesday, June 24 (1-2 p.m. ET) with Libby Mitchell, "
            "Social Media Coordinator at University of Utah Health Care.",
        ],
        "guideline": None,
        "comment": {
            "name": "Network member",
            "email": "member@example.org",
            "body": (
                "Convincing our physicians is exactly where we are stuck. "
                "I have registered for June 24."
            ),
        },
    },
    {
        "slug": "guideline-7-be-friendly-with-patients-but-not-friends",
        "title": "Be Friendly with Patients, but not “Friends”",
        "date": datetime.date(2015, 5, 20),
        "authors": ["lee-aase"],
        "series_number": 7,
        "tags": ["social media guidelines"],
        "excerpt": (
            "While all the Mayo Clinic’s Social Media Guidelines for Employees protect our "
            "organization and employees alike, guideline seven is particularly protective "
            "of employees: Mayo Clinic strongly discourages “friending” of patients on "
            "social media websites. Staff in patient care roles generally should not "
            "initiate or accept friend requests except in unusual circumstances such as "
            "the situation where […]"
        ),
        "paragraphs": [
            "While all the Mayo Clinic’s Social Media Guidelines for Employees protect our "
            "organization and employees alike, guideline seven is particularly protective "
            "of employees:",
        ],
        "guideline": (
            "Mayo Clinic strongly discourages “friending” of patients on social media "
            "websites. Staff in patient care roles generally should not initiate or "
            "accept friend requests except in unusual circumstances."
        ),
    },
    {
        "slug": "guideline-6-get-your-work-done",
        "title": "Get Your Work Done",
        "date": datetime.date(2015, 5, 18),
        "authors": ["lee-aase"],
        "series_number": 6,
        "tags": [
            "employee access",
            "FB",
            "social media guidelines",
            "TW",
            "Youtube",
        ],
        "excerpt": (
            "Many companies and non-profit organizations block access to social "
            "networking sites like Facebook, YouTube and Twitter with a corporate "
            "firewall. Mayo Clinic doesn’t. In fact, Mayo encourages appropriate online "
            "engagement, and our guidelines help employees understand what’s "
            "“appropriate.” Concern about employee productivity is one reason other "
            "organizations block social networking sites. They believe allowing access […]"
        ),
        "paragraphs": [
            "Many companies and non-profit organizations block access to social "
            "networking sites like Facebook, YouTube and Twitter with a corporate "
            "firewall. Mayo Clinic doesn’t. In fact, Mayo encourages appropriate online "
            "engagement, and our guidelines help employees understand what’s "
            "“appropriate.”",
            "Concern about employee productivity is one reason other organizations block "
            "social networking sites.",
        ],
        "guideline": None,
    },
    {
        "slug": "guideline-5-get-it-right-and-be-professional",
        "title": "Get it Right and Be Professional",
        "date": datetime.date(2015, 5, 15),
        "authors": ["lee-aase"],
        "series_number": 5,
        "tags": ["social media guidelines"],
        "excerpt": (
            "In essence, guideline number five restates and summarizes all previous "
            "ones. And while it’s in offered in the context of guidance for online "
            "communications, it doesn’t explicitly mention those; it’s about "
            "communications in general and emphasizes key cultural expectations: Be "
            "professional, use good judgment and be accurate and honest in your "
            "communications; errors, omissions or unprofessional […]"
        ),
        "paragraphs": [
            "In essence, guideline number five restates and summarizes all previous "
            "ones. And while it’s in offered in the context of guidance for online "
            "communications, it doesn’t explicitly mention those; it’s about "
            "communications in general and emphasizes key cultural expectations:",
        ],
        "guideline": (
            "Be professional, use good judgment and be accurate and honest in your "
            "communications."
        ),
    },
]


def seed_blog(home):
    """The blog index under `home`, its authors, series, posts and one approved comment.

    Anything that already exists is left as editors have it; a second run changes nothing.
    """
    index, _ = child_page(
        home,
        BlogIndexPage,
        "blog",
        title="Blog",
        show_in_menus=True,
        introduction=(
            "News, webinars and the Resource Series from the Social Media Health Network."
        ),
    )
    authors = {slug: seed_person(slug, **fields) for slug, fields in AUTHORS.items()}
    series = seed_series(**RESOURCE_SERIES)
    for spec in POSTS:
        seed_post(index, spec, authors, series)
    seed_tag_display_names()
    return index


def seed_tag_display_names():
    """Readers' names for the seed's abbreviated tags, where no display name is set."""
    for name, display_name in TAG_DISPLAY_NAMES.items():
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is not None:
            TagDisplayName.objects.get_or_create(
                tag=tag, defaults={"display_name": display_name}
            )


def seed_series(slug, **fields):
    series, created = Series.objects.get_or_create(slug=slug, defaults=fields)
    if created:
        logger.info("Created series %r", series.title)
    return series


def seed_post(index, spec, authors, series):
    """Create one post (and its comment) unless a post with its slug already exists."""
    blocks = [("paragraph", f"<p>{text}</p>") for text in spec["paragraphs"]]
    if spec["guideline"]:
        blocks.append(
            (
                "quote",
                {
                    "quote": spec["guideline"],
                    "attribution": "Mayo Clinic Social Media Guidelines for Employees",
                    "role": "",
                },
            )
        )
    first_published_at = datetime.datetime.combine(
        spec["date"], datetime.time(9), tzinfo=ZoneInfo(settings.TIME_ZONE)
    )
    if BlogPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
        return BlogPage.objects.child_of(index).get(slug=spec["slug"])
    title = spec["title"]
    if spec["series_number"]:
        title = f"{series.label_for(spec['series_number'])}: {title}"
    date = spec["date"]
    feed_image = seed_image(
        title, kind="post", lines=[f"{date:%B} {date.day}, {date.year}"]
    )
    post, created = child_page(
        index,
        BlogPage,
        spec["slug"],
        feed_image=feed_image,
        title=spec["title"],
        date=spec["date"],
        excerpt=spec["excerpt"],
        body=stream(*blocks),
        series=series if spec["series_number"] else None,
        series_number=spec["series_number"],
        first_published_at=first_published_at,
        post_authors=[BlogPageAuthor(author=authors[slug]) for slug in spec["authors"]],
        tagged_items=[BlogPageTag(tag=seed_tag(name)) for name in spec["tags"]],
    )
    if created:
        backdate(post, first_published_at)
    if created and spec.get("comment"):
        comment = Comment.objects.create(
            post=post, status=Comment.Status.APPROVED, **spec["comment"]
        )
        # created_at is set on insert; date it the day the post appeared, as in 2015.
        Comment.objects.filter(pk=comment.pk).update(
            created_at=first_published_at + datetime.timedelta(hours=5),
            moderated_at=first_published_at + datetime.timedelta(hours=6),
        )
    return post


def seed_tag(name):
    tag = Tag.objects.filter(name__iexact=name).first()
    return tag or Tag.objects.create(name=name)
