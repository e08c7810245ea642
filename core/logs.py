"""Logging pieces shared by Django and gunicorn: UTC times, and quiet admin autosaves."""

import logging
import time

UTC_FORMAT = "%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s"


class UTCFormatter(logging.Formatter):
    """Times in UTC, ISO 8601 with a Z, whatever TIME_ZONE the process runs in."""

    converter = time.gmtime
    default_time_format = "%Y-%m-%dT%H:%M:%S"
    default_msec_format = "%s.%03dZ"


class IgnoreAdminDraftErrors(logging.Filter):
    """Drop django.request's 400 lines for the admin's autosave and preview requests.

    Autosave and live preview post half-filled forms in the background; Wagtail answers
    "not valid yet" with a 400 that is routine, not an error worth logging.
    """

    def filter(self, record):
        request = getattr(record, "request", None)
        if getattr(record, "status_code", None) != 400 or request is None:
            return True
        path = getattr(request, "path", "")
        if not path.startswith("/admin/"):
            return True
        background = path.rstrip("/").endswith("/preview") or not request.accepts(
            "text/html"
        )
        return not background
