"""The blog's index page: listing, archives and feeds hang off it."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from core.pages import SocialImageMixin


class BlogIndexPage(RoutablePageMixin, SocialImageMixin, Page):
    """The blog at /blog/: newest posts first, with tag, author, series and month archives."""

    introduction = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    api_fields = [APIField("introduction")]

    parent_page_types = ["site_pages.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count_per_parent = 1
    page_description = "The blog's front page. There is one per site, at /blog/."

    class Meta:
        verbose_name = "blog index"

    def get_summary(self):
        return self.introduction
