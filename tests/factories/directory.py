"""Factories for the Health Care Social Media List: its page, organizations and profiles."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from resources.models import DirectoryPage, Organization, SocialProfile
from tests.factories.resources import resource_index_or_new


class DirectoryPageFactory(wagtail_factories.PageFactory):
    """The live list at /resources/health-care-social-media-list/."""

    title = "Health Care Social Media List"
    slug = "health-care-social-media-list"
    introduction = "The Health Care Social Media List includes health organizations."
    parent = factory.LazyFunction(resource_index_or_new)

    class Meta:
        model = DirectoryPage


class OrganizationFactory(DjangoModelFactory):
    """An approved hospital in Minnesota, unless told otherwise.

    `profiles={"facebook": url, ...}` adds social profiles (saved, so normalised).
    """

    name = factory.Sequence(lambda n: f"Health Organization {n}")
    kind = Organization.Kind.HOSPITAL
    website = factory.Sequence(lambda n: f"https://www.organization{n}.example.org/")
    city = "Rochester"
    region = "Minnesota"
    country = "United States"
    description = "Uses social media to reach patients."
    status = Organization.Status.APPROVED
    submitter_name = "Sam Submitter"
    submitter_email = factory.Sequence(lambda n: f"submitter{n}@example.org")

    class Meta:
        model = Organization
        skip_postgeneration_save = True

    @factory.post_generation
    def profiles(organization, create, extracted, **kwargs):
        for network, url in (extracted or {}).items():
            SocialProfile.objects.create(
                organization=organization, network=network, url=url
            )


def submission_form_data(profiles=(), **overrides):
    """What an organization types into the "Add yours" form (honeypot left empty)."""
    data = {
        "name": "Lakeside Family Clinic",
        "kind": "clinic",
        "website": "https://www.lakeside-clinic.example.org/",
        "city": "Duluth",
        "region": "Minnesota",
        "country": "United States",
        "description": "Answers patients' questions on Facebook every weekday.",
        "submitter_name": "Pat Submitter",
        "submitter_email": "pat@lakeside-clinic.example.org",
        "fax": "",
        "profiles-TOTAL_FORMS": "5",
        "profiles-INITIAL_FORMS": "0",
        "profiles-MIN_NUM_FORMS": "0",
        "profiles-MAX_NUM_FORMS": "5",
    }
    for number, (network, url) in enumerate(profiles):
        data[f"profiles-{number}-network"] = network
        data[f"profiles-{number}-url"] = url
    data.update(overrides)
    return data
