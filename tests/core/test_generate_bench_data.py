"""generate_bench_data: realistic, repeatable posts for the benchmarks."""

from io import StringIO

from django.core.management import call_command

import pytest

from blog.models import BlogPage
from tests.factories.blog import BlogIndexPageFactory


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


def test_options_for_apps_still_to_come_are_accepted_and_reported(blog):
    output = generate("--posts", "1", "--events", "5", "--organizations", "2")
    assert "--events: no generator yet; skipped." in output
    assert "--organizations: no generator yet; skipped." in output
