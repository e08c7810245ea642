"""An organization adds itself to the list, a moderator approves it, readers find it."""

import re

from django.core.cache import cache

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from resources.models import Organization
from tests.browser.admin import log_in
from tests.factories.directory import DirectoryPageFactory, OrganizationFactory
from tests.factories.resources import ResourceIndexPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters live in the cache the live server shares with the tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def directory(home_page):
    page = DirectoryPageFactory(parent=ResourceIndexPageFactory(parent=home_page))
    OrganizationFactory(name="Mayo Clinic", kind="hospital")
    return page


def test_submitted_organization_appears_under_its_filter_once_approved(
    page, new_context, live_server, directory, editor
):
    list_url = f"{live_server.url}{directory.url}"
    page.goto(list_url)
    page.get_by_role("link", name="Add yours today!").first.click()

    expect(page.get_by_role("heading", name="Add your organization")).to_be_visible()
    page.get_by_label("Organization name").fill("Lakeside Family Clinic")
    page.get_by_label("Kind").select_option(label="Clinic or practice")
    page.get_by_label("Website").fill("https://www.lakeside-clinic.example.org/")
    page.get_by_label("Region or state").fill("Minnesota")
    page.locator("#id_profiles-0-network").select_option(label="Facebook")
    page.locator("#id_profiles-0-url").fill("https://www.facebook.com/LakesideClinic")
    page.get_by_label("Your name").fill("Pat Submitter")
    page.get_by_label("Your e-mail").fill("pat@lakeside-clinic.example.org")
    page.get_by_role("button", name="Send for review").click()

    expect(page.get_by_role("status")).to_contain_text("A moderator will review")
    page.goto(list_url)
    expect(page.get_by_text("Lakeside Family Clinic")).to_have_count(0)

    moderator = new_context().new_page()
    log_in(moderator, live_server, *editor)
    moderator.get_by_role("link", name="Social Media List, 1 pending").click()
    row = moderator.get_by_role("row").filter(has_text="Lakeside Family Clinic")
    row.get_by_role("link", name="Approve").click()
    expect(
        moderator.get_by_role("heading", name="Approve organization")
    ).to_be_visible()
    moderator.get_by_role("button", name="Approve").click()
    expect(moderator.get_by_text("Approved: “Lakeside Family Clinic”.")).to_be_visible()

    page.goto(list_url)
    page.locator('.facet-list a[data-facet="kind"][data-value="clinic"]').click()
    expect(page).to_have_url(re.compile(r"\?kind=clinic$"))
    results = page.locator(".card__title")
    expect(results).to_have_text(["Lakeside Family Clinic"])
    page.get_by_role("link", name="Lakeside Family Clinic").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lakeside Family Clinic")
    expect(
        page.get_by_role("link", name="https://www.facebook.com/LakesideClinic")
    ).to_be_visible()
    expect(page.get_by_text("pat@lakeside-clinic.example.org")).to_have_count(0)
    assert Organization.objects.get(name="Lakeside Family Clinic").status == "approved"


def serious_violations(page):
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): "
        + ", ".join(node["target"][0] for node in violation["nodes"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_list_and_form_have_no_serious_accessibility_violations(
    page, live_server, directory
):
    page.goto(f"{live_server.url}{directory.url}?kind=hospital")
    assert serious_violations(page) == []

    page.goto(f"{live_server.url}{directory.url}add/")
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_label("Organization name")).to_have_attribute(
        "aria-invalid", "true"
    )
    expect(page.get_by_label("Organization name")).to_have_accessible_description(
        re.compile("This field is required")
    )
    assert serious_violations(page) == []
