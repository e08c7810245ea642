"""Site-wide settings editors manage once per site."""

from django.db import models

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

SOCIAL_NETWORKS = [
    ("twitter", "Twitter / X"),
    ("facebook", "Facebook"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("instagram", "Instagram"),
    ("pinterest", "Pinterest"),
    ("other", "Other"),
]


class SocialProfileBlock(blocks.StructBlock):
    """One of the network's profiles on a social network."""

    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock()
    handle = blocks.CharBlock(required=False, max_length=80, help_text="e.g. @SMHNetwork")

    class Meta:
        icon = "site"
        description = "A social media profile"
        template = "blocks/social_profile_block.html"
        preview_value = {"network": "twitter", "url": "https://twitter.com/MayoClinicSMN"}


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
        blank=True, max_length=500, help_text="A short line shown at the foot of every page."
    )

    panels = [FieldPanel("contact_email"), FieldPanel("social_profiles"), FieldPanel("footer_text")]

    class Meta:
        verbose_name = "network settings"

    def __str__(self):
        return f"Network settings for {self.site}"
