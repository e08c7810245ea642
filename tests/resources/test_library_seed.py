"""The seed's library: the guidelines page, reviewed by the blog's Lee Aase."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Revision

import pytest

from core.models import Author
from resources.models import ResourceIndexPage, ResourcePage
from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("library-seed")]


def seed():
    call_command("load_seed_content", stdout=StringIO())


def snapshot():
    """What a second run must leave alone."""
    return {
        "pages": list(
            ResourcePage.objects.order_by("pk").values_list(
                "pk", "title", "last_reviewed", "review_due", "latest_revision_id"
            )
        ),
        "indexes": list(ResourceIndexPage.objects.values_list("pk", "title")),
        "revisions": Revision.objects.count(),
        "authors": list(Author.objects.values_list("pk", "slug", "name")),
    }


@pytest.fixture
def seeded(seed_content_once, db):
    """The seed site, loaded once for the module (tests/conftest.py)."""


def test_the_guidelines_page_is_in_the_library(seeded, client):
    page = ResourcePage.objects.live().get()

    assert page.url == "/resources/social-media-guidelines-for-employees/"
    assert page.get_parent().url == "/resources/"
    assert page.resource_type == "policy"
    assert {tag.name for tag in page.tags.all()} == {
        "social media guidelines",
        "employees",
        "friending",
    }
    response = client.get(page.url)
    html, text = soup(response), visible_text(response)
    assert "Last reviewed 12 March 2026 by Lee Aase" in text
    headings = [h.get_text() for h in html.select(".stream h2")]
    assert headings == [
        "Guideline #5: Get it Right and Be Professional",
        "Guideline #6: Get Your Work Done",
        "Guideline #7: Be Friendly with Patients, but not “Friends”",
        "Guideline #8: Online “Friending” Should be Voluntary",
    ]
    assert "Mayo Clinic strongly discourages “friending” of patients" in text
    series = html.select_one('.stream a[href="/blog/series/resource-series/"]')
    assert client.get(series["href"]).status_code == 200


def test_the_reviewer_is_the_blogs_author(seeded):
    page = ResourcePage.objects.get()

    assert page.reviewed_by.slug == "lee-aase"
    assert Author.objects.filter(name="Lee Aase").count() == 1
    assert page.reviewed_by.post_links.exists()


def test_the_library_is_in_the_main_navigation(seeded, client):
    links = [a["href"] for a in soup(client.get("/")).select("nav a")]

    assert "/resources/" in links


def test_a_second_run_changes_nothing(seeded):
    before = snapshot()

    seed()

    assert snapshot() == before


def test_editors_changes_survive_a_second_run(seeded):
    page = ResourcePage.objects.get()
    page.title = "Guidelines for employees (edited)"
    page.save_revision().publish()

    seed()

    assert ResourcePage.objects.get().title == "Guidelines for employees (edited)"
