"""Fixtures shared by every test: the site, its home page and the media editors upload."""

from wagtail.models import Page, Site

import pytest

from tests.factories.core import DocumentFactory, ImageFactory, NetworkSettingsFactory
from tests.factories.site_pages import HomePageFactory


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


def pytest_configure(config):
    """Whitenoise warns about the collected-static folder, which tests never build."""
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
