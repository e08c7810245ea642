"""Query logic shared by the blog's pages, feeds and API."""

from wagtail.query import PageQuerySet

from blog.models.comment import approved_comment_count


class BlogPageQuerySet(PageQuerySet):
    """Posts as readers see them, and the ways readers narrow them down."""

    def published(self):
        """Live, public posts, newest first."""
        return self.live().public().order_by("-date", "-first_published_at", "-pk")

    def tagged(self, tag_slug):
        return self.filter(tags__slug=tag_slug)

    def by_author(self, author):
        return self.filter(post_authors__author=author)

    def in_series(self, series):
        return self.filter(series=series).order_by("series_number")

    def in_month(self, year, month):
        return self.filter(date__year=year, date__month=month)

    def with_comment_counts(self):
        """Annotate `approved_comment_count` so listings need no query per post."""
        return self.annotate(approved_comment_count=approved_comment_count())
