"""The blog's index page: listing, archives and feeds hang off it."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.dateformat import format as format_date

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from blog.archives import Archive
from blog.models.post import BlogPage
from blog.models.series import Series
from blog.models.tags import tag_label
from blog.serializers import FeedsField
from core.models import Author
from core.pages import SocialImageMixin
from core.pagination import narrow_slices


class BlogIndexPage(RoutablePageMixin, SocialImageMixin, Page):
    """The blog at /blog/: newest posts first, with tag, author, series and month archives."""

    introduction = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    api_fields = [
        APIField("introduction"),
        APIField("feeds", serializer=FeedsField()),
    ] + SocialImageMixin.social_api_fields

    parent_page_types = ["site_pages.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count_per_parent = 1
    page_description = "The blog's front page. There is one per site, at /blog/."

    posts_per_page = 10

    class Meta:
        verbose_name = "blog index"

    def get_summary(self):
        return self.introduction

    # Posts and archives

    def get_posts(self):
        """This blog's live, public posts, newest first.

        Posts live only directly under a blog index (their parent_page_types), so its
        descendants are its children; asked as a depth range rather than one depth,
        SQLite reads the newest posts through the date index instead of sorting all.
        """
        return BlogPage.objects.descendant_of(self).published()

    def route_url(self, name, *args, request=None):
        """The absolute URL of one of this page's routes, e.g. route_url("tag", "fb")."""
        base = self.get_full_url(request)
        if base is None:  # not routable: not under any site's root
            return None
        return base + self.reverse_subpage(name, args=args)

    def archive(self):
        return Archive(
            index=self,
            posts=self.get_posts(),
            heading=self.title,
            description=self.introduction,
        )

    def find_tag(self, slug):
        """A tag this blog's published posts carry; a tag found only on drafts is a 404
        exactly like an unknown one."""
        tag = get_object_or_404(BlogPage.tags.through.tag_model(), slug=slug)
        # One published post is enough: no need to collect every tag in use.
        if not self.get_posts().tagged(tag.slug).exists():
            raise Http404("No published post carries this tag.")
        return tag

    def tag_archive(self, tag):
        label = tag_label(tag)
        return Archive(
            index=self,
            posts=self.get_posts().tagged(tag.slug),
            heading=f"Posts tagged {label}",
            description=f"Everything the Network has written about {label}, newest first.",
            route_name="tag",
            route_args=(tag.slug,),
            feed_prefix="tag_",
            kind="tag",
            subject=tag,
        )

    def author_archive(self, author):
        return Archive(
            index=self,
            posts=self.get_posts().by_author(author),
            heading=f"Posts by {author.name}",
            description=author.bio
            or f"Everything {author.name} has written for the Network, newest first.",
            route_name="author",
            route_args=(author.slug,),
            feed_prefix="author_",
            kind="author",
            subject=author,
        )

    def series_archive(self, series):
        return Archive(
            index=self,
            # The series page reads in series order; its feed is newest first.
            posts=self.get_posts().in_series(series),
            heading=series.title,
            description=series.description,
            route_name="series",
            route_args=(series.slug,),
            feed_prefix="series_",
            kind="series",
            subject=series,
        )

    def month_archive(self, year, month):
        try:
            first_day = datetime.date(int(year), int(month), 1)
        except ValueError as error:
            raise Http404("No such month.") from error
        posts = self.get_posts().in_month(first_day.year, first_day.month)
        if not posts.exists():
            raise Http404("No posts that month.")
        month_name = format_date(first_day, "F Y")
        return Archive(
            index=self,
            posts=posts,
            heading=f"Posts from {month_name}",
            description=f"Everything the Network published in {month_name}.",
            route_name="month",
            route_args=(f"{first_day:%Y}", f"{first_day:%m}"),
            feed_prefix=None,
            kind="month",
            subject=first_day,
        )

    def get_sitemap_urls(self, request=None):
        """The blog's own entry, then each tag, author, series and month archive, each
        last modified when its newest post was."""
        entries = super().get_sitemap_urls(request)
        archives = {}  # (route name, args) -> last modification

        def touch(name, args, when):
            key = (name, args)
            archives[key] = max(filter(None, [archives.get(key), when]), default=None)

        posts = (
            self.get_posts()
            .select_related("series")
            .prefetch_related("tags", "post_authors__author")
        )
        for post in posts:
            when = post.last_published_at or post.first_published_at
            for tag in post.tags.all():
                touch("tag", (tag.slug,), when)
            for byline in post.post_authors.all():
                touch("author", (byline.author.slug,), when)
            if post.series_id:
                touch("series", (post.series.slug,), when)
            touch("month", (f"{post.date:%Y}", f"{post.date:%m}"), when)
        base = self.get_full_url(request)
        if base is None:
            return entries
        for (name, args), lastmod in sorted(archives.items()):
            location = base + self.reverse_subpage(name, args=args)
            entries.append({"location": location, "lastmod": lastmod})
        return entries

    def feed_url(self, request=None, atom=False):
        """Absolute URL of the whole blog's RSS (or Atom) feed."""
        return self.route_url("atom_feed" if atom else "feed", request=request)

    def feed_links(self, request, archive=None):
        """Targets of <link rel="alternate">: an archive's own feeds, then the blog's."""
        archives = [archive] if archive is not None and archive.has_feed else []
        if archive is None or archive.kind != "all":
            # Only its heading and feed URLs are linked: no need to query its posts.
            archives.append(Archive(index=self, posts=None, heading=self.title))
        return [
            {
                "type": f"application/{kind}+xml",
                "title": f"{archive.heading} ({label})",
                "href": archive.feed_url(request, atom=kind == "atom"),
            }
            for archive in archives
            for kind, label in (("rss", "RSS"), ("atom", "Atom"))
        ]

    def serve_archive(self, request, archive):
        """Render one page of an archive: ?page=N, where junk gives the first page
        and numbers past the end give the last."""
        paginator = Paginator(
            narrow_slices(archive.posts.for_cards()), self.posts_per_page
        )
        posts = paginator.get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "archive": archive,
                "archive_url": archive.url(request)
                + (f"?page={posts.number}" if posts.number > 1 else ""),
                "posts": posts,
                "page_range": paginator.get_elided_page_range(
                    posts.number, on_each_side=2, on_ends=1
                ),
                "blog_index": self,
                "feed_links": self.feed_links(request, archive),
            },
        )

    def serve_feed(self, request, archive, atom=False):
        from blog.feeds import ArchiveAtomFeed, ArchiveRssFeed

        feed_class = ArchiveAtomFeed if atom else ArchiveRssFeed
        return feed_class(archive)(request)

    # Routes: each archive has a page, and all but the month archives have feeds.

    @path("", name="posts")
    def posts_route(self, request):
        return self.serve_archive(request, self.archive())

    @path("feed/", name="feed")
    def feed_route(self, request):
        return self.serve_feed(request, self.archive())

    @path("feed/atom/", name="atom_feed")
    def atom_feed_route(self, request):
        return self.serve_feed(request, self.archive(), atom=True)

    @path("tags/<str:tag>/", name="tag")
    def tag_route(self, request, tag):
        return self.serve_archive(request, self.tag_archive(self.find_tag(tag)))

    @path("tags/<str:tag>/feed/", name="tag_feed")
    def tag_feed_route(self, request, tag):
        return self.serve_feed(request, self.tag_archive(self.find_tag(tag)))

    @path("tags/<str:tag>/feed/atom/", name="tag_atom_feed")
    def tag_atom_feed_route(self, request, tag):
        return self.serve_feed(request, self.tag_archive(self.find_tag(tag)), atom=True)

    @path("authors/<slug:author>/", name="author")
    def author_route(self, request, author):
        return self.serve_archive(request, self.author_archive(find_author(author)))

    @path("authors/<slug:author>/feed/", name="author_feed")
    def author_feed_route(self, request, author):
        return self.serve_feed(request, self.author_archive(find_author(author)))

    @path("authors/<slug:author>/feed/atom/", name="author_atom_feed")
    def author_atom_feed_route(self, request, author):
        archive = self.author_archive(find_author(author))
        return self.serve_feed(request, archive, atom=True)

    @path("series/<slug:series>/", name="series")
    def series_route(self, request, series):
        return self.serve_archive(request, self.series_archive(find_series(series)))

    @path("series/<slug:series>/feed/", name="series_feed")
    def series_feed_route(self, request, series):
        return self.serve_feed(request, self.series_archive(find_series(series)))

    @path("series/<slug:series>/feed/atom/", name="series_atom_feed")
    def series_atom_feed_route(self, request, series):
        archive = self.series_archive(find_series(series))
        return self.serve_feed(request, archive, atom=True)

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def month_route(self, request, year, month):
        return self.serve_archive(request, self.month_archive(year, month))


def find_author(slug):
    return get_object_or_404(Author, slug=slug)


def find_series(slug):
    return get_object_or_404(Series, slug=slug)
