"""Fixtures of the resource library: the library page under the test site's home page."""

import pytest

from tests.factories.resources import ResourceIndexPageFactory


@pytest.fixture
def resource_index(home_page):
    """The live library at /resources/."""
    return ResourceIndexPageFactory(parent=home_page)
