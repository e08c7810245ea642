"""The caches the response cache is tested over: local memory, on disk, and Redis."""

import os

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
    """CACHES for one of "locmem", "disk" (the embedded default) and "redis"."""
    backends = {
        "locmem": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "disk": {"BACKEND": "diskcache.DjangoCache", "LOCATION": str(directory)},
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": "smhn",
        },
    }
    return {"default": backends[name]}
