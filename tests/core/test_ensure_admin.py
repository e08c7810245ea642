"""`ensure_admin` makes the first administrator without ever using a fixed password."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from core.management.commands.ensure_admin import Command

GENERATED = re.compile(
    r"Created admin account '(?P<user>[^']+)' with password: (?P<pw>\S+)"
)


@pytest.fixture(autouse=True)
def no_admin_env(monkeypatch):
    """Start every test with none of the command's variables set."""
    for name in (
        "DJANGO_SUPERUSER_USERNAME",
        "DJANGO_SUPERUSER_PASSWORD",
        "DJANGO_SUPERUSER_EMAIL",
    ):
        monkeypatch.delenv(name, raising=False)


def ensure_admin():
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_creates_the_superuser_named_in_the_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "editor-in-chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "Rochester-summit-2015!")
    monkeypatch.setenv("DJANGO_SUPERUSER_EMAIL", "chief@example.org")
    output = ensure_admin()
    user = get_user_model().objects.get(username="editor-in-chief")
    assert user.is_superuser and user.is_staff
    assert user.email == "chief@example.org"
    assert user.check_password("Rochester-summit-2015!")
    assert "Created admin account 'editor-in-chief'." in output
    assert "Rochester-summit-2015!" not in output


@pytest.mark.django_db
def test_generates_and_prints_a_password_when_none_is_set():
    output = ensure_admin()
    match = GENERATED.search(output)
    assert match["user"] == "admin"
    password = match["pw"]
    assert len(password) >= 20
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.check_password(password)
    assert "shown only once" in output


@pytest.mark.django_db
def test_generated_passwords_are_never_the_same():
    passwords = set()
    for _ in range(3):
        passwords.add(GENERATED.search(ensure_admin())["pw"])
        get_user_model().objects.all().delete()
    assert len(passwords) == 3
    assert not passwords & {"admin", "password", "changeme", "admin123"}


@pytest.mark.django_db
def test_second_run_leaves_the_account_alone(monkeypatch):
    password = GENERATED.search(ensure_admin())["pw"]
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "A-different-strong-passphrase-9")
    output = ensure_admin()
    assert "Admin account 'admin' already exists; left as it is." in output
    assert "password" not in output.lower()
    user = get_user_model().objects.get(username="admin")
    assert user.check_password(password)
    assert get_user_model().objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("weak", ["password", "qwertyuiop", "12345678901", "short"])
def test_weak_password_is_refused(monkeypatch, weak):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", weak)
    with pytest.raises(CommandError, match="DJANGO_SUPERUSER_PASSWORD is too weak"):
        ensure_admin()
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_weak_password_from_the_command_line_prints_a_message_not_a_traceback(
    monkeypatch,
):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "password")
    # run_from_argv closes connections when it finishes; the test database must stay open.
    monkeypatch.setattr(
        "django.core.management.base.connections.close_all", lambda: None
    )
    out, err = StringIO(), StringIO()
    with pytest.raises(SystemExit) as exit_:
        Command(stdout=out, stderr=err).run_from_argv(["manage.py", "ensure_admin"])
    assert exit_.value.code == 1
    assert err.getvalue().startswith(
        "CommandError: DJANGO_SUPERUSER_PASSWORD is too weak"
    )
    assert "This password is too common." in err.getvalue()
    assert "Traceback" not in err.getvalue() + out.getvalue()


@pytest.mark.django_db
def test_blank_username_is_refused(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "  ")
    with pytest.raises(
        CommandError, match="DJANGO_SUPERUSER_USERNAME is set but empty"
    ):
        ensure_admin()
