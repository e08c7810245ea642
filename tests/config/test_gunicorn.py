"""`make run`'s server publishes scheduled pages by itself and says where it answers."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.core.management.utils import get_random_secret_key

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PORTS = range(8850, 8900)  # this project's test port range

SCHEDULE_PAGE = """
import datetime, django
django.setup()
from django.utils import timezone
from wagtail.models import Site
from site_pages.models import StandardPage
root = Site.objects.get(is_default_site=True).root_page
page = StandardPage(title="Scheduled news", slug="scheduled-news", live=False)
root.add_child(instance=page)
page.go_live_at = timezone.now() + datetime.timedelta(seconds=30)
page.save_revision().publish()
page.refresh_from_db()
assert not page.live, "the page went live at once instead of being scheduled"
print(page.go_live_at.isoformat())
"""


def free_port():
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    pytest.skip("no free port in the test range")


def run_env(tmp_path, port):
    """The environment `make run` gives gunicorn, with a file SQLite database."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "LANG": "C.UTF-8",
        "VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": get_random_secret_key(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_BASE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "WEB_CONCURRENCY": "1",
        "PUBLISH_SCHEDULED_INTERVAL": "5",
    }


def manage(env, *args, **kwargs):
    return subprocess.run(  # noqa: S603 - this interpreter and our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
        **kwargs,
    )


def live_titles(base):
    url = f"{base}/api/v2/pages/?type=site_pages.StandardPage&slug=scheduled-news"
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our server
        return [item["title"] for item in json.load(response)["items"]]


def wait_for_line(stream, needle, timeout):
    """Lines of `stream` up to the first containing `needle`."""
    seen, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            time.sleep(0.1)
            continue
        seen.append(line)
        if needle in line:
            return seen
    raise AssertionError(f"{needle!r} never appeared:\n{''.join(seen)}")


def test_a_page_scheduled_30_seconds_ahead_goes_live_by_itself(tmp_path):
    port = free_port()
    env = run_env(tmp_path, port)
    (tmp_path / "var").mkdir()
    manage(env, "migrate", "--noinput")
    manage(env, "shell", "-c", SCHEDULE_PAGE)
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603 - gunicorn from this interpreter's env
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "-c",
            "config/gunicorn.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The address is printed only once the site answers.
        wait_for_line(server.stderr, f"Serving the SMHN CMS at {base}/", timeout=120)
        assert live_titles(base) == []  # scheduled, not yet live

        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not live_titles(base):
            time.sleep(2)

        assert live_titles(base) == ["Scheduled news"]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    assert server.returncode == 0
