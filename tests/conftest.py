"""Fixtures shared by every test: the site, its home page and the media editors upload."""

import json
import sys
import unittest
from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from wagtail.models import Page, Site

import pytest

from tests.factories.core import DocumentFactory, ImageFactory, NetworkSettingsFactory
from tests.factories.site_pages import HomePageFactory


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="Deselect the tests that cannot reach the test database (CI's second "
        "database runs only what the database can change).",
    )


def pytest_configure(config):
    """Whitenoise warns about the collected-static folder, which tests never build."""
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


def group_for_xdist(config, items):
    """`--dist loadgroup`: send the tests of one `xdist_group` to one worker.

    pytest-xdist 3.8's worker hook sets `item._nodeid`, which pytest 9 no longer reads
    (it keeps a NodeId in `item._id`), so each group was split between the workers and
    each worker built the module's shared fixture. The same `@group` suffix, set where
    pytest 9 reads it, is what xdist's scheduler groups by.
    """
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        marker = item.get_closest_marker("xdist_group")
        if marker is not None and "@" not in item.nodeid:
            name = (
                marker.args[0] if marker.args else marker.kwargs.get("name", "default")
            )
            grouped = f"{item.nodeid}@{name}"
            if hasattr(item, "_id"):  # pytest 9 keeps the node id as a NodeId
                from _pytest.nodeid import coerce_node_id

                item._id = coerce_node_id(grouped)
            else:
                item._nodeid = grouped


def uses_the_test_database(item):
    """Whether pytest-django lets the test reach the test database.

    Without the django_db mark, a database fixture (db, transactional_db, live_server,
    migration_data: all need django_db_setup) or a unittest TestCase, pytest-django
    blocks every query, so the database under test cannot change the outcome.
    """
    return (
        item.get_closest_marker("django_db") is not None
        or "django_db_setup" in getattr(item, "fixturenames", ())
        or isinstance(getattr(item, "cls", None), type)
        and issubclass(item.cls, unittest.TestCase)
    )


def pytest_collection_modifyitems(config, items):
    """--database-tests-only: run again only the tests a second database can change."""
    group_for_xdist(config, items)
    if not config.getoption("database_tests_only"):
        return
    kept = [item for item in items if uses_the_test_database(item)]
    deselected = [item for item in items if not uses_the_test_database(item)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, plus a copy of the rows its migrations made (tree root, Site, locale)."""
    with django_db_blocker.unblock():
        return connections[DEFAULT_DB_ALIAS].creation.serialize_db_to_string()


@pytest.fixture
def migration_data(transactional_db, django_db_setup):
    """Restore the rows migrations made (tree root, Site, locale) if a transactional test flushed them."""
    # pytest-django's serialized rollback cannot: while Playwright's event loop runs,
    # Django hands the test a second connection, without the serialized copy.
    if Page.get_first_root_node() is not None:
        return
    call_command(
        "flush",
        interactive=False,
        inhibit_post_migrate=True,
        reset_sequences=False,  # the restored rows keep ids the sequences have passed
        verbosity=0,
    )
    # Content types first: Wagtail's workflow tasks look theirs up as they are built.
    rows = json.loads(django_db_setup)
    content_types = [row for row in rows if row["model"] == "contenttypes.contenttype"]
    others = [row for row in rows if row["model"] != "contenttypes.contenttype"]
    ContentType.objects.clear_cache()
    for part in (content_types, others):
        connections[DEFAULT_DB_ALIAS].creation.deserialize_db_from_string(
            json.dumps(part)
        )


@pytest.fixture(scope="module")
def seed_content_once(django_db_setup, django_db_blocker):
    """load_seed_content once for a module whose tests all start from the seed site.

    The seed stays in a transaction that is rolled back when the module ends; each
    test's own transaction (the db fixture) nests inside it as a savepoint, so every
    test still starts from the freshly seeded site and leaves nothing behind. Only for
    modules where every database test wants the seed and none is transactional; mark
    them `xdist_group` so that one worker seeds the module once (`--dist loadgroup`).
    Returns what the command printed.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            output = StringIO()
            call_command("load_seed_content", stdout=output)
        except BaseException:
            outer.__exit__(*sys.exc_info())
            raise
    yield output.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def root_page(db):
    """The tree root that home pages hang from."""
    return Page.get_first_root_node()


@pytest.fixture
def home_page(root_page):
    """A live HomePage that is the root page of the default Site (localhost:80)."""
    home = HomePageFactory(parent=root_page)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "site_name": "Social Media Health Network",
            "root_page": home,
        },
    )
    return home


@pytest.fixture
def site(home_page):
    """The default Site, rooted at `home_page`."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def network_settings(site):
    """The default Site's NetworkSettings with a contact e-mail and footer line."""
    return NetworkSettingsFactory(site=site)


@pytest.fixture
def image(db):
    """A real image in the root collection."""
    return ImageFactory()


@pytest.fixture
def document(db):
    """A real document in the root collection."""
    return DocumentFactory()
