"""Real-browser fixtures: Debian's Chromium driven by pytest-playwright against live_server."""

import os

# Playwright's sync API runs an event loop in this thread; Django's ORM would refuse
# to run beside it. Tests only, never in settings.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from site_pages.models import HomePage

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch the system Chromium; Playwright's own browser downloads are not used."""
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS],
    }


@pytest.fixture(autouse=True)
def _migration_data(migration_data):
    """Every browser test starts with the tree root and default Site migrations made."""


@pytest.fixture
def seeded_home(live_server):
    """The seed site in the live server's database; returns its home page."""
    call_command("load_seed_content", verbosity=0)
    return HomePage.objects.get()


@pytest.fixture
def editor(live_server):
    """A superuser's username and password for logging into the live admin."""
    password = "Rochester-summit-2015!"
    get_user_model().objects.create_superuser("editor", "editor@example.org", password)
    return "editor", password
