"""Benchmark: queries and time of the blog's listings as the page size grows.

Run with `make benchmark`. It builds a throwaway test database (SQLite, or the one
DATABASE_URL names), fills it with posts, authors, tags, series and comments, then
requests each listing through Django's test client and prints, per URL, the SQL
query count and the median time. The target is a constant number of queries per
listing whatever its size: the ratios printed at the end must be 1.00.
"""

import os
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection
from django.test import Client
from django.test.utils import (
    CaptureQueriesContext,
    setup_databases,
    setup_test_environment,
    teardown_databases,
    teardown_test_environment,
)

POSTS = 120
AUTHORS = 8
REPEATS = 15


def build_content():
    """A home page, a blog of POSTS posts with two authors, tags, series and comments."""
    from wagtail.models import Page, Site

    from blog.models import Comment
    from tests.factories.blog import (
        AuthorFactory,
        BlogIndexPageFactory,
        BlogPageFactory,
        CommentFactory,
        SeriesFactory,
    )
    from tests.factories.core import ImageFactory
    from tests.factories.site_pages import HomePageFactory

    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    BlogIndexPageFactory(parent=home)
    authors = [AuthorFactory(photo=ImageFactory()) for _ in range(AUTHORS)]
    series = SeriesFactory(title="Resource Series")
    images = [ImageFactory() for _ in range(4)]
    for number in range(POSTS):
        # Every fourth post, the newest included, is in the series: each listing size
        # then shows series posts and their previous/next neighbours.
        in_series = number % 4 == 3
        post = BlogPageFactory(
            title=f"Guideline post {number}",
            authors=[authors[number % AUTHORS], authors[(number + 1) % AUTHORS]],
            tags=["social media guidelines", f"topic {number % 5}"],
            feed_image=images[number % len(images)],
            series=series if in_series else None,
            series_number=number // 4 + 1 if in_series else None,
        )
        CommentFactory(post=post)
        CommentFactory(post=post, status=Comment.Status.PENDING)
    return home


def measure(client, url):
    """(query count, median milliseconds) of GET url, after one warm-up request."""
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    # Read the count now: the next request's reset_queries empties the log it slices.
    query_count = len(queries)
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return query_count, statistics.median(timings)


def main():
    setup_test_environment()
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        build_content()
        client = Client()
        listing = "/api/v2/pages/?type=blog.BlogPage&fields=*&limit={}"
        rows = {
            "API limit=1": listing.format(1),
            "API limit=20": listing.format(20),
            "API limit=100": listing.format(100),
            "/blog/ (10 posts)": "/blog/",
            "/blog/?page=5": "/blog/?page=5",
            "/blog/feed/ (RSS)": "/blog/feed/",
            "/blog/feed/atom/": "/blog/feed/atom/",
            "home page": "/",
        }
        results = {name: measure(client, url) for name, url in rows.items()}
    finally:
        teardown_databases(databases, verbosity=0)
        teardown_test_environment()

    engine = connection.vendor
    print(
        f"Database: {engine}; {POSTS} posts, {AUTHORS} authors; median of {REPEATS} runs\n"
    )
    print(f"{'listing':<22}{'queries':>9}{'median ms':>12}")
    for name, (queries, ms) in results.items():
        print(f"{name:<22}{queries:>9}{ms:>12.1f}")

    base_queries, base_ms = results["API limit=1"]
    print()
    failed = False
    for name in ("API limit=20", "API limit=100"):
        queries, ms = results[name]
        ratio = queries / base_queries
        failed |= ratio != 1
        print(
            f"{name} / API limit=1: queries x{ratio:.2f}, time x{ms / base_ms:.2f}"
            f" ({ms / int(name.split('=')[1]):.2f} ms per post)"
        )
    page_ratio = results["/blog/?page=5"][0] / results["/blog/ (10 posts)"][0]
    failed |= page_ratio != 1
    print(f"/blog/?page=5 / /blog/: queries x{page_ratio:.2f}")
    print(
        "\nTarget (constant queries whatever the page size):",
        "FAILED" if failed else "met",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
