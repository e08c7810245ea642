"""The resource library of the seed: Mayo Clinic's guidelines #5–#8 for employees."""

import datetime
import logging

from taggit.models import Tag

from core.seed import child_page, seed_person, stream
from resources.models import ResourceIndexPage, ResourcePage, ResourcePageTag

logger = logging.getLogger(__name__)

# The same person as the blog's author of the Resource Series (found by slug).
REVIEWER = {
    "slug": "lee-aase",
    "name": "Lee Aase",
    "role": "Director, Mayo Clinic Center for Social Media",
}

GUIDELINES_SOURCE = "Mayo Clinic Social Media Guidelines for Employees"

# Each guideline as the blog's Resource Series describes it, with the guideline's own
# words as a quotation where the series quotes it.
GUIDELINES = [
    (
        "Guideline #5: Get it Right and Be Professional",
        "Guideline five restates and summarizes all the previous ones. It is about "
        "communications in general, online or not, and emphasizes key cultural "
        "expectations.",
        "Be professional, use good judgment and be accurate and honest in your "
        "communications.",
    ),
    (
        "Guideline #6: Get Your Work Done",
        "Many organizations block social networking sites such as Facebook, YouTube "
        "and Twitter with a corporate firewall, often for fear of lost productivity. "
        "Mayo Clinic doesn’t: it encourages appropriate online engagement, and the "
        "guidelines help employees understand what is “appropriate” while they get "
        "their work done.",
        None,
    ),
    (
        "Guideline #7: Be Friendly with Patients, but not “Friends”",
        "Particularly protective of employees: staff in patient care roles generally "
        "should not initiate or accept friend requests, except in unusual "
        "circumstances.",
        "Mayo Clinic strongly discourages “friending” of patients on social media "
        "websites.",
    ),
    (
        "Guideline #8: Online “Friending” Should be Voluntary",
        "The boundaries of propriety that hold between patients and providers hold "
        "between employees and supervisors too. Managers and supervisors may accept a "
        "friend request an employee initiates.",
        "Mayo Clinic discourages staff in management/supervisory roles from initiating "
        "“friend” requests with employees they manage.",
    ),
]

GUIDELINES_PAGE = {
    "slug": "social-media-guidelines-for-employees",
    "title": "Social media guidelines for employees",
    "resource_type": ResourcePage.ResourceType.POLICY,
    "introduction": (
        "Guidelines #5 to #8 of Mayo Clinic’s Social Media Guidelines for Employees, "
        "as the network’s Resource Series discussed them: be professional and "
        "accurate, get your work done, be friendly with patients but not “friends”, "
        "and keep online “friending” between managers and staff voluntary."
    ),
    "audience": "Health-care employees and their managers",
    "last_reviewed": datetime.date(2026, 3, 12),
    "review_interval_months": 12,
    "tags": ["social media guidelines", "employees", "friending"],
}


def seed_library(home):
    """The library at /resources/ and its guidelines page, reviewed by Lee Aase.

    Anything that already exists is left as editors have it; a second run changes nothing.
    """
    index, _ = child_page(
        home,
        ResourceIndexPage,
        "resources",
        title="Resources",
        show_in_menus=True,
        introduction=(
            "Guides, toolkits and policies for health-care social media, each with the "
            "date it was last reviewed and by whom."
        ),
    )
    reviewer = seed_person(**REVIEWER)
    seed_guidelines_page(index, reviewer)
    return index


def seed_guidelines_page(index, reviewer):
    spec = dict(GUIDELINES_PAGE)
    tags = spec.pop("tags")
    blocks = [
        (
            "paragraph",
            "<p>These guidelines protect health-care organizations and their "
            "employees alike. Each is summarised below; read "
            '<a href="/blog/series/resource-series/">the Resource Series</a> on the '
            "blog for the discussion of each one.</p>",
        )
    ]
    for heading, summary, quotation in GUIDELINES:
        blocks.append(("heading", {"text": heading, "level": "h2"}))
        blocks.append(("paragraph", f"<p>{summary}</p>"))
        if quotation:
            blocks.append(
                (
                    "quote",
                    {"quote": quotation, "attribution": GUIDELINES_SOURCE, "role": ""},
                )
            )
    page, _ = child_page(
        index,
        ResourcePage,
        spec.pop("slug"),
        body=stream(*blocks),
        reviewed_by=reviewer,
        tagged_items=[ResourcePageTag(tag=seed_tag(name)) for name in tags],
        **spec,
    )
    return page


def seed_tag(name):
    tag = Tag.objects.filter(name__iexact=name).first()
    return tag or Tag.objects.create(name=name)
