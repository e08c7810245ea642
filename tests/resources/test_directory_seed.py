"""The seed's directory: the page in the seed's words and well-known organizations, once."""

from django.core.exceptions import ValidationError

import pytest

from resources.directory import addresses
from resources.directory.seed import ORGANIZATIONS, seed_directory
from resources.models import DirectoryPage, Organization, SocialProfile
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        list(DirectoryPage.objects.values_list("pk", "title", "latest_revision_id")),
        list(Organization.objects.order_by("pk").values_list("pk", "name", "status")),
        list(SocialProfile.objects.order_by("pk").values_list("pk", "url")),
    )


def test_the_list_in_the_seed_words(client, home_page):
    page = seed_directory(home_page)

    assert page.url == "/resources/health-care-social-media-list/"
    text = visible_text(client.get(page.url))
    assert "Your Must-Have Health Care Social Media Resource." in text
    assert (
        "The Health Care Social Media List includes health organizations actively using social networking sites."
        in text
    )
    assert "Add yours today!" in text
    assert Organization.objects.approved().count() >= 30
    mayo = Organization.objects.get(name="Mayo Clinic")
    assert mayo.website == "https://www.mayoclinic.org/"
    assert mayo.profiles.filter(network="facebook").exists()
    assert "Mayo Clinic" in text


def test_running_it_again_changes_nothing_nor_undoes_edits(home_page, admin_user):
    seed_directory(home_page)
    who = Organization.objects.get(name="World Health Organization")
    who.moderate(Organization.Status.REJECTED, admin_user)
    before = snapshot()

    seed_directory(home_page)

    assert snapshot() == before


@pytest.mark.parametrize("entry", ORGANIZATIONS, ids=lambda entry: entry["name"])
def test_every_seed_address_passes_the_checks(entry):
    addresses.check_web_address(entry["website"])
    for network, url in entry["profiles"].items():
        try:
            addresses.check_network_address(network, url, network)
        except ValidationError as error:  # pragma: no cover - the message helps
            pytest.fail(f"{entry['name']} {network}: {error.messages}")


def test_no_two_seed_organizations_share_an_address():
    websites = [addresses.normal_form(entry["website"]) for entry in ORGANIZATIONS]
    profiles = [
        addresses.normal_form(url)
        for entry in ORGANIZATIONS
        for url in entry["profiles"].values()
    ]
    assert len(set(websites)) == len(websites) >= 30
    assert len(set(profiles)) == len(profiles)
