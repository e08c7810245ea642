"""Small readers for deploy-time values, so every settings module parses them alike."""

import os
import re
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name, default):
    """Read a yes/no variable; anything unrecognised is a configuration error."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{name} must be a whole number, not {raw!r}."
        ) from error


def env_list(name, default=()):
    """Comma-separated list, blanks dropped."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


RATE_UNITS = {"s": 1, "m": 60, "h": 60 * 60, "d": 60 * 60 * 24}
RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


def env_rate(name, default):
    """A rate such as "5/10m" (5 per 10 minutes) as (count, period in seconds)."""
    raw = os.environ.get(name) or default
    match = RATE_PATTERN.match(raw)
    if not match or int(match[1]) < 1 or int(match[2] or 1) < 1:
        raise ImproperlyConfigured(
            f"{name} must look like 5/10m (count/period, unit s, m, h or d), not {raw!r}."
        )
    count, multiple, unit = match.groups()
    return int(count), int(multiple or 1) * RATE_UNITS[unit]


def base_url(name, default):
    """An absolute http(s) URL without a trailing slash."""
    url = os.environ.get(name, default).strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(
            f"{name} must be an absolute http(s) URL, not {url!r}."
        )
    return url


def local_secret_key(path):
    """Read the machine-local secret key, generating it once on first use."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(get_random_secret_key())
        path.chmod(0o600)
    return path.read_text().strip()
