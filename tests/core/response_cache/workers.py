"""Two gunicorn processes over one SQLite file and one cache, as `make run` serves."""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parents[3]
PORTS = range(8200, 8300)

SETUP = """
import django, json; django.setup()
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import APIToken
from blog.models import BlogPage
call_command("load_seed_content", verbosity=0)
admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
_, token = APIToken.create_token(user=admin, name="workers test")
post = BlogPage.objects.live().filter(comments_open=True).first()
index = post.get_parent()
print(json.dumps({"token": token, "post": post.pk, "url": post.url,
                  "title": post.title, "index": index.url}))
"""


def production_env(var_dir, **extra):
    """The environment `make run` gives gunicorn, over var_dir."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(var_dir)),
        "LANG": "C.UTF-8",
        "VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "two-workers-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_BASE_URL": "http://localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
    }
    env.update(extra)
    return env


def run(env, *args):
    """Run this interpreter with args in env; its stdout."""
    result = subprocess.run(  # noqa: S603 (this interpreter, our own code)
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def build_site(env):
    """Migrate, seed, collect static files; the seed post, its URL and an API token."""
    run(env, "manage.py", "migrate", "--noinput", "-v", "0")
    # The site's own files only: the admin's thousands would take a minute.
    skip = ["wagtail*", "rest_framework", "ninja", "admin", "django_*"]
    run(env, "manage.py", "collectstatic", "--noinput", "-v", "0", *_ignore(skip))
    return json.loads(run(env, "-c", SETUP).strip().splitlines()[-1])


def _ignore(patterns):
    return [arg for pattern in patterns for arg in ("-i", pattern)]


def free_port():
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8200-8299")


@contextmanager
def gunicorn(env, port, workers=1):
    """A gunicorn process serving the project on 127.0.0.1:port."""
    process = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "config.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--no-control-socket",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(port)
        yield Server(port)
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            Server(port).get("/healthz")
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn on {port} did not start")


class Server:
    """A tiny HTTP client for one server, keeping the cookies it is given."""

    def __init__(self, port):
        self.port = port
        self.cookies = SimpleCookie()

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": "localhost", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(
                f"{k}={m.value}" for k, m in self.cookies.items()
            )
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.body = response.read()
        for value in response.headers.get_all("Set-Cookie") or ():
            self.cookies.load(value)
        connection.close()
        return response

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def post_form(self, path, data):
        """A form POST as a browser sends it from the site's own page (its Origin)."""
        return self.request(
            "POST",
            path,
            body=urlencode(data),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": "http://localhost",
            },
        )
