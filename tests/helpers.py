"""Small helpers the tests share: reading what a response shows, the test Redis."""

import os

import redis
from bs4 import BeautifulSoup


def soup(response_or_html):
    """Parse a response's body (or an HTML string) with BeautifulSoup."""
    html = getattr(response_or_html, "content", response_or_html)
    if isinstance(html, bytes):
        html = html.decode()
    return BeautifulSoup(html, "html.parser")


def visible_text(response_or_html):
    """The text a reader sees, with whitespace collapsed to single spaces."""
    return " ".join(soup(response_or_html).get_text().split())


# A Redis database the tests share (CI starts one): tests write under key prefixes of
# their own and delete only those keys, never flushing what other tests wrote.
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def redis_is_up():
    try:
        return redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def delete_redis_keys(prefix):
    """Delete the keys a cache with KEY_PREFIX `prefix` wrote to the test database."""
    client = redis.Redis.from_url(REDIS_TEST_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
