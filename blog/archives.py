"""The blog's archives: its posts narrowed to a tag, an author, a series or a month."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Archive:
    """One listing of the blog index: the posts, what to call them and where they live.

    The HTML archive pages and the feeds share it, so a tag page and the tag's feed
    always list the same posts.
    """

    index: Any  # the BlogIndexPage the archive hangs off
    posts: Any  # a BlogPageQuerySet, ordered as the HTML page lists it
    heading: str
    description: str = ""
    route_name: str = "posts"
    route_args: tuple = ()
    # Route names of the archive's feeds start with this ("tag_" gives "tag_feed" and
    # "tag_atom_feed"); None when the archive has no feed of its own.
    feed_prefix: str | None = ""
    kind: str = "all"
    subject: Any = None  # the Tag, Author, Series or first day of the month

    def url(self, request=None):
        """Absolute URL of the archive's first page."""
        return self.index.route_url(self.route_name, *self.route_args, request=request)

    def feed_url(self, request=None, atom=False):
        """Absolute URL of the archive's RSS (or Atom) feed, or None."""
        if self.feed_prefix is None:
            return None
        name = f"{self.feed_prefix}{'atom_feed' if atom else 'feed'}"
        return self.index.route_url(name, *self.route_args, request=request)

    @property
    def kind_label(self):
        """What kind of archive this is, for the kicker above its heading."""
        return {
            "tag": "Topic",
            "author": "Author",
            "series": "Series",
            "month": "Archive",
        }.get(self.kind, "")

    @property
    def has_feed(self):
        return self.feed_prefix is not None
