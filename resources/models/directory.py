"""The Health Care Social Media List page: the public directory and its submission form."""

from django.db import models
from django.shortcuts import get_object_or_404

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from core.pages import SocialImageMixin
from resources.directory.views import (
    serve_directory,
    serve_organization,
    serve_submission_form,
)
from resources.models.organizations import Organization


class DirectoryPage(RoutablePageMixin, SocialImageMixin, Page):
    """The Health Care Social Media List at /resources/health-care-social-media-list/."""

    introduction = models.TextField(
        max_length=1000,
        blank=True,
        help_text="Shown above the list; also its summary in search results and shares.",
    )
    submission_introduction = models.TextField(
        "'Add yours' introduction",
        max_length=1000,
        blank=True,
        help_text="Shown above the form where organizations submit themselves.",
    )
    thanks_message = models.CharField(
        max_length=300,
        default="Thank you! A moderator will review your organization before it is listed.",
        help_text="Shown once a submission is saved.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("submission_introduction"),
        FieldPanel("thanks_message"),
    ]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    api_fields = [
        APIField("introduction"),
        APIField("submission_introduction"),
    ] + SocialImageMixin.social_api_fields

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = (
        "The Health Care Social Media List: approved organizations, their filters and "
        "the 'Add yours' form. One per site, under Resources."
    )

    per_page = 25

    class Meta:
        verbose_name = "Health Care Social Media List"

    def get_summary(self):
        return self.introduction

    def route_url(self, name, *args, request=None):
        """The absolute URL of one of this page's routes, e.g. route_url("add")."""
        base = self.get_full_url(request)
        return None if base is None else base + self.reverse_subpage(name, args=args)

    def organization_url(self, organization, request=None):
        return self.route_url("organization", organization.slug, request=request)

    def get_sitemap_urls(self, request=None):
        """The list, then each approved organization's own page."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base is None:
            return urls
        organizations = Organization.objects.approved().order_by("name", "pk")
        for slug, approved_at in organizations.values_list("slug", "approved_at"):
            urls.append(
                {
                    "location": base
                    + self.reverse_subpage("organization", args=(slug,)),
                    "lastmod": approved_at,
                }
            )
        return urls

    # Routes: the list, the submission form, its thank-you page, one organization.

    @path("", name="list")
    def list_route(self, request):
        return serve_directory(request, self)

    @path("add/", name="add")
    def add_route(self, request):
        return serve_submission_form(request, self)

    @path("add/thanks/", name="thanks")
    def thanks_route(self, request):
        return self.render(
            request, template="resources/directory_thanks.html", context_overrides={}
        )

    @path("<slug:slug>/", name="organization")
    def organization_route(self, request, slug):
        organization = get_object_or_404(
            Organization.objects.approved().with_profiles(), slug=slug
        )
        return serve_organization(request, self, organization)
