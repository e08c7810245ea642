"""Site-wide settings and the people who write for the network."""

from django.db import models
from django.utils.text import slugify

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index

from core.blocks.api import PHOTO_RENDITION_SPECS, PhotoField

SOCIAL_NETWORKS = [
    ("twitter", "Twitter / X"),
    ("facebook", "Facebook"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("instagram", "Instagram"),
    ("pinterest", "Pinterest"),
    ("other", "Other"),
]


class SocialProfileValue(blocks.StructValue):
    """A social profile, with the readable name of its network."""

    def network_label(self):
        return dict(SOCIAL_NETWORKS).get(self.get("network"), "Profile")


class SocialProfileBlock(blocks.StructBlock):
    """One of the network's profiles on a social network."""

    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock()
    handle = blocks.CharBlock(
        required=False, max_length=80, help_text="e.g. @SMHNetwork"
    )

    class Meta:
        icon = "site"
        description = "A social media profile"
        value_class = SocialProfileValue
        template = "blocks/social_profile_block.html"
        preview_value = {
            "network": "twitter",
            "url": "https://twitter.com/MayoClinicSMN",
        }


@register_setting(icon="site")
class NetworkSettings(BaseSiteSetting):
    """Contact details, social profiles and footer text shown on every page."""

    contact_email = models.EmailField(
        blank=True,
        help_text="Shown as 'For swift response, email …' on the home page and in the footer.",
    )
    social_profiles = StreamField(
        [("profile", SocialProfileBlock())], blank=True, use_json_field=True
    )
    footer_text = models.TextField(
        blank=True,
        max_length=500,
        help_text="A short line shown at the foot of every page.",
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The network's logo for search engines (square works best, at least 112×112).",
    )
    default_social_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when a page without its own social image is shared. 1200×630.",
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("social_profiles"),
        FieldPanel("footer_text"),
        FieldPanel("logo"),
        FieldPanel("default_social_image"),
    ]

    class Meta:
        verbose_name = "network settings"

    def __str__(self):
        return f"Network settings for {self.site}"


# The square crop of an author's photo in bylines and the API.
AUTHOR_PHOTO_SPEC = PHOTO_RENDITION_SPECS["small"]


class Author(index.Indexed, models.Model):
    """Someone who writes for the network; reused across posts, webinars and the API."""

    honorific = models.CharField(
        max_length=20, blank=True, help_text='Shown before the name, e.g. "Dr."'
    )
    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        blank=True,
        help_text="Used in /blog/authors/<slug>/. Filled from the name when blank.",
    )
    role = models.CharField(
        max_length=160,
        blank=True,
        help_text="e.g. Director, Mayo Clinic Center for Social Media",
    )
    organization = models.CharField(
        max_length=160,
        blank=True,
        help_text="e.g. University of Utah Health Care; shown with speakers.",
    )
    bio = models.TextField(blank=True, max_length=1000, help_text="A short biography.")
    photo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_profiles = StreamField(
        [("profile", SocialProfileBlock())], blank=True, use_json_field=True
    )

    panels = [
        FieldPanel("honorific"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organization"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("social_profiles"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.SearchField("organization"),
    ]

    api_fields = [
        APIField("honorific"),
        APIField("name"),
        APIField("slug"),
        APIField("role"),
        APIField("organization"),
        APIField("bio"),
        APIField("photo", serializer=PhotoField()),
        APIField("social_profiles"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        """The name with its honorific: "Dr. Wendy Sue Swanson"."""
        return " ".join(filter(None, [self.honorific, self.name]))

    def display_name_with_organization(self):
        """ "Libby Mitchell (University of Utah Health Care)" for speaker lists."""
        if self.organization:
            return f"{self.display_name} ({self.organization})"
        return self.display_name


# The image and webhook models live in core/images.py and core/webhooks/; imported here
# so Django registers them.
from core.images import SiteImage, SiteRendition  # noqa: E402, F401
from core.webhooks.models import (  # noqa: E402, F401
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)
