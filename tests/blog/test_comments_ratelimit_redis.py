"""The comment rate limit counted in Redis: one count shared by every worker."""

from concurrent.futures import ThreadPoolExecutor

from django.core.cache import caches
from django.test import RequestFactory

import pytest

from blog.comments.services import comment_rate_limit
from tests.helpers import REDIS_TEST_URL, delete_redis_keys, redis_is_up

pytestmark = pytest.mark.skipif(
    not redis_is_up(), reason=f"no Redis at {REDIS_TEST_URL} (CI starts one)"
)


@pytest.fixture
def redis_cache(settings):
    """Django's Redis cache backend on a scratch database, under a key prefix of its own
    whose keys are deleted before and after (other tests may share the database)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": "smhn-test",
        }
    }
    settings.COMMENT_RATE_LIMIT = (5, 600)
    delete_redis_keys("smhn-test")
    yield caches["default"]
    delete_redis_keys("smhn-test")


def comment_request(address="203.0.113.7"):
    return RequestFactory().post("/blog/post/comment/", REMOTE_ADDR=address)


def test_concurrent_submissions_from_one_client_get_exactly_the_limit(redis_cache):
    # Twenty submissions racing from threads, each with its own Redis connection, as
    # gunicorn workers would: the atomic counter lets exactly five through.
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(
            pool.map(lambda _: comment_rate_limit(comment_request()), range(20))
        )

    allowed = [result for result in results if result.allowed]
    refused = [result for result in results if not result.allowed]
    assert len(allowed) == 5
    assert len(refused) == 15
    assert all(0 < result.retry_after <= 600 for result in refused)


def test_the_count_lives_in_redis_not_in_the_worker(redis_cache):
    for _ in range(5):
        assert comment_rate_limit(comment_request()).allowed

    # A fresh connection pool, as a different worker process has, sees the same count.
    caches["default"].close()
    del caches["default"]

    assert not comment_rate_limit(comment_request()).allowed
    assert comment_rate_limit(comment_request("198.51.100.4")).allowed
