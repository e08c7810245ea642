"""Every moderation queue joins the dashboard panel: directory submissions, waiting lists."""

import pytest

from tests.factories.directory import OrganizationFactory
from tests.factories.events import SummitPageFactory, tier
from tests.factories.registrations import RegistrationFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def panel_row(admin_client, label):
    panel = soup(admin_client.get("/admin/")).find(id="moderation-counts-section")
    (link,) = [a for a in panel.find_all("a") if label in a.get_text()]
    return link["href"], link.find_parent("tr").select_one(".w-status").get_text()


def test_pending_directory_submissions_are_counted(admin_client, home_page):
    OrganizationFactory.create_batch(3, status="pending")
    OrganizationFactory(status="approved")

    href, count = panel_row(admin_client, "Directory submissions awaiting")

    assert href == "/admin/resources/organization/"
    assert count == "3"


def test_registrants_on_a_waiting_list_are_counted(admin_client, home_page):
    summit = SummitPageFactory(pricing_tiers=[tier(capacity=1)])
    full_tier = summit.pricing_tiers.get()
    RegistrationFactory(tier=full_tier)
    RegistrationFactory.create_batch(2, tier=full_tier, status="waitlisted")

    href, count = panel_row(admin_client, "Registrations on a waiting list")

    assert href == "/admin/events/registration/?status__exact=waitlisted"
    assert count == "2"
