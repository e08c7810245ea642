"""Where the list lives in the page tree, and what the pages API says about it."""

import pytest

from resources.models import DirectoryPage, ResourceIndexPage

pytestmark = pytest.mark.django_db


def test_lives_only_under_the_resource_library():
    assert DirectoryPage.allowed_parent_page_models() == [ResourceIndexPage]
    assert DirectoryPage in ResourceIndexPage.allowed_subpage_models()
    assert DirectoryPage.allowed_subpage_models() == []


def test_one_per_library(directory_page, resource_index):
    assert not DirectoryPage.can_create_at(resource_index)


def test_v2_pages_api_carries_the_introductions(client, directory_page):
    data = client.get(
        "/api/v2/pages/?type=resources.DirectoryPage&fields=introduction,submission_introduction"
    ).json()

    (item,) = data["items"]
    assert item["introduction"] == directory_page.introduction
    assert "submission_introduction" in item
    assert item["meta"]["html_url"].endswith(
        "/resources/health-care-social-media-list/"
    )
