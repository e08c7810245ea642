"""The home page's "On Our Blog..." section, filled from live posts."""

import datetime

import pytest
from bs4 import BeautifulSoup

from core.seed import stream
from tests.factories.blog import AuthorFactory, BlogPageFactory, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(home_page):
    """The home page with only its latest posts section, showing three posts."""
    home_page.body = stream(
        ("latest_blog_posts", {"heading": "On Our Blog...", "count": 3})
    )
    home_page.save_revision().publish()
    return home_page


def section(client):
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".latest-posts")


def make_posts(count, month=5):
    return [
        BlogPageFactory(
            title=f"Post {day}",
            slug=f"post-2015-{month}-{day}",
            date=datetime.date(2015, month, day),
            tags=["social media guidelines"],
        )
        for day in range(1, count + 1)
    ]


def test_shows_the_newest_posts(client, home, blog_index):
    make_posts(5)

    titles = [
        title.get_text(strip=True)
        for title in section(client).select(".post-summary__title")
    ]

    assert titles == ["Post 5", "Post 4", "Post 3"]


def test_each_post_as_the_2015_home_page_showed_it(client, home, blog_index):
    post = BlogPageFactory(
        title="June Webinar | Getting Physicians Involved and Engaged With Social Media",
        date=datetime.date(2015, 5, 21),
        authors=[AuthorFactory(name="Meredith Gould")],
        excerpt="It’s the Holy Grail for healthcare Social Media Managers.",
        tags=["FB"],
    )
    CommentFactory(post=post)

    entry = section(client).select_one(".post-summary")

    text = " ".join(entry.get_text().split())
    assert text.startswith(
        "May 21st, 2015 · 1 Comment June Webinar | Getting Physicians"
    )
    assert "By Meredith Gould" in text
    assert "It’s the Holy Grail for healthcare Social Media Managers." in text
    actions = " ".join(entry.select_one(".post-summary__actions").get_text().split())
    assert actions.startswith("View full entry")
    assert "· Comment on this" in actions
    assert [a.get_text() for a in entry.select(".tag-list a")] == ["FB"]
    assert entry.find("h3") is not None  # under the section's h2


def test_links_to_the_whole_blog(client, home, blog_index):
    make_posts(1)

    link = section(client).find("a", string="See all posts →")

    assert link["href"] == "/blog/"


def test_drafts_are_left_out(client, home, blog_index):
    make_posts(2)
    BlogPageFactory(title="Not yet", date=datetime.date(2015, 6, 1)).unpublish()

    assert "Not yet" not in section(client).get_text()


def test_without_posts_says_so(client, home, blog_index):
    assert "No posts yet." in section(client).get_text()


def test_query_count_does_not_grow_with_the_number_shown(
    client, home, blog_index, django_assert_max_num_queries
):
    for post in make_posts(3):
        CommentFactory(post=post)
    client.get("/")
    with django_assert_max_num_queries(30) as three:
        client.get("/")

    home.body = stream(
        ("latest_blog_posts", {"heading": "On Our Blog...", "count": 12})
    )
    home.save_revision().publish()
    for post in make_posts(12, month=6):
        CommentFactory(post=post)
    client.get("/")
    with django_assert_max_num_queries(30) as twelve:
        response = client.get("/")

    assert (
        len(BeautifulSoup(response.content, "html.parser").select(".post-summary"))
        == 12
    )
    assert len(twelve) == len(three)
