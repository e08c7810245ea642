"""Two worker processes share one cache: rate limits, settings and cached pages agree.

Each test starts two gunicorn processes over one SQLite file, with the cache the
production settings choose: the on-disk default, and Redis when one is reachable.
"""

import json

import pytest

from tests.core.response_cache.backends import REDIS, REDIS_TEST_URL, delete_keys
from tests.core.response_cache.workers import (
    build_site,
    free_port,
    gunicorn,
    production_env,
    run,
)

# One worker builds the module's site and runs both cache backends (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("response-cache-workers")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A seeded production-configured site on disk; its env, post and API token."""
    var_dir = tmp_path_factory.mktemp("workers")
    env = production_env(var_dir, COMMENT_RATE_LIMIT="3/10m")
    return env, build_site(env)


@pytest.fixture(
    scope="module",
    params=["disk", REDIS],
)
def workers(request, site):
    """Two gunicorn processes, A and B, over the site, with an empty cache."""
    env, content = site
    if request.param == "redis":
        delete_keys("smhn")  # the production settings' KEY_PREFIX
        env = {**env, "REDIS_URL": REDIS_TEST_URL}
    else:
        env = {**env, "CACHE_DIR": str(env["VAR_DIR"]) + "/cache-" + request.node.name}
    with gunicorn(env, free_port()) as a, gunicorn(env, free_port()) as b:
        yield env, content, a, b


@pytest.fixture(autouse=True)
def anonymous(workers):
    """Each test starts as a reader without cookies."""
    for server in workers[2:]:
        server.cookies.clear()


def comment(post_url, number):
    return {
        "name": "Dana Reader",
        "email": "dana@example.org",
        "body": f"Comment number {number} on this guideline.",
        "website": "",
    }


def test_the_comment_rate_limit_counts_across_workers(workers):
    _, content, a, b = workers
    # The comment form is checked by origin (core.origin): no token or cookie needed.

    statuses = [
        server.post_form(f"{content['url']}comment/", comment(content["url"], n))
        for n, server in enumerate([a, b, a, b])
    ]

    # The limit is 3: the fourth is refused, though each worker saw only two.
    assert [s.status for s in statuses] == [302, 302, 302, 429]
    assert int(statuses[3].getheader("Retry-After")) > 0


def test_unpublishing_in_one_worker_clears_the_other_workers_cached_pages(workers):
    _, content, a, b = workers
    detail = f"/api/v2/pages/{content['post']}/"
    for path in (content["index"], detail):
        b.get(path)
        assert b.get(path).getheader("X-Cache") == "hit"
    assert content["title"].encode() in b.get(content["index"]).body

    unpublished = api_action(a, content, "unpublish")
    assert unpublished.status == 200, unpublished.body

    # B answers from the cache no more: the post is gone from its listing and API.
    assert content["title"].encode() not in b.get(content["index"]).body
    assert b.get(detail).status == 404
    assert api_action(a, content, "publish").status == 200
    assert b.get(detail).status == 200


def api_action(server, content, action):
    return server.request(
        "POST",
        f"/api/v3/pages/{content['post']}/actions/{action}/",
        body="{}",
        headers={
            "Authorization": f"Bearer {content['token']}",
            "Content-Type": "application/json",
        },
    )


def test_a_site_change_is_seen_by_both_workers(workers):
    env, content, a, b = workers
    detail = f"/api/v2/pages/{content['post']}/"
    for server in (a, b):
        server.get(detail)
        assert server.get(detail).getheader("X-Cache") == "hit"

    change_port = (
        "import django; django.setup(); from wagtail.models import Site; "
        "s = Site.objects.get(is_default_site=True); s.port = {}; s.save()"
    )
    run(env, "-c", change_port.format(8443))
    try:
        for server in (a, b):
            html_url = json.loads(server.get(detail).body)["meta"]["html_url"]
            assert html_url.startswith("http://localhost:8443/")
    finally:
        run(env, "-c", change_port.format(80))
