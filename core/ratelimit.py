"""Per-client limits on public submissions (comments, directory entries, registrations).

A fixed window per client and scope: `cache.add` starts the count and `cache.incr`
bumps it, both atomic in a shared cache, so a limit holds across every server process.
"""

import hashlib
import ipaddress
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.timesince import timeuntil

KEY_PREFIX = "rate"


@dataclass(frozen=True)
class RateLimitResult:
    allowed: bool
    retry_after: int = 0

    def wait_message(self):
        """How long to wait, in words ("9 minutes")."""
        return timeuntil(timezone.now() + timedelta(seconds=self.retry_after))


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


def _window_key(request, scope, period, now):
    window = int(now // period)
    return window, f"{KEY_PREFIX}:{scope}:{client_key(request)}:{window}"


def peek(request, *, scope, rate, now=None):
    """Whether this client still has room in `scope`'s window, without counting a hit.

    For counting failures only (wrong passwords): `peek` before trying, `hit` on failure.
    The client is refused once `count` hits are in the window.
    """
    limit, period = rate
    now = time.time() if now is None else now
    window, key = _window_key(request, scope, period, now)
    if (cache.get(key) or 0) >= limit:
        retry_after = max(1, int((window + 1) * period - now))
        return RateLimitResult(allowed=False, retry_after=retry_after)
    return RateLimitResult(allowed=True)


def hit(request, *, scope, rate, now=None):
    """Count one submission from this client in `scope`; refuse it once the window is full.

    `rate` is a (count, period in seconds) pair, as `env_rate` reads it from settings.
    """
    limit, period = rate
    now = time.time() if now is None else now
    window, key = _window_key(request, scope, period, now)
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
