"""The caches the response cache is tested over: local memory, on disk, and Redis.

The Redis database is shared with other tests (and other xdist workers), so a test's
Redis cache writes under a key prefix of its own and is emptied of those keys only:
it never flushes the database.
"""

import os
import uuid

from django.core.cache import caches

import pytest
import redis

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def redis_is_up():
    try:
        return redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


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


def delete_keys(prefix):
    """Delete the keys a cache with KEY_PREFIX prefix wrote to the test Redis database."""
    client = redis.Redis.from_url(REDIS_TEST_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
