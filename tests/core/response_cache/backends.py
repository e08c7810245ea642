"""The caches the response cache is tested over: local memory, on disk, and Redis.

The Redis database is shared with other tests (and other xdist workers), so a test's
Redis cache writes under a key prefix of its own and is emptied of those keys only:
it never flushes the database.
"""

import uuid

from django.core.cache import caches

import pytest

from tests.helpers import REDIS_TEST_URL, delete_redis_keys, redis_is_up

REDIS = pytest.param(
    "redis", marks=pytest.mark.skipif(not redis_is_up(), reason="no Redis reachable")
)


def caches_setting(name, directory):
    """CACHES for an empty cache of one kind: "locmem", "disk" (the default) or "redis"."""
    own = f"response-cache-test-{uuid.uuid4().hex}"
    backends = {
        "locmem": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": own,
        },
        "disk": {"BACKEND": "diskcache.DjangoCache", "LOCATION": str(directory)},
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": own,
        },
    }
    return {"default": backends[name]}


def empty(caches_setting):
    """Empty the cache of caches_setting, which must be in force; in Redis, its own keys."""
    options = caches_setting["default"]
    if "KEY_PREFIX" in options:
        delete_keys(options["KEY_PREFIX"])
    else:
        caches["default"].clear()


delete_keys = delete_redis_keys
