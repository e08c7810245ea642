"""generate_bench_data: realistic, repeatable posts for the benchmarks."""

import datetime
from io import StringIO

from django.core.management import call_command

import pytest

from blog.models import BlogPage
from events.models import WebinarPage
from resources.models import Organization
from tests.factories.blog import BlogIndexPageFactory
from tests.factories.events import EventIndexPageFactory


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page)


def generate(*args):
    errors = StringIO()
    call_command("generate_bench_data", *args, stderr=errors)
    return errors.getvalue()


def test_posts_come_with_authors_tags_a_series_images_and_blocks(blog):
    output = generate("--posts", "8")

    posts = BlogPage.objects.live().order_by("pk")
    assert posts.count() == 8
    assert "8/8" in output  # the progress bar reached the end
    for post in posts:
        assert len(post.authors) == 2
        assert len(post.tags.all()) == 3
        assert post.feed_image is not None
        assert [block.block_type for block in post.body][:3] == [
            "heading",
            "paragraph",
            "quote",
        ]
    assert [post.series_number for post in posts if post.series] == [1, 2]


def test_the_same_options_build_the_same_posts(blog):
    generate("--posts", "3")
    first = list(BlogPage.objects.order_by("pk").values_list("title", "excerpt"))
    BlogPage.objects.all().delete()

    generate("--posts", "3")
    again = list(BlogPage.objects.order_by("pk").values_list("title", "excerpt"))

    assert again == first


def test_organizations_and_events_are_built_with_posts(blog, home_page):
    EventIndexPageFactory(parent=home_page)

    output = generate("--posts", "1", "--organizations", "30", "--events", "3")

    assert "30/30" in output
    assert "3/3" in output
    organizations = Organization.objects.approved()
    assert organizations.count() == 30
    assert all(o.profiles.count() == 2 for o in organizations)
    webinars = WebinarPage.objects.live().order_by("date")
    assert webinars.count() == 3
    assert webinars[1].date - webinars[0].date == datetime.timedelta(weeks=1)
    assert webinars[0].starts_at is not None  # listed and in the calendar
