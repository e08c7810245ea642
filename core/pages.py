"""Abstract page mixins whose fields carry their own panels."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.images import get_image_model_string

from core.blocks.api import ImageField


class SocialImageMixin(models.Model):
    """The image shown when a page is shared (OpenGraph and Twitter cards)."""

    social_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared on social networks. 1200×630 works best.",
    )

    social_panels = [FieldPanel("social_image")]
    # Page types add these to their `api_fields`: front ends render sharing tags too.
    social_api_fields = [APIField("social_image", serializer=ImageField())]

    class Meta:
        abstract = True

    def get_meta_description(self):
        """The search description, or the page's own summary when editors left it blank."""
        return self.search_description or self.get_summary()

    def get_share_image(self):
        """The image shown when the page is shared; page types may fall back to another."""
        return self.social_image

    def get_summary(self):
        """A plain-text summary of the page; page types with an intro override this."""
        return ""
