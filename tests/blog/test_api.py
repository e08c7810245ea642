"""Blog posts in /api/v2/pages/: fields, filters, errors and query budgets."""

import datetime

import pytest

from blog.models import BlogPage
from core.seed import stream
from tests.factories.blog import (
    AuthorFactory,
    BlogPageFactory,
    CommentFactory,
)
from tests.factories.core import ImageFactory

pytestmark = pytest.mark.django_db

POSTS = "/api/v2/pages/?type=blog.BlogPage"


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def image_body(image, page):
    """A body, as stored, with text linking to `page` and a captioned image."""
    return stream(
        ("paragraph", f'<p>See <a linktype="page" id="{page.pk}">the blog</a>.</p>'),
        (
            "image",
            {
                "image": {"image": image.pk, "alt_text": "Summit", "decorative": False},
                "caption": "The Doubletree",
                "credit": "",
            },
        ),
    )


@pytest.fixture
def guideline(blog_index, series, image):
    """Guideline #8 with a photographed author, a feed image, tags and comments."""
    lee = AuthorFactory(name="Lee Aase", role="Director", photo=ImageFactory())
    BlogPageFactory(series=series, series_number=7, title="Guideline seven")
    post = BlogPageFactory(
        title="Online “Friending” Should be Voluntary",
        date=datetime.date(2015, 5, 22),
        authors=[lee],
        excerpt="Guideline number eight addresses this issue.",
        series=series,
        series_number=8,
        tags=["social media guidelines", "FB"],
        feed_image=image,
        body=image_body(image, blog_index),
    )
    CommentFactory.create_batch(2, post=post)
    CommentFactory(post=post, status="pending")
    return post


class TestFields:
    def test_a_post_carries_its_blog_fields(self, client, guideline):
        response = client.get(f"/api/v2/pages/{guideline.pk}/")

        data = response.json()
        assert data["date"] == "2015-05-22"
        assert data["excerpt"] == "Guideline number eight addresses this issue."
        assert data["series"] == {
            "title": "Resource Series",
            "slug": "resource-series",
            "number": 8,
            "label": "Resource Series | Guideline #8",
        }
        assert data["tags"] == [
            {"name": "FB", "slug": "fb", "display_name": "FB"},
            {
                "name": "social media guidelines",
                "slug": "social-media-guidelines",
                "display_name": "social media guidelines",
            },
        ]
        assert data["comment_count"] == 2
        assert data["comments_open"] is True
        [author] = data["authors"]
        assert (author["name"], author["slug"], author["role"]) == (
            "Lee Aase",
            "lee-aase",
            "Director",
        )
        small = author["photo"]["renditions"]["small"]
        assert small["width"] == small["height"] == 160
        assert small["url"].startswith("http://localhost/media/images/")
        large = author["photo"]["renditions"]["large"]
        assert large["width"] == large["height"]
        assert data["previous_in_series"]["title"] == "Guideline seven"
        assert data["previous_in_series"]["number"] == 7
        assert data["previous_in_series"]["html_url"].startswith(
            "http://localhost/blog/"
        )
        assert data["next_in_series"] is None

    def test_body_is_html_with_images_as_renditions(self, client, guideline):
        data = client.get(f"/api/v2/pages/{guideline.pk}/").json()

        paragraph, image = data["body"]
        assert paragraph["value"] == '<p>See <a href="/blog/">the blog</a>.</p>'
        assert image["value"]["image"]["alt"] == "Summit"
        assert image["value"]["caption"] == "The Doubletree"
        rendition = image["value"]["image"]["renditions"]["medium"]
        assert (rendition["width"], rendition["height"]) == (640, 360)
        assert rendition["url"].startswith("http://localhost/media/images/")

    def test_feed_image_renditions(self, client, guideline):
        feed_image = client.get(f"/api/v2/pages/{guideline.pk}/").json()["feed_image"]

        assert set(feed_image["renditions"]) == {"small", "medium", "large"}
        assert feed_image["renditions"]["small"]["width"] == 400

    def test_listing_offers_every_field(self, client, guideline):
        [item] = [
            item
            for item in client.get(f"{POSTS}&fields=*").json()["items"]
            if item["id"] == guideline.pk
        ]

        assert item["series"]["number"] == 8
        assert item["comment_count"] == 2
        assert item["authors"][0]["name"] == "Lee Aase"
        assert item["previous_in_series"]["number"] == 7

    def test_blog_index_lists_its_feeds(self, client, blog_index):
        [item] = client.get(
            "/api/v2/pages/?type=blog.BlogIndexPage&fields=feeds"
        ).json()["items"]

        assert item["feeds"] == {
            "rss": "http://localhost/blog/feed/",
            "atom": "http://localhost/blog/feed/atom/",
        }

    def test_api_v3_detail_has_the_same_fields(self, client, guideline):
        data = client.get(f"/api/v3/pages/{guideline.pk}/").json()

        assert data["series"]["label"] == "Resource Series | Guideline #8"
        assert data["authors"][0]["slug"] == "lee-aase"
        assert data["comment_count"] == 2


