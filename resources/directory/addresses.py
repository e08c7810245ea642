"""Web addresses of organizations and their social profiles: checks and normal forms.

Two addresses that lead to the same place share one normal form, so the database can
refuse a second listing of the same organization: the scheme, `www.`/`m.`, letter case,
a trailing slash, the fragment and tracking parameters (utm_*, fbclid, gclid…) are set
aside, and a network's alternative domains (twitter.com, fb.com) map to its main one.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

SCHEMES = ("http", "https")
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "igsh",
        "si",
        "ref",
        "ref_src",
        "ref_url",
        "_hsenc",
        "_hsmi",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
    }
)
TRACKING_PREFIXES = ("utm_", "hsa_", "pk_", "mtm_")
HOST_PREFIXES = ("www.", "m.", "mobile.")

# Each network's domains; the first is its main one. Networks absent here (blog,
# podcast, other) accept any web address.
NETWORK_DOMAINS = {
    "facebook": ("facebook.com", "fb.com", "fb.me"),
    "x": ("x.com", "twitter.com"),
    "youtube": ("youtube.com", "youtu.be"),
    "linkedin": ("linkedin.com",),
    "instagram": ("instagram.com", "instagr.am"),
    "tiktok": ("tiktok.com",),
    "pinterest": ("pinterest.com", "pin.it"),
    "flickr": ("flickr.com", "flic.kr"),
}
# Other names of the same domain (not short-link domains: those lead elsewhere).
DOMAIN_ALIASES = {
    "twitter.com": "x.com",
    "fb.com": "facebook.com",
    "instagr.am": "instagram.com",
}

_url_validator = URLValidator(schemes=list(SCHEMES))


def check_web_address(url):
    """Raise ValidationError unless `url` is an absolute http(s) address."""
    scheme = urlsplit(url.strip()).scheme.lower() if url else ""
    if scheme not in SCHEMES:
        raise ValidationError(
            "Enter a web address starting with https:// or http://.", code="scheme"
        )
    try:
        _url_validator(url.strip())
    except ValidationError as error:
        raise ValidationError(
            "Enter a complete web address, such as https://www.example.org/.",
            code="invalid",
        ) from error


def host_of(url):
    """The address's host name in lower case, without `www.`/`m.` or a port."""
    host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    return host


def belongs_to(host, domain):
    return host == domain or host.endswith(f".{domain}")


def check_network_address(network, url, label):
    """Raise ValidationError unless `url` is an http(s) address on `network`'s domains."""
    check_web_address(url)
    domains = NETWORK_DOMAINS.get(network)
    if domains and not any(belongs_to(host_of(url), domain) for domain in domains):
        raise ValidationError(
            "A %(network)s profile must be on %(domains)s.",
            code="wrong_network",
            params={"network": label, "domains": " or ".join(domains)},
        )


def without_tracking(query):
    """A query string without tracking parameters, its other parameters kept in order."""
    kept = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMETERS
        and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlencode(kept)


def clean_address(url):
    """The address as it will be shown: trimmed, without tracking parameters or fragment."""
    parts = urlsplit(url.strip())
    return urlunsplit(
        (
            parts.scheme.lower(),
            parts.netloc.lower(),
            parts.path or "/",
            without_tracking(parts.query),
            "",
        )
    )


def normal_form(url):
    """The key two addresses for the same place share: `host/path?query`, lower case.

    Profile names are case-insensitive on the networks listed, so the path is compared
    in lower case too; query values (a YouTube video id) keep their case.
    """
    parts = urlsplit(url.strip())
    host = host_of(url)
    host = DOMAIN_ALIASES.get(host, host)
    path = parts.path.rstrip("/").lower()
    while "//" in path:
        path = path.replace("//", "/")
    query = without_tracking(parts.query)
    key = f"{host}{path}"
    return f"{key}?{query}" if query else key
