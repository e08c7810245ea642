"""Small operational promises: the favicon answers, no update check by default, logs in UTC, quiet autosaves."""

import logging

from django.contrib.staticfiles import finders
from django.test import RequestFactory

import pytest

from core.logs import IgnoreAdminDraftErrors, UTCFormatter
from tests.config.test_settings import production_env, run_django

PRINT_UPDATE_CHECK = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.WAGTAIL_ENABLE_UPDATE_CHECK)"
)


@pytest.mark.django_db
def test_favicon_ico_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == "/static/core/img/favicon.svg"
    assert "max-age=86400" in response["Cache-Control"]
    assert finders.find("core/img/favicon.svg")


@pytest.mark.parametrize(("env", "expected"), [(None, "False"), ("true", "True")])
def test_the_wagtail_update_check_is_off_unless_asked_for(tmp_path, env, expected):
    result = run_django(
        ["-c", PRINT_UPDATE_CHECK],
        tmp_path,
        **production_env(WAGTAIL_ENABLE_UPDATE_CHECK=env),
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected


def test_log_times_are_utc_whatever_the_time_zone(monkeypatch):
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    # 1970-01-01T00:00:00.500 UTC: 18:00 the day before in Chicago.
    record.created, record.msecs = 0.5, 500

    line = UTCFormatter("%(asctime)s %(message)s").format(record)

    assert line == "1970-01-01T00:00:00.500Z hello"


def request_log(path, status, accept="text/html"):
    request = RequestFactory().post(path, HTTP_ACCEPT=accept)
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Bad Request: %s", (path,), None
    )
    record.status_code, record.request = status, request
    return record


@pytest.mark.parametrize(
    ("path", "status", "accept", "logged"),
    [
        ("/admin/pages/5/edit/", 400, "application/json", False),  # autosave
        ("/admin/pages/5/edit/preview/", 400, "text/html", False),  # live preview
        ("/admin/snippets/core/author/edit/1/", 400, "application/json", False),
        ("/admin/pages/5/edit/", 400, "text/html", True),  # a person's form submission
        ("/admin/pages/5/edit/", 500, "application/json", True),
        ("/blog/post/comment/", 400, "application/json", True),
    ],
)
def test_admin_autosave_400s_stay_out_of_the_log(path, status, accept, logged):
    record = request_log(path, status, accept)

    assert IgnoreAdminDraftErrors().filter(record) is logged
