"""RSS 2.0 and Atom feeds of the blog and of each tag, author and series archive."""

from urllib.parse import urljoin, urlsplit

from django.contrib.syndication.views import Feed
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from wagtail.models import Site

from bs4 import BeautifulSoup

from core.pagination import narrow_slices
from core.prefetch import prefetch_stream_content

DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"
CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/"
URL_ATTRIBUTES = ("href", "src", "poster", "cite", "action")


class RssWithContent(Rss201rev2Feed):
    """RSS 2.0 with each item's full HTML in content:encoded and every author."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": CONTENT_NAMESPACE,
            "xmlns:dc": DC_NAMESPACE,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # Django writes the first author as dc:creator; co-authors follow it.
        for name, _link in item["coauthors"]:
            handler.addQuickElement("dc:creator", name)
        handler.addQuickElement("content:encoded", item["content"])


class AtomWithContent(Atom1Feed):
    """Atom 1.0 with each entry's full HTML as its content and every author."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, link in item["coauthors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            if link:
                handler.addQuickElement("uri", link)
            handler.endElement("author")
        handler.addQuickElement("content", item["content"], {"type": "html"})


def absolutize_urls(html, base_url):
    """Rewrite relative links and image sources in `html` against `base_url`.

    Feed readers show content away from the site, where /media/… means nothing.
    """
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(True):
        for attribute in URL_ATTRIBUTES:
            if element.has_attr(attribute):
                element[attribute] = urljoin(base_url, element[attribute].strip())
        if element.has_attr("srcset"):
            element["srcset"] = ", ".join(
                " ".join([urljoin(base_url, url), *descriptor])
                for url, *descriptor in (
                    candidate.split() for candidate in element["srcset"].split(",")
                )
                if url
            )
    return str(soup)


class ArchiveRssFeed(Feed):
    """The newest posts of an archive (the whole blog, a tag, an author or a series)."""

    feed_type = RssWithContent
    item_count = 20

    def __init__(self, archive):
        self.archive = archive
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.site = Site.find_for_request(request)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.archive

    def title(self, archive):
        site_name = self.site.site_name if self.site else ""
        return " | ".join(filter(None, [archive.heading, site_name]))

    def link(self, archive):
        return archive.url(self.request)

    def feed_url(self, archive):
        return archive.feed_url(self.request, atom=self.feed_type is AtomWithContent)

    def description(self, archive):
        return archive.description or self.title(archive)

    def items(self, archive):
        posts = list(
            narrow_slices(archive.posts.newest_first().for_listing())[: self.item_count]
        )
        prefetch_stream_content([post.body for post in posts])
        return posts

    def item_title(self, post):
        return post.display_title

    def item_link(self, post):
        return post.get_full_url(self.request)

    def item_guid(self, post):
        """A tag: URI that survives changes to the post's title, slug and date."""
        host = urlsplit(self.item_link(post)).hostname
        first_day = (
            timezone.localdate(post.first_published_at)
            if post.first_published_at
            else post.date
        )
        return f"tag:{host},{first_day:%Y-%m-%d}:blog-post-{post.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, post):
        return post.published_datetime

    def item_updateddate(self, post):
        return post.last_published_at or post.published_datetime

    def item_author_name(self, post):
        authors = post.authors
        return authors[0].name if authors else None

    def item_author_link(self, post):
        authors = post.authors
        return self.author_url(authors[0]) if authors else None

    def item_categories(self, post):
        return [tag.label for tag in post.ordered_tags]

    def item_description(self, post):
        # Feed readers treat descriptions and Atom summaries as HTML; the excerpt is text.
        return escape(post.excerpt)

    def item_comments(self, post):
        return f"{self.item_link(post)}#comments"

    def item_extra_kwargs(self, post):
        return {
            "content": self.item_content(post),
            "coauthors": [
                (author.name, self.author_url(author)) for author in post.authors[1:]
            ],
        }

    def item_content(self, post):
        """The post's image and body as HTML with absolute URLs."""
        html = render_to_string(
            "blog/feed_item.html", {"page": post}, request=self.request
        )
        return absolutize_urls(html, self.item_link(post))

    def author_url(self, author):
        return self.archive.index.route_url("author", author.slug, request=self.request)


class ArchiveAtomFeed(ArchiveRssFeed):
    """The same posts as ArchiveRssFeed, as Atom 1.0."""

    feed_type = AtomWithContent

    def subtitle(self, archive):
        return self.description(archive)
