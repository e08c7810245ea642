"""Fixtures of the resource library: the library page under the test site's home page."""

import pytest

from tests.factories.resources import ResourceIndexPageFactory


@pytest.fixture
def resource_index(home_page):
    """The live library at /resources/."""
    return ResourceIndexPageFactory(parent=home_page)


@pytest.fixture
def directory_page(resource_index):
    """The live Health Care Social Media List under the library."""
    from tests.factories.directory import DirectoryPageFactory

    return DirectoryPageFactory(parent=resource_index)


@pytest.fixture
def fresh_cache():
    """An empty cache, so rate-limit counters never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()
