"""Benchmark organizations: approved directory entries with two social profiles each."""

from django.utils import timezone

from core.bench_data import generator
from resources.directory import addresses
from resources.models import Organization, SocialProfile
from resources.models.organizations import Kind

REGIONS = ["Minnesota", "Ohio", "Texas", "Ontario", "Bavaria", "Kent", "Victoria"]
COUNTRIES = ["United States", "Canada", "Germany", "United Kingdom", "Australia"]
NETWORKS = ["facebook", "x", "youtube", "linkedin", "instagram"]
HOSTS = {
    "facebook": "https://www.facebook.com/",
    "x": "https://x.com/",
    "youtube": "https://www.youtube.com/@",
    "linkedin": "https://www.linkedin.com/company/",
    "instagram": "https://www.instagram.com/",
}
BATCH = 1000


@generator("organizations", help="Approved organizations to add to the directory.")
def generate_organizations(count, rng, progress):
    """count approved organizations with two profiles each, in bulk inserts."""
    start = Organization.objects.count()
    now = timezone.now()
    for first in range(start, start + count, BATCH):
        numbers = range(first, min(first + BATCH, start + count))
        organizations = Organization.objects.bulk_create(
            [organization(number, rng, now) for number in numbers]
        )
        profiles = []
        for number, created in zip(numbers, organizations, strict=True):
            for network in rng.sample(NETWORKS, 2):
                url = f"{HOSTS[network]}bench{number}"
                profiles.append(
                    SocialProfile(
                        organization_id=created.pk,
                        network=network,
                        url=url,
                        normalized_url=addresses.normal_form(url),
                    )
                )
        SocialProfile.objects.bulk_create(profiles)
        progress.advance(len(numbers))


def organization(number, rng, now):
    website = f"https://www.bench{number}.example.org/"
    return Organization(
        name=f"Bench Health Organization {number:05d}",
        slug=f"bench-organization-{number}",
        kind=rng.choice(Kind.values),
        region=rng.choice(REGIONS),
        country=rng.choice(COUNTRIES),
        city="Springfield",
        website=website,
        normalized_website=addresses.normal_form(website),
        description="Hospital and clinic network sharing health advice online.",
        status=Organization.Status.APPROVED,
        approved_at=now,
    )
