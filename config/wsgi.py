"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

django_application = get_wsgi_application()

# Cached anonymous responses are replayed before Django builds a request.
from core.response_cache.wsgi import CachedResponses  # noqa: E402

application = CachedResponses(django_application)
