"""Tests: fast hashing, isolated media and cache, mail kept in memory."""

import tempfile
from pathlib import Path

from config.settings.base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="smhn-test-media-"))
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Test transactions never commit, so no change would invalidate: tests that read
# through the response cache turn it on themselves (tests/core/response_cache/).
RESPONSE_CACHE = False
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = SITE_BASE_URL = "http://localhost"
# The live server of the browser tests shows uploaded images as a single box would.
SERVE_MEDIA = True
