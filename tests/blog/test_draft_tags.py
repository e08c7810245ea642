"""A tag found only on unpublished posts is indistinguishable from a tag that does not exist."""

import pytest

from blog.models import BlogPage
from tests.factories.blog import BlogPageFactory

pytestmark = pytest.mark.django_db

API_POSTS = "/api/v2/pages/?type=blog.BlogPage"


@pytest.fixture
def draft_only_tag(blog_index):
    """ "embargoed-launch" is on a draft only; "fb" is on a published post."""
    BlogPageFactory(title="Published", tags=["FB"])
    BlogPageFactory(title="Embargoed", tags=["Embargoed launch", "FB"]).unpublish()
    return "embargoed-launch"


@pytest.mark.parametrize("suffix", ["", "feed/", "feed/atom/"])
def test_the_tag_page_and_feeds_are_404_like_an_unknown_tag(
    client, draft_only_tag, suffix
):
    draft = client.get(f"/blog/tags/{draft_only_tag}/{suffix}")
    unknown = client.get(f"/blog/tags/no-such-tag/{suffix}")

    assert draft.status_code == unknown.status_code == 404
    assert draft.content == unknown.content


def test_the_api_answers_exactly_as_for_an_unknown_tag(client, draft_only_tag):
    draft = client.get(f"{API_POSTS}&tag={draft_only_tag}")
    unknown = client.get(f"{API_POSTS}&tag=no-such-tag")

    assert draft.status_code == unknown.status_code == 400
    assert draft.json() == {"message": f"unknown tag: '{draft_only_tag}'"}
    assert unknown.json() == {"message": "unknown tag: 'no-such-tag'"}


def test_a_tag_on_a_published_post_still_works(client, draft_only_tag):
    assert client.get("/blog/tags/fb/").status_code == 200
    response = client.get(f"{API_POSTS}&tag=fb")
    assert [item["title"] for item in response.json()["items"]] == ["Published"]


def test_publishing_the_post_reveals_the_tag(client, draft_only_tag):
    BlogPage.objects.get(title="Embargoed").save_revision().publish()

    assert client.get(f"/blog/tags/{draft_only_tag}/").status_code == 200
