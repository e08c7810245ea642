"""WSGI entry point for gunicorn."""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

django_application = get_wsgi_application()

# Cached anonymous responses are replayed before Django builds a request.
from core.response_cache.wsgi import CachedResponses  # noqa: E402

application = CachedResponses(django_application)

# What is loaded by now (Django, Wagtail, every model, view and URL pattern) lives as long
# as the worker: freezing it keeps the garbage collector from walking its ~190,000 objects
# in every full collection, which paused a request for 120-160 ms every thirty or so
# (docs/performance.md).
get_resolver().check()  # imports the URLconf and every view module now
gc.collect()
gc.freeze()
