"""Tags carry a display name readers see ('Facebook' for 'fb') in pages, feeds and the API."""

import datetime
import json

from taggit.models import Tag

import feedparser
import pytest

from blog.models import TagDisplayName
from tests.factories.blog import BlogPageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(blog_index):
    post = BlogPageFactory(
        title="Get Your Work Done",
        date=datetime.date(2015, 5, 18),
        tags=["TW", "FB", "employee access"],
    )
    for slug, name in [("fb", "Facebook"), ("tw", "X (Twitter)")]:
        TagDisplayName.objects.create(tag=Tag.objects.get(slug=slug), display_name=name)
    return post


def test_post_page_lists_tags_by_display_name_in_their_alphabetical_order(client, post):
    page = soup(client.get(post.url))

    tags = page.select(".post__footer .tag-list a")
    assert [(a.get_text(), a["href"]) for a in tags] == [
        ("employee access", "/blog/tags/employee-access/"),
        ("Facebook", "/blog/tags/fb/"),
        ("X (Twitter)", "/blog/tags/tw/"),
    ]
    keywords = json.loads(page.find("script", type="application/ld+json").string)
    assert keywords["keywords"] == ["employee access", "Facebook", "X (Twitter)"]


def test_feed_categories_use_display_names(client, post):
    feed = feedparser.parse(client.get("/blog/feed/").content)

    assert [tag.term for tag in feed.entries[0].tags] == [
        "employee access",
        "Facebook",
        "X (Twitter)",
    ]


def test_api_keeps_the_tag_name_and_adds_the_display_name(client, post):
    data = client.get(f"/api/v2/pages/{post.pk}/").json()

    assert data["tags"][1] == {"name": "FB", "slug": "fb", "display_name": "Facebook"}


def test_editors_manage_display_names_as_snippets(admin_client, post):
    response = admin_client.get("/admin/snippets/blog/tagdisplayname/")

    assert response.status_code == 200
    assert "Facebook" in response.content.decode()


def test_the_seed_names_the_abbreviated_tags():
    from blog.seed import TAG_DISPLAY_NAMES, seed_tag, seed_tag_display_names

    fb = seed_tag("FB")
    seed_tag_display_names()
    TagDisplayName.objects.filter(tag=fb).update(display_name="Facebook pages")
    seed_tag_display_names()  # an editor's wording stays

    assert TagDisplayName.objects.get(tag=fb).display_name == "Facebook pages"
    assert TAG_DISPLAY_NAMES["youtube"] == "YouTube"
