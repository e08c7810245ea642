"""Read a stored response and the generation it must match, in one round trip.

Every hit is this one read; the WSGI fast path and the middleware share it. With
Redis it is one `MGET` through a redis-py client kept for the process (its connection
pool is thread-safe and starts afresh after a fork). Going through Django's
`cache.get_many` instead builds a new redis-py client and validates each key on every
call, which cost a Redis hit more CPU than the whole static file. Other backends
(the on-disk default, local memory in tests) are read through Django's cache API.
"""

import functools

from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.core.signals import setting_changed

from core.response_cache.generation import GENERATION_KEY


def lookup(key):
    """(current generation, stored entry) for a full entry key; None for either missing."""
    return reader()(key)


@functools.cache
def reader():
    """The read for the configured default cache, chosen once per process."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        return redis_reader(backend)
    return django_reader


def django_reader(key):
    found = cache.get_many([GENERATION_KEY, key])
    return found.get(GENERATION_KEY), found.get(key)


def redis_reader(backend):
    # Django's RedisCacheClient: the same connection pool and serializer as the cache's.
    client = backend._cache.get_client()
    loads = backend._cache._serializer.loads
    generation_key = backend.make_key(GENERATION_KEY)

    def read(key):
        # Our keys are short hex digests: Django's per-key validation is not needed.
        current, entry = client.mget([generation_key, backend.make_key(key)])
        return (
            None if current is None else loads(current),
            None if entry is None else loads(entry),
        )

    return read


def forget_backend(*, setting, **kwargs):
    if setting == "CACHES":
        reader.cache_clear()


setting_changed.connect(forget_backend, dispatch_uid="response-cache-lookup")
