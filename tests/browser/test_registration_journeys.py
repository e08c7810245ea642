"""A reader registers for the Summit; staff find the registration and export it."""

import datetime
import io
import re

from django.core.cache import cache
from django.utils import timezone

import openpyxl
import pytest
from playwright.sync_api import expect

from events.models.registration import Registration
from tests.browser.admin import log_in
from tests.factories.events import EventIndexPageFactory, SummitPageFactory, tier
from tests.factories.registrations import RegistrationFactory

pytestmark = pytest.mark.browser

FORMULA = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters live in the cache the live server shares with the tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def summit(home_page):
    """A summit four months ahead, open, with a two-seat workshop and an open tier."""
    start = timezone.localdate() + datetime.timedelta(days=120)
    return SummitPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Social Media Summit",
        slug="summit",
        start_date=start,
        end_date=start + datetime.timedelta(days=1),
        pricing_tiers=[
            tier("Residency Workshop", "150.00", capacity=2),
            tier("Full Summit", "595.00"),
        ],
    )


def test_reader_registers_and_staff_find_and_export_the_registration(
    page, new_context, live_server, summit, editor
):
    workshop = summit.pricing_tiers.get(name="Residency Workshop")
    RegistrationFactory(tier=workshop, name="Early Colleague")

    page.goto(f"{live_server.url}{summit.url}")
    section = page.locator("section#register")
    expect(section.get_by_role("list", name="Seats left")).to_contain_text(
        "Residency Workshop: 1 seat left"
    )
    page.get_by_label("Name").fill("Dana Reader")
    page.get_by_label("E-mail").fill("dana.reader@example.org")
    page.get_by_label("Organization").fill(FORMULA)
    page.get_by_label("Role").fill("Social media manager")
    page.get_by_role("radio", name=re.compile("Residency Workshop")).check()
    page.get_by_label("Accessibility or dietary needs").fill("Step-free access")
    page.get_by_role("button", name="Register").click()

    expect(page).to_have_url(re.compile(r"/summit/#register$"))
    expect(section.get_by_role("status")).to_have_text(
        "You are registered for Social Media Summit (Residency Workshop). A "
        "confirmation is on its way to dana.reader@example.org."
    )
    expect(section.get_by_role("list", name="Seats left")).to_contain_text(
        "Residency Workshop: Full: waiting list"
    )

    # Registering again with the same address, in another case, is refused and kept.
    page.get_by_label("Name").fill("Dana Again")
    page.get_by_label("E-mail").fill("Dana.Reader@example.org")
    page.get_by_role("radio", name=re.compile("Full Summit")).check()
    page.get_by_role("button", name="Register").click()
    email = page.get_by_label("E-mail")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_accessible_description(re.compile("already registered"))
    expect(page.get_by_label("Name")).to_have_value("Dana Again")
    assert Registration.objects.filter(
        email__iexact="dana.reader@example.org"
    ).count() == (1)

    # Staff, in a browser of their own, find the registration and export it.
    staff = new_context(accept_downloads=True).new_page()
    log_in(staff, live_server, *editor)
    staff.get_by_role("link", name="Registrations", exact=True).click()
    staff.get_by_role("link", name="Residency Workshop (Social Media Summit)").click()
    expect(staff.get_by_role("row").filter(has_text="Early Colleague")).to_have_count(1)
    staff.get_by_placeholder("Search registrations").fill("Dana")
    staff.keyboard.press("Enter")
    row = staff.get_by_role("row").filter(has_text="Dana Reader")
    expect(row).to_contain_text("dana.reader@example.org")
    expect(row).to_contain_text("Residency Workshop")
    expect(row).to_contain_text("Confirmed")
    expect(staff.get_by_role("row").filter(has_text="Early Colleague")).to_have_count(0)

    with staff.expect_download() as download_info:
        staff.get_by_role("link", name="Download XLSX").click()
    download = download_info.value
    assert download.suggested_filename == "registrations.xlsx"
    with open(download.path(), "rb") as workbook:
        sheet = openpyxl.load_workbook(io.BytesIO(workbook.read())).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    exported = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(r["Name"], r["Status"], r["Pricing tier"]) for r in exported] == [
        ("Dana Reader", "confirmed", "Residency Workshop")
    ]
    # Written as text: a spreadsheet shows the formula instead of running it.
    assert exported[0]["Organization"] == "'" + FORMULA
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
