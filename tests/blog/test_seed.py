"""The seed's blog: five posts of May 2015, their authors, tags, series and one comment."""

import datetime
import json
from io import StringIO

from django.core.management import call_command

from wagtail.models import Revision

import feedparser
import pytest
from bs4 import BeautifulSoup

from blog.models import BlogIndexPage, BlogPage, Comment, Series
from core.models import Author

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("blog-seed")]

GUIDELINE_8 = "guideline-8-online-friending-should-be-voluntary"
WEBINAR = "june-webinar-getting-physicians-involved-and-engaged-with-social-media"


def seed():
    call_command("load_seed_content", stdout=StringIO())


def snapshot():
    """What a second run must leave alone."""
    return {
        "posts": list(
            BlogPage.objects.order_by("pk").values_list(
                "pk", "title", "date", "series_number", "latest_revision_id"
            )
        ),
        "revisions": Revision.objects.count(),
        "authors": list(Author.objects.values_list("pk", "name", "role")),
        "series": list(Series.objects.values_list("pk", "title")),
        "comments": list(Comment.objects.values_list("pk", "status")),
    }


@pytest.fixture
def seeded(seed_content_once, db):
    """The seed site, loaded once for the module (tests/conftest.py)."""


def test_the_five_posts_of_may_2015(seeded):
    posts = BlogPage.objects.live().order_by("-date")

    assert [
        (post.date, post.display_title, post.authors[0].name) for post in posts
    ] == [
        (
            datetime.date(2015, 5, 22),
            "Resource Series | Guideline #8: Online “Friending” Should be Voluntary",
            "Lee Aase",
        ),
        (
            datetime.date(2015, 5, 21),
            "June Webinar | Getting Physicians Involved and Engaged With Social Media",
            "Meredith Gould",
        ),
        (
            datetime.date(2015, 5, 20),
            "Resource Series | Guideline #7: Be Friendly with Patients, but not “Friends”",
            "Lee Aase",
        ),
        (
            datetime.date(2015, 5, 18),
            "Resource Series | Guideline #6: Get Your Work Done",
            "Lee Aase",
        ),
        (
            datetime.date(2015, 5, 15),
            "Resource Series | Guideline #5: Get it Right and Be Professional",
            "Lee Aase",
        ),
    ]
    assert all(post.first_published_at.year == 2015 for post in posts)


def test_excerpts_are_the_seeds_words(seeded):
    post = BlogPage.objects.get(slug="guideline-6-get-your-work-done")

    assert post.excerpt.startswith(
        "Many companies and non-profit organizations block access to social networking "
        "sites like Facebook, YouTube and Twitter with a corporate firewall. Mayo Clinic "
        "doesn’t."
    )
    assert "Mayo Clinic doesn’t." in str(post.body)


def test_tags_and_series(seeded):
    tags = {
        post.slug: [tag.name for tag in post.ordered_tags]
        for post in BlogPage.objects.all()
    }

    assert tags["guideline-6-get-your-work-done"] == [
        "employee access",
        "FB",
        "social media guidelines",
        "TW",
        "Youtube",
    ]
    assert tags[GUIDELINE_8] == ["social media guidelines"]
    assert tags[WEBINAR] == []
    series = Series.objects.get()
    assert (series.title, series.slug, series.item_label) == (
        "Resource Series",
        "resource-series",
        "Guideline",
    )
    assert sorted(series.posts.values_list("series_number", flat=True)) == [5, 6, 7, 8]


def test_one_approved_comment_on_the_webinar(seeded):
    comment = Comment.objects.get()

    assert comment.post.slug == WEBINAR
    assert comment.status == Comment.Status.APPROVED
    assert comment.created_at.date() == datetime.date(2015, 5, 21)


def test_home_page_shows_the_blog_as_in_2015(seeded, client):
    page = BeautifulSoup(client.get("/").content, "html.parser")

    section = page.select_one(".latest-posts")
    assert section.find("h2").get_text() == "On Our Blog..."
    metas = [
        " ".join(meta.get_text().split())
        for meta in section.select(".post-summary__meta")
    ]
    assert metas == [
        "May 22nd, 2015 · Leave a Comment",
        "May 21st, 2015 · 1 Comment",
        "May 20th, 2015 · Leave a Comment",
        "May 18th, 2015 · Leave a Comment",
        "May 15th, 2015 · Leave a Comment",
    ]
    assert section.find("a", string="See all posts →")["href"] == "/blog/"


def test_blog_index_is_in_the_menu(seeded, client):
    index = BlogIndexPage.objects.get()

    assert index.url == "/blog/"
    assert index.show_in_menus
    assert client.get("/blog/").status_code == 200


def test_a_second_run_changes_nothing(seeded):
    before = snapshot()

    seed()

    assert snapshot() == before


def test_editors_changes_survive_a_second_run(seeded):
    post = BlogPage.objects.get(slug=GUIDELINE_8)
    post.title = "Friending Should be Voluntary"
    post.save_revision().publish()
    Author.objects.filter(slug="meredith-gould").update(role="Editor")
    Comment.objects.all().delete()

    seed()

    assert (
        BlogPage.objects.get(slug=GUIDELINE_8).title == "Friending Should be Voluntary"
    )
    assert Author.objects.get(slug="meredith-gould").role == "Editor"
    assert not Comment.objects.exists()  # a comment moderators removed stays removed


def test_seeded_posts_carry_their_2015_dates_everywhere(seeded, client):
    post = BlogPage.objects.get(slug=GUIDELINE_8)

    assert post.first_published_at.year == post.last_published_at.year == 2015
    assert post.latest_revision.created_at.year == 2015
    page = client.get(post.url)
    data = json.loads(
        BeautifulSoup(page.content, "html.parser")
        .find("script", type="application/ld+json")
        .string
    )
    assert data["dateModified"].startswith("2015-")
    feed = feedparser.parse(client.get("/blog/feed/atom/").content)
    assert {entry.updated[:4] for entry in feed.entries} == {"2015"}
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://localhost{post.url}</loc><lastmod>2015-" in sitemap.replace(
        "\n", ""
    ).replace(" ", "")