class TestFilters:
    @pytest.fixture
    def posts(self, blog_index, series):
        lee, meredith = (
            AuthorFactory(name="Lee Aase"),
            AuthorFactory(name="Meredith Gould"),
        )
        return {
            "5": BlogPageFactory(
                title="Guideline 5",
                date=datetime.date(2015, 5, 15),
                authors=[lee],
                series=series,
                series_number=5,
                tags=["social media guidelines"],
            ),
            "6": BlogPageFactory(
                title="Guideline 6",
                date=datetime.date(2015, 5, 18),
                authors=[lee],
                series=series,
                series_number=6,
                tags=["FB", "social media guidelines"],
            ),
            "webinar": BlogPageFactory(
                title="June Webinar",
                date=datetime.date(2015, 5, 21),
                authors=[meredith],
            ),
        }

    def test_newest_first_by_default(self, client, posts):
        assert titles(client.get(POSTS)) == [
            "June Webinar",
            "Guideline 6",
            "Guideline 5",
        ]

    def test_orders_by_date(self, client, posts):
        assert titles(client.get(f"{POSTS}&order=date")) == [
            "Guideline 5",
            "Guideline 6",
            "June Webinar",
        ]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("tag=fb", ["Guideline 6"]),
            ("tag=social-media-guidelines", ["Guideline 6", "Guideline 5"]),
            ("author=meredith-gould", ["June Webinar"]),
            ("author=lee-aase&tag=fb", ["Guideline 6"]),
            ("series=resource-series", ["Guideline 6", "Guideline 5"]),
            ("date_after=2015-05-18", ["June Webinar", "Guideline 6"]),
            ("date_before=2015-05-18", ["Guideline 6", "Guideline 5"]),
            ("date_after=2015-05-16&date_before=2015-05-20", ["Guideline 6"]),
            ("tag=fb&search=guideline", ["Guideline 6"]),
        ],
    )
    def test_filters(self, client, posts, query, expected):
        assert titles(client.get(f"{POSTS}&{query}")) == expected

    @pytest.mark.parametrize(
        ("query", "message"),
        [
            ("tag=nothing-like-this", "unknown tag: 'nothing-like-this'"),
            ("author=nobody", "unknown author: 'nobody'"),
            ("series=3", "unknown series: '3'"),
            ("tag=a%20b", "tag must be a slug, not 'a b'"),
            ("author=%00", "author must be a slug, not '\\x00'"),
            ("date_after=2015-02-30", "date_after must be a date as YYYY-MM-DD"),
            ("date_before=yesterday", "date_before must be a date as YYYY-MM-DD"),
            ("date_after=20150515", "date_after must be a date as YYYY-MM-DD"),
            (
                "date_after=2015-05-20&date_before=2015-05-01",
                "date_after cannot be later than date_before",
            ),
            ("search=%20", "search cannot be blank"),
            ("search=" + "x" * 300, "search must be at most 255 characters"),
            ("search=a&search_operator=xor", "search_operator must be 'and' or 'or'"),
            ("offset=99999999999999999999", "offset cannot be higher than"),
            ("limit=many", "limit must be a positive integer"),
            ("order=comment_count", "cannot order by 'comment_count'"),
            (
                "colour=blue",
                "query parameter is not an operation or a recognised field",
            ),
        ],
    )
    def test_bad_values_are_400_with_a_message(self, client, posts, query, message):
        response = client.get(f"{POSTS}&{query}")

        assert response.status_code == 400
        assert message in response.json()["message"]

    def test_blog_filters_need_the_post_type(self, client, posts):
        response = client.get("/api/v2/pages/?tag=fb")

        assert response.status_code == 400
        assert "type=blog.BlogPage" in response.json()["message"]

    @pytest.mark.parametrize("search", ['"', 'a"b', "NEAR(", "*", "AND"])
    def test_search_syntax_never_fails(self, client, posts, search):
        response = client.get(f"{POSTS}&search={search}")

        assert response.status_code == 200

    def test_search_finds_posts_by_phrase(self, client, posts):
        assert titles(client.get(f'{POSTS}&search="june webinar"')) == ["June Webinar"]


class TestQueryBudget:
    """A page of posts costs the same number of queries however long it is."""

    @pytest.fixture
    def many_posts(self, blog_index, series):
        for number in range(1, 21):
            author = AuthorFactory(photo=ImageFactory())
            image = ImageFactory()
            post = BlogPageFactory(
                authors=[author, AuthorFactory()],
                series=series,
                series_number=number,
                tags=["FB", f"tag {number}"],
                feed_image=image,
                social_image=ImageFactory(),
                body=image_body(image, blog_index),
            )
            CommentFactory(post=post)
        assert BlogPage.objects.count() == 20

    def count_queries(self, client, url, django_assert_max_num_queries):
        client.get(url)  # renditions are made once, on first request
        with django_assert_max_num_queries(100) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured), len(response.json()["items"])

    def test_listing_with_every_field(
        self, client, many_posts, django_assert_max_num_queries
    ):
        one = self.count_queries(
            client, f"{POSTS}&fields=*&limit=1", django_assert_max_num_queries
        )
        twenty = self.count_queries(
            client, f"{POSTS}&fields=*&limit=20", django_assert_max_num_queries
        )

        assert (one[1], twenty[1]) == (1, 20)
        assert all(
            post["social_image"]["renditions"]
            for post in client.get(f"{POSTS}&fields=social_image&limit=20").json()[
                "items"
            ]
        )
        assert twenty[0] == one[0], f"limit=1: {one[0]} queries, limit=20: {twenty[0]}"
        assert twenty[0] <= 21

    def test_filtered_search_listing(
        self, client, many_posts, django_assert_max_num_queries
    ):
        url = f"{POSTS}&fields=*&tag=fb&search=post&order=-date"
        one = self.count_queries(
            client, f"{url}&limit=1", django_assert_max_num_queries
        )
        twenty = self.count_queries(
            client, f"{url}&limit=20", django_assert_max_num_queries
        )

        assert twenty[1] == 20
        assert twenty[0] == one[0]
