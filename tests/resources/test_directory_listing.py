"""The public list: search, filters, facets, sort and pages, with approved organizations only."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from resources.models import Organization
from tests.factories.directory import OrganizationFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db

Status = Organization.Status


@pytest.fixture
def known(directory_page):
    """Four listed organizations, one pending and one rejected."""
    return {
        "mayo": OrganizationFactory(
            name="Mayo Clinic",
            kind="hospital",
            region="Minnesota",
            website="https://www.mayoclinic.org/",
            submitter_email="secret.mayo@example.org",
            profiles={
                "facebook": "https://www.facebook.com/MayoClinic",
                "x": "https://x.com/MayoClinic",
                "youtube": "https://www.youtube.com/user/mayoclinic",
            },
        ),
        "practice": OrganizationFactory(
            name="Mayo Family Practice",
            kind="clinic",
            region="Minnesota",
            profiles={"facebook": "https://www.facebook.com/MayoFamilyPractice"},
        ),
        "cleveland": OrganizationFactory(
            name="Cleveland Clinic",
            kind="hospital",
            city="Cleveland",
            region="Ohio",
            profiles={"x": "https://x.com/ClevelandClinic"},
        ),
        "who": OrganizationFactory(
            name="World Health Organization",
            kind="public_health",
            city="Geneva",
            region="",
            country="Switzerland",
            profiles={
                "facebook": "https://www.facebook.com/WHO",
                "x": "https://x.com/WHO",
                "tiktok": "https://www.tiktok.com/@who",
            },
        ),
        "pending": OrganizationFactory(
            name="Pending Hospital",
            kind="hospital",
            status=Status.PENDING,
            profiles={"facebook": "https://www.facebook.com/PendingHospital"},
        ),
        "rejected": OrganizationFactory(
            name="Rejected Clinic",
            kind="clinic",
            status=Status.REJECTED,
            profiles={"instagram": "https://www.instagram.com/rejected/"},
        ),
    }


def listing(client, page, query=""):
    response = client.get(f"{page.url}?{query}" if query else page.url)
    return response


def names(response):
    return [
        title.get_text(strip=True) for title in soup(response).select(".card__title")
    ]


def facet_counts(response, facet):
    return {
        link["data-value"]: int(
            link.find_next_sibling(class_="facet-count").get_text(strip=True)
        )
        for link in soup(response).select(f'.facet-list a[data-facet="{facet}"]')
    }


class TestFilters:
    def test_lists_approved_organizations_by_name(self, client, directory_page, known):
        response = listing(client, directory_page)

        assert response.status_code == 200
        assert names(response) == [
            "Cleveland Clinic",
            "Mayo Clinic",
            "Mayo Family Practice",
            "World Health Organization",
        ]
        assert "4 organizations" in visible_text(response)

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("q=mayo", ["Mayo Clinic", "Mayo Family Practice"]),
            ("q=  MAYO   clinic ", ["Mayo Clinic"]),
            ("q=practice+family", ["Mayo Family Practice"]),
            ("kind=hospital", ["Cleveland Clinic", "Mayo Clinic"]),
            ("region=minnesota", ["Mayo Clinic", "Mayo Family Practice"]),
            ("country=Switzerland", ["World Health Organization"]),
            (
                "network=x",
                ["Cleveland Clinic", "Mayo Clinic", "World Health Organization"],
            ),
            ("kind=hospital&network=facebook", ["Mayo Clinic"]),
            ("kind=hospital&region=Ohio&network=x", ["Cleveland Clinic"]),
            ("q=mayo&kind=clinic&region=Minnesota", ["Mayo Family Practice"]),
            ("kind=insurer", []),
            ("network=instagram", []),
        ],
    )
    def test_filters_combine(self, client, directory_page, known, query, expected):
        assert names(listing(client, directory_page, query)) == expected

    def test_newest_first(self, client, directory_page, known):
        response = listing(client, directory_page, "sort=newest")

        assert names(response) == [
            "World Health Organization",
            "Cleveland Clinic",
            "Mayo Family Practice",
            "Mayo Clinic",
        ]

    def test_a_filter_it_does_not_understand_is_left_out_and_explained(
        self, client, directory_page, known
    ):
        response = listing(client, directory_page, "kind=spaceship&region=Ohio")

        assert response.status_code == 400
        assert names(response) == ["Cleveland Clinic"]
        assert "Kind: Select a valid choice" in visible_text(response)

    def test_pages_keep_the_query_string(self, client, directory_page, known):
        directory_page.per_page = 2
        type(directory_page).per_page = 2
        try:
            response = listing(client, directory_page, "network=x")
            second = listing(client, directory_page, "network=x&page=2")
        finally:
            type(directory_page).per_page = 25

        assert names(response) == ["Cleveland Clinic", "Mayo Clinic"]
        assert names(second) == ["World Health Organization"]
        next_link = soup(response).select_one('a[rel="next"]')
        assert next_link["href"] == "?network=x&page=2"


class TestFacets:
    def test_counts_every_value_without_filters(self, client, directory_page, known):
        response = listing(client, directory_page)

        assert facet_counts(response, "kind") == {
            "hospital": 2,
            "clinic": 1,
            "public_health": 1,
        }
        assert facet_counts(response, "region") == {"Minnesota": 2, "Ohio": 1}
        assert facet_counts(response, "country") == {
            "United States": 3,
            "Switzerland": 1,
        }
        assert facet_counts(response, "network") == {
            "facebook": 3,
            "x": 3,
            "youtube": 1,
            "tiktok": 1,
        }

    def test_each_facet_counts_with_the_other_filters(
        self, client, directory_page, known
    ):
        response = listing(client, directory_page, "kind=hospital&network=facebook")

        # A facet leaves its own filter out, so its other values show their totals.
        assert facet_counts(response, "kind") == {
            "hospital": 1,
            "clinic": 1,
            "public_health": 1,
        }
        assert facet_counts(response, "network") == {
            "facebook": 1,
            "x": 2,
            "youtube": 1,
        }
        assert facet_counts(response, "region") == {"Minnesota": 1}
        assert facet_counts(response, "country") == {"United States": 1}

    def test_facet_links_add_to_the_query_and_clear_when_chosen(
        self, client, directory_page, known
    ):
        response = listing(client, directory_page, "kind=hospital&q=clinic")
        links = soup(response)

        assert (
            links.select_one('a[data-facet="network"][data-value="x"]')["href"]
            == "?q=clinic&kind=hospital&network=x"
        )
        chosen = links.select_one('a[data-facet="kind"][data-value="hospital"]')
        assert chosen["aria-current"] == "true"
        assert chosen["href"] == "?q=clinic"


class TestOnlyApprovedArePublic:
    def test_pending_and_rejected_never_listed_or_counted(
        self, client, directory_page, known
    ):
        for query in (
            "",
            "q=pending",
            "q=rejected",
            "kind=clinic",
            "network=instagram",
        ):
            text = visible_text(listing(client, directory_page, query))
            assert "Pending Hospital" not in text
            assert "Rejected Clinic" not in text
        assert "instagram" not in facet_counts(
            listing(client, directory_page), "network"
        )

    @pytest.mark.parametrize("which", ["pending", "rejected"])
    def test_no_page_for_unapproved(self, client, directory_page, known, which):
        slug = known[which].slug
        assert client.get(f"{directory_page.url}{slug}/").status_code == 404

    def test_sitemap_has_approved_organizations_only(
        self, client, directory_page, known
    ):
        sitemap = client.get("/sitemap.xml").content.decode()

        assert f"{directory_page.full_url}mayo-clinic/" in sitemap
        assert known["pending"].slug not in sitemap
        assert known["rejected"].slug not in sitemap

    def test_json_ld_lists_approved_organizations_with_their_profiles(
        self, client, directory_page, known
    ):
        script = soup(listing(client, directory_page)).select_one(
            'script[type="application/ld+json"]'
        )
        data = json.loads(script.string)

        items = [element["item"] for element in data["itemListElement"]]
        assert [item["name"] for item in items] == [
            "Cleveland Clinic",
            "Mayo Clinic",
            "Mayo Family Practice",
            "World Health Organization",
        ]
        mayo = items[1]
        assert mayo["@type"] == "Organization"
        assert mayo["url"] == "https://www.mayoclinic.org/"
        assert sorted(mayo["sameAs"]) == [
            "https://www.facebook.com/MayoClinic",
            "https://www.youtube.com/user/mayoclinic",
            "https://x.com/MayoClinic",
        ]

    def test_organization_page_has_its_json_ld(self, client, directory_page, known):
        response = client.get(f"{directory_page.url}mayo-clinic/")
        data = json.loads(
            soup(response).select_one('script[type="application/ld+json"]').string
        )

        assert data["@type"] == "Organization"
        assert data["name"] == "Mayo Clinic"
        assert "https://x.com/MayoClinic" in data["sameAs"]
        assert data["address"]["addressRegion"] == "Minnesota"

    def test_organization_and_form_pages_name_their_absolute_address(
        self, client, directory_page, known
    ):
        for path in ("mayo-clinic/", "add/"):
            page = soup(client.get(f"{directory_page.url}{path}"))

            canonical = page.find("link", rel="canonical")["href"]
            assert canonical == f"http://localhost{directory_page.url}{path}"

    def test_submitter_details_are_never_shown(self, client, directory_page, known):
        pages = [
            listing(client, directory_page),
            client.get(f"{directory_page.url}mayo-clinic/"),
            client.get("/api/v3/directory/organizations/"),
            client.get("/api/v3/directory/organizations/mayo-clinic/"),
            client.get("/sitemap.xml"),
        ]
        for response in pages:
            content = response.content.decode()
            assert "secret.mayo@example.org" not in content
            assert "Sam Submitter" not in content
            assert "submitter" not in content


class TestEscaping:
    def test_every_text_field_is_escaped(self, client, directory_page):
        attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
        organization = OrganizationFactory(
            name=f"Evil {attack}",
            city=attack,
            region=attack,
            country=attack,
            description=attack,
            profiles={"blog": "https://blog.example.org/?q=%3Cscript%3E"},
        )
        pages = [
            listing(client, directory_page),
            client.get(f"{directory_page.url}{organization.slug}/"),
        ]
        for response in pages:
            html = response.content.decode()
            assert "<script>alert" not in html
            assert "<img src=x" not in html
            assert "&lt;script&gt;alert" in html
            for script in soup(response).select('script[type="application/ld+json"]'):
                assert "<" not in script.string
                assert attack in str(json.loads(script.string))


class TestQueryBudget:
    def count_queries(self, client, url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def test_same_queries_for_few_or_many_organizations(
        self, client, directory_page, django_assert_num_queries
    ):
        def add(count, offset):
            for number in range(offset, offset + count):
                OrganizationFactory(
                    kind="hospital" if number % 2 else "clinic",
                    region=f"Region {number % 5}",
                    profiles={
                        "facebook": f"https://www.facebook.com/org{number}",
                        "x": f"https://x.com/org{number}",
                    },
                )

        url = f"{directory_page.url}?kind=hospital&network=facebook"
        add(2, 0)
        client.get(url)  # warm the site and page caches
        few = self.count_queries(client, url)
        add(40, 2)
        with django_assert_num_queries(few):
            response = client.get(url)
        assert len(names(response)) == 21
        # Serving the page (site, tree, settings) plus the listing's 7: count, rows,
        # profiles and one aggregate per facet.
        assert few <= 18
