"""Factories for summit registrations: what a reader sends, and what it becomes."""

import factory
from factory.django import DjangoModelFactory

from events.models.registration import Registration


def registration_form_data(for_tier, **overrides):
    """What a reader types into the registration form for `for_tier`."""
    data = {
        "name": "Dana Reader",
        "email": "dana.reader@example.org",
        "organization": "Mayo Clinic",
        "role": "Social media manager",
        "tier": for_tier.pk,
        "needs": "Vegetarian meals",
        "website": "",
    }
    data.update(overrides)
    return data


def registration_api_payload(for_tier, **overrides):
    """The same registration as JSON for POST /api/v3/registrations/."""
    payload = registration_form_data(for_tier, summit=for_tier.summit_id)
    del payload["website"]
    payload.update(overrides)
    return payload


class RegistrationFactory(DjangoModelFactory):
    """A confirmed registration in `tier` (required), for the tier's summit."""

    summit = factory.LazyAttribute(lambda registration: registration.tier.summit)
    name = factory.Sequence(lambda n: f"Registrant {n}")
    email = factory.Sequence(lambda n: f"registrant{n}@example.org")
    organization = "University of Utah Health Care"
    role = "Social Media Coordinator"
    status = Registration.Status.CONFIRMED

    class Meta:
        model = Registration
