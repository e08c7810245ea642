"""A post reads in one column with its feed image, an author box and share links."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.factories.blog import BlogPageFactory, CommentFactory
from tests.factories.core import AuthorFactory, ImageFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(blog_index):
    return BlogPageFactory(
        title="Get Your Work Done",
        slug="get-your-work-done",
        date=datetime.date(2015, 5, 18),
        authors=[
            AuthorFactory(
                name="Lee Aase",
                role="Director",
                bio="Lee leads the Center for Social Media.",
                photo=ImageFactory(),
            )
        ],
        feed_image=ImageFactory(title="IMG_0518.jpg", description="Staff at work"),
    )


def test_author_box_shows_photo_role_bio_and_links_to_the_author_archive(client, post):
    box = soup(client.get(post.url)).select_one(".author-box")

    assert "Lee Aase Director Lee leads the Center for Social Media." in visible_text(
        str(box)
    )
    photo = box.find("img")
    assert (photo["width"], photo["height"], photo["alt"]) == ("160", "160", "")
    link = box.find("a", string="All posts by Lee Aase")
    assert link["href"] == "/blog/authors/lee-aase/"


def test_share_links_are_plain_links_carrying_the_post_address(client, post):
    page = soup(client.get(post.url))

    share = page.select_one(".share")
    links = {a.get_text(): a["href"] for a in share.find_all("a")}
    assert list(links) == ["LinkedIn", "X (Twitter)", "Facebook", "E-mail"]
    address = "http://localhost/blog/get-your-work-done/"
    assert parse_qs(urlsplit(links["LinkedIn"]).query)["url"] == [address]
    assert parse_qs(urlsplit(links["X (Twitter)"]).query)["url"] == [address]
    assert parse_qs(urlsplit(links["E-mail"]).query)["body"] == [address]
    assert page.find("script", src=True)["src"].startswith("/static/")
    assert len(page.find_all("script", src=True)) == 1


def test_feed_image_heads_the_post_with_responsive_sources(client, post):
    hero = soup(client.get(post.url)).select_one(".post__hero")

    sources = hero.find_all("source")
    assert [source["type"] for source in sources] == ["image/webp"]
    assert len(sources[0]["srcset"].split(",")) == 3
    image = hero.find("img")
    assert image["width"] and image["height"] and image["sizes"]
    assert image.get("loading") is None  # above the fold


def test_a_post_without_a_social_image_shares_its_feed_image(client, post):
    page = soup(client.get(post.url))

    assert page.find("meta", property="og:image")["content"].startswith(
        "http://localhost/media/images/"
    )
    assert page.find("meta", property="og:image:alt")["content"] == "Staff at work"


def test_a_shared_image_without_alt_text_is_not_described_by_its_file_name(
    client, post
):
    post.feed_image.description = ""
    post.feed_image.save()

    page = soup(client.get(post.url))

    assert page.find("meta", property="og:image")
    assert page.find("meta", property="og:image:alt") is None
    assert "IMG_0518" not in str(page.find("head"))


def test_listing_cards_show_feed_images_at_a_fixed_ratio_lazily_below_the_fold(
    client, blog_index, django_assert_max_num_queries
):
    for number in range(1, 6):
        post = BlogPageFactory(
            date=datetime.date(2015, 5, number),
            feed_image=ImageFactory(file__width=1600, file__height=900),
            tags=["FB", f"tag {number}"],
        )
        CommentFactory(post=post)
    client.get("/blog/")  # renditions are made once, on the first visit

    with django_assert_max_num_queries(18):
        page = soup(client.get("/blog/"))

    images = page.select(".post-list .card__media img")
    assert [(img["width"], img["height"]) for img in images] == [("400", "225")] * 5
    assert [img.get("loading") for img in images] == [None] * 3 + ["lazy"] * 2
    assert all("800w" in img["srcset"] for img in images)
    assert images[0]["alt"] == ""  # the card's title says what the picture shows
