"""The home page and the general-purpose standard page."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blog.models import BlogIndexPage
from core.blocks.streams import BaseStreamBlock
from core.pages import SocialImageMixin
from site_pages.blocks import HomeStreamBlock


class HomePage(SocialImageMixin, Page):
    """The network's front page, assembled from home sections."""

    intro = models.CharField(
        max_length=200,
        blank=True,
        help_text="The strap line under the site name, e.g. 'Bringing the Social Media "
        "Revolution to Health Care'.",
    )
    body = StreamField(HomeStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("intro"),
        APIField("body"),
    ] + SocialImageMixin.social_api_fields

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "site_pages.StandardPage",
        "blog.BlogIndexPage",
        "events.EventIndexPage",
        "resources.ResourceIndexPage",
    ]
    max_count_per_parent = 1
    page_description = (
        "The front page of the site. There is one, at the root of the site."
    )

    class Meta:
        verbose_name = "home page"

    def get_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        """Advertise the blog's feeds (<link rel="alternate">) from the front page."""
        context = super().get_context(request, *args, **kwargs)
        blog = BlogIndexPage.objects.child_of(self).live().public().first()
        context["feed_links"] = blog.feed_links(request) if blog else []
        return context

    # Home sections that sit side by side, two to a row, on wide screens.
    TEASER_SECTIONS = frozenset({"featured_webinar", "directory_teaser"})

    def section_groups(self):
        """The body's sections in order, with neighbouring teasers grouped into one row."""
        groups = []
        for section in self.body:
            teaser = section.block_type in self.TEASER_SECTIONS
            if teaser and groups and groups[-1]["teasers"]:
                groups[-1]["sections"].append(section)
            else:
                groups.append({"teasers": teaser, "sections": [section]})
        return groups

    @property
    def shows_contact_email(self):
        """Whether a calls-to-action section already shows the contact line (the footer
        then leaves it out)."""
        return any(
            section.block_type == "calls_to_action"
            and section.value.get("show_contact_email")
            for section in self.body
        )


class StandardPage(SocialImageMixin, Page):
    """A general page such as About or Join the Network."""

    introduction = models.TextField(
        blank=True, max_length=500, help_text="A short summary shown under the title."
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("introduction"),
        APIField("body"),
    ] + SocialImageMixin.social_api_fields

    parent_page_types = ["site_pages.HomePage", "site_pages.StandardPage"]
    subpage_types = ["site_pages.StandardPage"]
    page_description = "A general page, such as About or Join the Network."

    class Meta:
        verbose_name = "standard page"

    def get_summary(self):
        return self.introduction
