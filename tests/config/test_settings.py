"""Settings read from the environment: production refuses unsafe starts, helpers refuse bad values."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

import pytest

from config.settings import environment

BASE_DIR = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = (
    "import json, django; django.setup(); from django.conf import settings; "
    "print(json.dumps({'cache': settings.CACHES['default'], "
    "'database': settings.DATABASES['default']}, default=str))"
)


def run_django(args, tmp_path, **env):
    """Run Python in a fresh process with only the environment a deployment would give."""
    clean = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "LANG": "C.UTF-8",
        "VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
    }
    clean.update(env)
    return subprocess.run(  # noqa: S603 (fixed arguments: this interpreter and our own code)
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def production_env(**overrides):
    env = {"SECRET_KEY": get_random_secret_key(), "ALLOWED_HOSTS": "cms.example.org"}
    env.update(overrides)
    return {name: value for name, value in env.items() if value is not None}


@pytest.mark.parametrize("secret_key", [None, ""])
def test_production_refuses_to_start_without_a_secret_key(tmp_path, secret_key):
    result = run_django(
        ["-c", "import django; django.setup()"],
        tmp_path,
        **production_env(SECRET_KEY=secret_key),
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set in the environment for production." in result.stderr


@pytest.mark.parametrize("hosts", [None, "", " , "])
def test_production_refuses_to_start_without_allowed_hosts(tmp_path, hosts):
    result = run_django(
        ["manage.py", "check"], tmp_path, **production_env(ALLOWED_HOSTS=hosts)
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list the site's host names" in result.stderr


def test_production_passes_the_deployment_checklist(tmp_path):
    result = run_django(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        tmp_path,
        **production_env(ALLOWED_HOSTS="cms.example.org,www.example.org"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_redis_and_database_urls_switch_backends(tmp_path):
    result = run_django(
        ["-c", PRINT_SETTINGS],
        tmp_path,
        **production_env(
            REDIS_URL="redis://cache.internal:6379/2",
            DATABASE_URL="postgres://smhn:secret@db.internal:5432/smhn",
        ),
    )
    assert result.returncode == 0, result.stderr
    configured = json.loads(result.stdout.strip().splitlines()[-1])
    assert (
        configured["cache"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    )
    assert configured["cache"]["LOCATION"] == "redis://cache.internal:6379/2"
    database = configured["database"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.internal",
        5432,
        "smhn",
    )
    assert database["USER"] == "smhn"


def test_without_urls_the_cache_is_shared_on_disk_and_the_database_sqlite(tmp_path):
    result = run_django(["-c", PRINT_SETTINGS], tmp_path, **production_env())
    assert result.returncode == 0, result.stderr
    configured = json.loads(result.stdout.strip().splitlines()[-1])
    # A process-safe cache every worker opens, not one per worker.
    assert configured["cache"]["BACKEND"] == "core.cache.PersistentDiskCache"
    assert configured["cache"]["LOCATION"] == str(tmp_path / "var" / "cache")
    assert configured["database"]["ENGINE"] == "django.db.backends.sqlite3"
    assert configured["database"]["NAME"] == str(tmp_path / "var" / "db.sqlite3")


# The helpers themselves, in-process.


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", True), ("True", True), (" yes ", True), ("on", True)]
    + [("0", False), ("false", False), ("No", False), ("off", False), ("", False)],
)
def test_env_bool_reads_yes_and_no(monkeypatch, raw, expected):
    monkeypatch.setenv("SMHN_FLAG", raw)
    assert environment.env_bool("SMHN_FLAG", not expected) is expected


@pytest.mark.parametrize("raw", ["maybe", "2", "enabled", "y es"])
def test_env_bool_rejects_other_words(monkeypatch, raw):
    monkeypatch.setenv("SMHN_FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match="SMHN_FLAG must be true or false"):
        environment.env_bool("SMHN_FLAG", False)


def test_env_bool_and_int_default_when_unset(monkeypatch):
    monkeypatch.delenv("SMHN_UNSET", raising=False)
    assert environment.env_bool("SMHN_UNSET", True) is True
    assert environment.env_int("SMHN_UNSET", 42) == 42
    assert environment.env_list("SMHN_UNSET", ["a"]) == ["a"]


def test_env_int(monkeypatch):
    monkeypatch.setenv("SMHN_NUMBER", " 600 ")
    assert environment.env_int("SMHN_NUMBER", 0) == 600
    monkeypatch.setenv("SMHN_NUMBER", "")
    assert environment.env_int("SMHN_NUMBER", 7) == 7


@pytest.mark.parametrize("raw", ["ten", "1.5", "60s"])
def test_env_int_rejects_non_numbers(monkeypatch, raw):
    monkeypatch.setenv("SMHN_NUMBER", raw)
    with pytest.raises(
        ImproperlyConfigured, match="SMHN_NUMBER must be a whole number"
    ):
        environment.env_int("SMHN_NUMBER", 0)


def test_env_list_drops_blanks(monkeypatch):
    monkeypatch.setenv("SMHN_HOSTS", " cms.example.org, ,www.example.org ,")
    assert environment.env_list("SMHN_HOSTS") == ["cms.example.org", "www.example.org"]


def test_base_url_strips_the_trailing_slash(monkeypatch):
    monkeypatch.setenv("SMHN_URL", " https://cms.example.org/ ")
    assert environment.base_url("SMHN_URL", "http://x") == "https://cms.example.org"
    monkeypatch.delenv("SMHN_URL")
    assert environment.base_url("SMHN_URL", "http://127.0.0.1:8000/") == (
        "http://127.0.0.1:8000"
    )


@pytest.mark.parametrize(
    "raw", ["cms.example.org", "ftp://cms.example.org", "https://", "/relative", ""]
)
def test_base_url_rejects_non_http_urls(monkeypatch, raw):
    monkeypatch.setenv("SMHN_URL", raw)
    with pytest.raises(ImproperlyConfigured, match="SMHN_URL must be an absolute http"):
        environment.base_url("SMHN_URL", "http://127.0.0.1:8000")


def test_local_secret_key_is_generated_once_and_private(tmp_path):
    path = tmp_path / "var" / "secret_key"
    first = environment.local_secret_key(path)
    assert len(first) >= 50
    assert path.stat().st_mode & 0o777 == 0o600
    assert environment.local_secret_key(path) == first
