"""Helpers each app's seed module uses so that loading seed content is idempotent."""

import json
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from wagtail.models import Page, Site

from core.artwork import seed_image
from core.models import Author, NetworkSettings

logger = logging.getLogger(__name__)

# The 2015 page says "For swift response, email" without the address; editors can change it.
CONTACT_EMAIL = "info@socialmediahealthnetwork.org"


def stream(*blocks):
    """StreamField content in its stored JSON form: (block_type, value) pairs."""
    return json.dumps(
        [{"type": block_type, "value": value} for block_type, value in blocks]
    )


def child_page(parent, model, slug, **fields):
    """Return the live child page `slug` of `parent`, creating and publishing it if missing.

    An existing page is left exactly as editors have it: the seed never overwrites edits.
    Returns (page, created).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    with transaction.atomic():
        parent.add_child(instance=page)
        page.save_revision().publish()
    logger.info("Created %s %r", model._meta.verbose_name, page.title)
    return page, True


def backdate(page, when):
    """Date a seeded page's publication and revisions `when`, as it first appeared.

    Structured data (dateModified), feeds (<updated>) and the sitemap (<lastmod>) then
    tell the page's own history, not the day the seed ran.
    """
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=when, latest_revision_created_at=when
    )
    page.revisions.update(created_at=when)
    page.first_published_at = page.last_published_at = when
    page.latest_revision_created_at = when


def configure_default_site(root_page):
    """Point the default Site at `root_page`, with the host and port of SITE_BASE_URL."""
    address = urlsplit(settings.SITE_BASE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True
    )
    wanted = {
        "hostname": address.hostname,
        "port": port,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "root_page_id": root_page.pk,
    }
    if site.pk and all(
        getattr(site, field) == value for field, value in wanted.items()
    ):
        return site, False
    for field, value in wanted.items():
        setattr(site, field, value)
    site.save()
    return site, True


def remove_wagtail_welcome_page():
    """Delete the placeholder page Wagtail's first migration creates, if nothing uses it."""
    for page in Page.objects.filter(depth=2, content_type__model="page", slug="home"):
        if (
            not Site.objects.filter(root_page=page).exists()
            and not page.get_children().exists()
        ):
            page.delete()


def seed_network_settings(site):
    """Contact e-mail, social profile and footer line, only where editors left them empty."""
    network = NetworkSettings.for_site(site)
    changed = False
    if not network.contact_email:
        network.contact_email = CONTACT_EMAIL
        changed = True
    if not network.footer_text:
        network.footer_text = (
            "The Social Media Health Network helps health-care organizations, clinicians "
            "and patients use social media well."
        )
        changed = True
    if not network.social_profiles:
        network.social_profiles = stream(
            (
                "profile",
                {
                    "network": "twitter",
                    "url": "https://twitter.com/MayoClinicSMN",
                    "handle": "@MayoClinicSMN",
                },
            )
        )
        changed = True
    if network.default_social_image is None:
        # The network's 1200×630 card, shown when a shared page has no image of its own.
        network.default_social_image = seed_image(
            "Social Media Health Network",
            kind="social",
            lines=["Bringing the Social Media Revolution to Health Care"],
        )
        changed = True
    if changed:
        network.save()
    return changed


def seed_person(slug, **fields):
    """The one record for a person who writes, speaks, presents or reviews (`core.Author`),
    created with an initials avatar when missing and otherwise left as editors have it."""
    person = Author.objects.filter(slug=slug).first()
    if person is None:
        photo = seed_image(fields["name"], kind="avatar")
        person = Author.objects.create(slug=slug, photo=photo, **fields)
        logger.info("Created person %r", person.name)
    return person
