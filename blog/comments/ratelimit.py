"""A per-client limit on comment submissions, counted in Django's cache.

A fixed window per client: `cache.add` starts the count and `cache.incr` bumps it,
both atomic on Redis, so the limit holds across every gunicorn worker.
"""

import hashlib
import ipaddress
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

KEY_PREFIX = "comment-rate"


@dataclass(frozen=True)
class RateLimitResult:
    allowed: bool
    retry_after: int = 0


def client_address(request):
    """The client's IP address: the proxy's X-Forwarded-For entry only when trusted."""
    address = request.META.get("REMOTE_ADDR", "")
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        # The trusted proxy appends the address it saw; earlier entries are the client's word.
        candidates = [item.strip() for item in forwarded.split(",") if item.strip()]
        if candidates:
            address = candidates[-1]
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


def client_key(request):
    """Who is counted: one IPv4 address, or one IPv6 /64 (what one household gets)."""
    address = client_address(request)
    if address is None:
        ident = "unknown"
    elif address.version == 6 and address.ipv4_mapped is None:
        ident = str(ipaddress.ip_network(f"{address}/64", strict=False))
    else:
        ident = str(getattr(address, "ipv4_mapped", None) or address)
    return hashlib.sha256(ident.encode()).hexdigest()[:32]


def hit(request, *, now=None):
    """Count one submission from this client; refuse it once the window is full."""
    limit, period = settings.COMMENT_RATE_LIMIT
    now = time.time() if now is None else now
    window = int(now // period)
    key = f"{KEY_PREFIX}:{client_key(request)}:{window}"
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add and incr: this is the window's first hit.
        cache.add(key, 1, timeout=period + 1)
        count = 1
    if count > limit:
        retry_after = max(1, int((window + 1) * period - now))
        return RateLimitResult(allowed=False, retry_after=retry_after)
    return RateLimitResult(allowed=True)
