"""The production configuration for a benchmark: its data, then gunicorn serving it."""

import http.client
import json
import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
# The site's own static files are enough; the admin's thousands take a minute.
STATIC_IGNORE = ["wagtail*", "rest_framework", "ninja", "admin", "django_*"]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def production_env(var_dir, port, *, database_url="", redis_url="", cache=True):
    """What `make run` gives gunicorn, over var_dir and port."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in ("PATH", "HOME", "LANG", "TMPDIR")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        VAR_DIR=str(var_dir),
        SECRET_KEY="benchmark-only-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_BASE_URL=f"http://127.0.0.1:{port}",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        SECURE_HSTS_SECONDS="0",
        LOG_LEVEL="WARNING",
        RESPONSE_CACHE="true" if cache else "false",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def manage(env, *args, quiet=True):
    subprocess.run(  # noqa: S603 (this interpreter and our own manage.py)
        [PYTHON, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def prepare(env, posts):
    """Migrate, collect static files, seed and add `posts` posts (once per data set)."""
    marker = Path(env["VAR_DIR"]) / f"bench-{posts}-posts{_db_suffix(env)}"
    manage(env, "migrate", "--noinput", "-v", "0")
    ignore = [arg for pattern in STATIC_IGNORE for arg in ("-i", pattern)]
    manage(env, "collectstatic", "--noinput", "-v", "0", *ignore)
    if marker.exists():
        return
    manage(env, "load_seed_content", "-v", "0")
    manage(env, "generate_bench_data", "--posts", str(posts), quiet=False)
    marker.touch()


def _db_suffix(env):
    return "-" + env["DATABASE_URL"].rsplit("/", 1)[-1] if "DATABASE_URL" in env else ""


@contextmanager
def gunicorn(env, port, workers=2):
    """gunicorn serving the project on 127.0.0.1:port until the block ends."""
    process = subprocess.Popen(  # noqa: S603
        [
            GUNICORN,
            "config.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--no-control-socket",
            "--log-level=warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    try:
        _wait(port)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            get(port, "/healthz")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not start on port {port}")


def get(port, path, **headers):
    """(status, headers, body) of one GET."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def get_json(port, path):
    status, _, body = get(port, path)
    if status != 200:
        raise SystemExit(f"{path} answered {status}")
    return json.loads(body)


def worker_cpu_seconds(process):
    """User and system CPU seconds used so far by gunicorn's worker processes."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    total = 0
    for pid in children.read_text().split():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS
