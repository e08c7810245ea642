"""The site-wide content generation: cached responses are valid only for the one they saw.

It lives in the shared cache, so a change bumps it for every worker at once. It starts
from the clock, never from zero, so a generation lost to eviction cannot come back to
a value that old entries carry.
"""

import time

from django.core.cache import cache

GENERATION_KEY = "response-cache:generation"


def start():
    """Set a fresh generation if none is stored; return the stored one."""
    cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    return cache.get(GENERATION_KEY)


def bump():
    """Invalidate every cached response in every worker."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        start()
