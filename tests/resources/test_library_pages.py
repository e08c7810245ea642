"""Resource pages as readers see them: the review line, downloads and topics."""

import datetime

from wagtail.test.utils import WagtailPageTestCase

import pytest

from resources.models import ResourceIndexPage, ResourcePage
from site_pages.models import HomePage
from tests.factories.core import AuthorFactory
from tests.factories.resources import ResourcePageFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    """Resources live in the library; the library lives under the home page."""

    def test_library_only_under_home_page(self):
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})

    def test_resources_only_in_the_library(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())

    def test_library_holds_resources(self):
        self.assertCanCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanCreateAt(HomePage, ResourceIndexPage)


def test_one_library_per_home_page(resource_index, home_page):
    assert not ResourceIndexPage.can_create_at(home_page)


def test_review_line_says_when_and_by_whom(client, resource_index):
    reviewer = AuthorFactory(name="Lee Aase", role="")
    page = ResourcePageFactory(
        parent=resource_index,
        last_reviewed=datetime.date(2026, 3, 12),
        reviewed_by=reviewer,
        review_interval_months=6,
    )

    response = client.get(page.url)

    line = visible_text(str(soup(response).select_one(".review")))
    assert line.startswith("Last reviewed 12 March 2026 by Lee Aase.")
    assert "12 September 2026" in line
