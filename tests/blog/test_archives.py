"""Tag, author, series and month archives under /blog/."""

import datetime

from taggit.models import Tag

import pytest
from bs4 import BeautifulSoup

from blog.models import TagDisplayName
from core.models import Author
from tests.factories.blog import AuthorFactory, BlogPageFactory, SeriesFactory

pytestmark = pytest.mark.django_db


def page_of(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    titles = [
        title.get_text(strip=True)
        for title in page.select(".post-list .post-summary__title")
    ]
    return page, titles


@pytest.fixture
def posts(blog_index, series):
    lee, meredith = AuthorFactory(name="Lee Aase"), AuthorFactory(name="Meredith Gould")
    return {
        # Published out of series order, so the series page must sort by number.
        "6": BlogPageFactory(
            title="Get Your Work Done",
            date=datetime.date(2015, 5, 18),
            authors=[lee],
            series=series,
            series_number=6,
            tags=["FB", "social media guidelines"],
        ),
        "5": BlogPageFactory(
            title="Get it Right and Be Professional",
            date=datetime.date(2015, 5, 25),
            authors=[lee],
            series=series,
            series_number=5,
            tags=["social media guidelines"],
        ),
        "webinar": BlogPageFactory(
            title="June Webinar",
            date=datetime.date(2015, 6, 1),
            authors=[meredith, lee],
        ),
        "april": BlogPageFactory(
            title="An April post", date=datetime.date(2015, 4, 30), authors=[meredith]
        ),
    }


class TestTags:
    def test_lists_only_posts_with_the_tag(self, client, posts):
        page, titles = page_of(client.get("/blog/tags/fb/"))

        assert page.find("h1").get_text() == "Posts tagged FB"
        assert titles == ["Resource Series | Guideline #6: Get Your Work Done"]

    def test_a_display_name_names_the_tag_everywhere_readers_see_it(
        self, client, posts
    ):
        TagDisplayName.objects.create(
            tag=Tag.objects.get(slug="fb"), display_name="Facebook"
        )

        page, _ = page_of(client.get("/blog/tags/fb/"))

        assert page.find("h1").get_text() == "Posts tagged Facebook"
        assert page.title.get_text().startswith("Posts tagged Facebook |")
        subtitle = page.select_one(".page-header__lede").get_text()
        assert (
            subtitle
            == "Everything the Network has written about Facebook, newest first."
        )
        entry = page.select_one(".post-summary")
        assert [a.get_text() for a in entry.select(".tag-list a")] == [
            "Facebook",
            "social media guidelines",
        ]
        assert entry.select_one(".tag-list a")["href"] == "/blog/tags/fb/"

    def test_archive_pages_say_what_they_are_below_the_blog(self, client, posts):
        page, _ = page_of(client.get("/blog/tags/fb/"))

        kicker = page.select_one(".page-header__kicker")
        assert " ".join(kicker.get_text().split()) == "Blog / Topic"
        assert kicker.find("a")["href"] == "/blog/"
        assert "Posts on Blog" not in page.get_text()

    def test_multiword_tag(self, client, posts):
        _, titles = page_of(client.get("/blog/tags/social-media-guidelines/"))

        assert titles == [
            "Resource Series | Guideline #5: Get it Right and Be Professional",
            "Resource Series | Guideline #6: Get Your Work Done",
        ]

    def test_unknown_tag_is_404(self, client, posts):
        assert client.get("/blog/tags/no-such-tag/").status_code == 404

    def test_tag_page_is_its_own_canonical_page(self, client, posts):
        page, _ = page_of(client.get("/blog/tags/fb/"))

        assert (
            page.find("link", rel="canonical")["href"]
            == "http://localhost/blog/tags/fb/"
        )
        assert page.title.get_text() == "Posts tagged FB | Social Media Health Network"


class TestAuthors:
    def test_lists_every_post_the_author_wrote_or_co_wrote(self, client, posts):
        page, titles = page_of(client.get("/blog/authors/meredith-gould/"))

        assert page.find("h1").get_text() == "Posts by Meredith Gould"
        assert titles == ["June Webinar", "An April post"]

    def test_shows_the_author_bio(self, client, posts):
        Author.objects.filter(slug="lee-aase").update(
            bio="Lee directs the Mayo Clinic Center for Social Media."
        )

        page, titles = page_of(client.get("/blog/authors/lee-aase/"))

        assert "Lee directs the Mayo Clinic Center for Social Media." in page.get_text()
        assert len(titles) == 3

    def test_unknown_author_is_404(self, client, posts):
        assert client.get("/blog/authors/nobody/").status_code == 404


class TestSeries:
    def test_lists_posts_in_series_order(self, client, posts):
        page, titles = page_of(client.get("/blog/series/resource-series/"))

        assert page.find("h1").get_text() == "Resource Series"
        assert titles == [
            "Resource Series | Guideline #5: Get it Right and Be Professional",
            "Resource Series | Guideline #6: Get Your Work Done",
        ]
        assert page.select_one(".post-list").name == "ol"

    def test_other_series_are_left_out(self, client, posts):
        BlogPageFactory(
            title="Another run",
            series=SeriesFactory(title="Other", slug="other"),
            series_number=1,
        )

        _, titles = page_of(client.get("/blog/series/other/"))

        assert titles == ["Other | Guideline #1: Another run"]

    def test_unknown_series_is_404(self, client, posts):
        assert client.get("/blog/series/no-such-series/").status_code == 404


class TestMonths:
    def test_lists_the_posts_of_the_month(self, client, posts):
        page, titles = page_of(client.get("/blog/2015/05/"))

        assert page.find("h1").get_text() == "Posts from May 2015"
        assert titles == [
            "Resource Series | Guideline #5: Get it Right and Be Professional",
            "Resource Series | Guideline #6: Get Your Work Done",
        ]

    @pytest.mark.parametrize(
        "path",
        [
            "2015/13/",  # no such month
            "2015/00/",
            "0000/01/",  # no year 0
            "2014/05/",  # no posts that month
            "15/05/",
            "2015/5/",
            "2015/05/extra/",
        ],
    )
    def test_bad_or_empty_months_are_404(self, client, posts, path):
        assert client.get(f"/blog/{path}").status_code == 404


def test_archives_paginate_like_the_index(client, blog_index):
    for day in range(1, 13):
        BlogPageFactory(date=datetime.date(2015, 5, day), tags=["FB"])

    first, first_titles = page_of(client.get("/blog/tags/fb/"))
    _, second_titles = page_of(client.get("/blog/tags/fb/?page=2"))
    _, junk_titles = page_of(client.get("/blog/tags/fb/?page=x"))

    assert len(first_titles) == 10
    assert len(second_titles) == 2
    assert junk_titles == first_titles
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"
