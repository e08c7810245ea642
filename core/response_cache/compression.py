"""Brotli and gzip for text responses: which encoding a client takes, and the bytes."""

import gzip

import brotli

# Encodings in order of preference; "identity" is always acceptable.
ENCODINGS = ("br", "gzip", "identity")
COMPRESSIBLE_TYPES = frozenset(
    {
        "text/html",
        "text/plain",
        "text/xml",
        "text/calendar",
        "text/css",
        "application/json",
        "application/problem+json",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/javascript",
    }
)
MIN_SIZE = 200  # smaller bodies grow when compressed
BROTLI_QUALITY = 5  # near gzip -9 in size at a fraction of brotli 11's time


def media_type(content_type):
    return content_type.split(";", 1)[0].strip().lower()


def is_compressible(response):
    """True for a complete, not yet encoded text response worth compressing."""
    return (
        not response.streaming
        and not response.has_header("Content-Encoding")
        and media_type(response.get("Content-Type", "")) in COMPRESSIBLE_TYPES
        and len(response.content) >= MIN_SIZE
    )


def negotiate(accept_encoding):
    """The best of br, gzip and identity that the Accept-Encoding header allows."""
    if not accept_encoding:
        return "identity"
    accepted = {}
    for item in accept_encoding.lower().split(","):
        name, _, params = item.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        accepted[name.strip()] = quality
    wildcard = accepted.get("*")
    for encoding in ENCODINGS[:-1]:
        quality = accepted.get(encoding, wildcard)
        if quality:
            return encoding
    return "identity"


def compress(body, encoding):
    """body encoded with encoding ("identity" returns it unchanged)."""
    if encoding == "br":
        return brotli.compress(body, quality=BROTLI_QUALITY)
    if encoding == "gzip":
        return gzip.compress(body, compresslevel=6, mtime=0)
    return body
