"""RSS and Atom feeds, read back with feedparser as a feed reader would."""

import datetime
import time

from django.utils import timezone

import feedparser
import pytest
from bs4 import BeautifulSoup

from core.seed import stream
from tests.factories.blog import (
    AuthorFactory,
    BlogPageFactory,
    SeriesFactory,
)
from tests.factories.core import ImageFactory

pytestmark = pytest.mark.django_db

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"


def parse(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


@pytest.fixture
def guideline(blog_index, series, image, document):
    """Guideline #6 by two authors, with an image, a page link and a document link."""
    return BlogPageFactory(
        title="Get Your Work Done",
        date=datetime.date(2015, 5, 18),
        authors=[AuthorFactory(name="Lee Aase"), AuthorFactory(name="Meredith Gould")],
        excerpt="Many companies block access to social networking sites. Mayo doesn’t.",
        series=series,
        series_number=6,
        tags=["social media guidelines", "FB", "employee access"],
        feed_image=image,
        body=stream(
            (
                "paragraph",
                f'<p>Read <a linktype="page" id="{blog_index.pk}">the blog</a> and '
                f'<a href="#guideline">the guideline</a>.</p>',
            ),
            (
                "image",
                {
                    "image": {
                        "image": image.pk,
                        "alt_text": "Staff",
                        "decorative": False,
                    },
                    "caption": "At work",
                    "credit": "",
                },
            ),
            ("document", {"document": document.pk, "text": "The guidelines (PDF)"}),
        ),
    )


@pytest.mark.parametrize(
    ("url", "content_type"), [("/blog/feed/", RSS), ("/blog/feed/atom/", ATOM)]
)
class TestBlogFeed:
    def test_describes_the_blog(self, client, guideline, url, content_type):
        feed = parse(client, url, content_type).feed

        assert feed.title == "Blog | Social Media Health Network"
        assert feed.link == "http://localhost/blog/"
        assert feed.get("subtitle") == "News, webinars and the Resource Series."
        self_link = next(link for link in feed.links if link.rel == "self")
        assert self_link.href == f"http://localhost{url}"

    def test_item_fields(self, client, guideline, url, content_type):
        [entry] = parse(client, url, content_type).entries

        assert entry.title == "Resource Series | Guideline #6: Get Your Work Done"
        assert entry.link == f"http://localhost{guideline.url}"
        assert (
            entry.id
            == f"tag:localhost,{timezone.localdate():%Y-%m-%d}:blog-post-{guideline.pk}"
        )
        assert time.strftime("%Y-%m-%d", entry.published_parsed) == "2015-05-18"
        assert [author.name for author in entry.authors] == [
            "Lee Aase",
            "Meredith Gould",
        ]
        assert sorted(tag.term for tag in entry.tags) == [
            "FB",
            "employee access",
            "social media guidelines",
        ]
        assert entry.summary == guideline.excerpt

    def test_content_is_the_full_body_with_absolute_urls(
        self, client, guideline, url, content_type
    ):
        [entry] = parse(client, url, content_type).entries

        content = BeautifulSoup(entry.content[0].value, "html.parser")
        links = {a.get_text(): a["href"] for a in content.find_all("a")}
        assert links["the blog"] == "http://localhost/blog/"
        assert links["the guideline"] == f"http://localhost{guideline.url}#guideline"
        assert links["The guidelines (PDF)"].startswith("http://localhost/documents/")
        sources = [img["src"] for img in content.find_all("img")]
        assert len(sources) == 2  # the feed image, then the image in the body
        assert all(src.startswith("http://localhost/media/images/") for src in sources)
        assert content.find("img", alt="Staff") is not None
        assert "At work" in content.get_text()

    def test_newest_first_and_only_live_posts(
        self, client, blog_index, url, content_type
    ):
        for day in (1, 3, 2):
            BlogPageFactory(title=f"May {day}", date=datetime.date(2015, 5, day))
        BlogPageFactory(title="Draft").unpublish()

        entries = parse(client, url, content_type).entries

        assert [entry.title for entry in entries] == ["May 3", "May 2", "May 1"]

    def test_holds_the_twenty_newest(self, client, blog_index, url, content_type):
        for day in range(1, 23):
            BlogPageFactory(title=f"May {day}", date=datetime.date(2015, 5, day))

        entries = parse(client, url, content_type).entries

        assert len(entries) == 20
        assert entries[0].title == "May 22"
        assert entries[-1].title == "May 3"


def test_excerpts_are_text_not_markup(client, blog_index):
    BlogPageFactory(excerpt="Use <b> & <i> sparingly")

    [entry] = parse(client, "/blog/feed/", RSS).entries

    assert entry.summary == "Use &lt;b&gt; &amp; &lt;i&gt; sparingly"
    assert "<b>" not in entry.summary


class TestArchiveFeeds:
    @pytest.fixture
    def posts(self, blog_index, series):
        lee, meredith = (
            AuthorFactory(name="Lee Aase"),
            AuthorFactory(name="Meredith Gould"),
        )
        other_series = SeriesFactory(title="Webinars", slug="webinars")
        return [
            BlogPageFactory(
                title="Guideline 5",
                authors=[lee],
                series=series,
                series_number=5,
                tags=["social media guidelines"],
                date=datetime.date(2015, 5, 15),
            ),
            BlogPageFactory(
                title="Guideline 6",
                authors=[lee],
                series=series,
                series_number=6,
                tags=["FB", "social media guidelines"],
                date=datetime.date(2015, 5, 18),
            ),
            BlogPageFactory(
                title="June Webinar",
                authors=[meredith],
                series=other_series,
                series_number=1,
                date=datetime.date(2015, 5, 21),
            ),
        ]

    @pytest.mark.parametrize(
        ("path", "title", "expected"),
        [
            (
                "tags/social-media-guidelines/",
                "Posts tagged social media guidelines",
                [
                    "Resource Series | Guideline #6: Guideline 6",
                    "Resource Series | Guideline #5: Guideline 5",
                ],
            ),
            (
                "tags/fb/",
                "Posts tagged FB",
                ["Resource Series | Guideline #6: Guideline 6"],
            ),
            (
                "authors/meredith-gould/",
                "Posts by Meredith Gould",
                ["Webinars | Guideline #1: June Webinar"],
            ),
            (
                "series/resource-series/",
                "Resource Series",
                [
                    "Resource Series | Guideline #6: Guideline 6",
                    "Resource Series | Guideline #5: Guideline 5",
                ],
            ),
        ],
    )
    @pytest.mark.parametrize(
        ("suffix", "content_type"), [("feed/", RSS), ("feed/atom/", ATOM)]
    )
    def test_each_archive_has_feeds_of_its_own_posts(
        self, client, posts, path, title, expected, suffix, content_type
    ):
        feed = parse(client, f"/blog/{path}{suffix}", content_type)

        assert feed.feed.title == f"{title} | Social Media Health Network"
        assert feed.feed.link == f"http://localhost/blog/{path}"
        assert [entry.title for entry in feed.entries] == expected

    @pytest.mark.parametrize(
        "path",
        [
            "tags/nothing/feed/",
            "authors/nobody/feed/atom/",
            "series/none/feed/",
            "2015/05/feed/",
        ],
    )
    def test_unknown_archives_have_no_feed(self, client, posts, path):
        assert client.get(f"/blog/{path}").status_code == 404

    def test_archive_pages_advertise_their_feed_first(self, client, posts):
        response = client.get("/blog/tags/fb/")

        head = BeautifulSoup(response.content, "html.parser").head
        assert [link["href"] for link in head.find_all("link", rel="alternate")] == [
            "http://localhost/blog/tags/fb/feed/",
            "http://localhost/blog/tags/fb/feed/atom/",
            "http://localhost/blog/feed/",
            "http://localhost/blog/feed/atom/",
        ]


def test_query_count_does_not_grow_with_the_items(
    client, blog_index, document, django_assert_max_num_queries
):
    def count():
        client.get("/blog/feed/")  # renditions are made once, on first request
        with django_assert_max_num_queries(20) as captured:
            response = client.get("/blog/feed/")
        return len(captured), len(feedparser.parse(response.content).entries)

    def post(day):
        image = ImageFactory()
        BlogPageFactory(
            date=datetime.date(2015, 5, day),
            tags=["FB"],
            feed_image=image,
            body=stream(
                (
                    "paragraph",
                    f'<p><a linktype="page" id="{blog_index.pk}">The blog</a></p>',
                ),
                (
                    "image",
                    {
                        "image": {
                            "image": image.pk,
                            "alt_text": "",
                            "decorative": True,
                        },
                        "caption": "",
                        "credit": "",
                    },
                ),
                ("document", {"document": document.pk, "text": ""}),
            ),
        )

    post(1)
    one = count()
    for day in range(2, 21):
        post(day)
    twenty = count()

    assert (one[1], twenty[1]) == (1, 20)
    assert twenty[0] == one[0]


def test_feeds_answer_304_when_the_reader_has_the_latest_copy(client, blog_index):
    BlogPageFactory(title="Guideline #8", parent=blog_index)
    first = client.get("/blog/feed/")

    again = client.get("/blog/feed/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200 and first["ETag"]
    assert again.status_code == 304
    assert again.content == b""
