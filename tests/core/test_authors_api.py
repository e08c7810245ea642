"""Authors in /api/v2/authors/: fields, photo renditions, filters and query budget."""

import pytest

from tests.factories.core import AuthorFactory, ImageFactory

pytestmark = pytest.mark.django_db

AUTHORS = "/api/v2/authors/"


def test_lists_authors_by_name_with_square_photo_renditions(client, site):
    AuthorFactory(name="Meredith Gould", role="")
    AuthorFactory(name="Lee Aase", role="Director", photo=ImageFactory())

    items = client.get(AUTHORS).json()["items"]

    assert [item["name"] for item in items] == ["Lee Aase", "Meredith Gould"]
    lee = items[0]
    assert lee["slug"] == "lee-aase"
    assert lee["role"] == "Director"
    small = lee["photo"]["renditions"]["small"]
    assert small["width"] == small["height"] == 160
    assert small["url"].startswith("http://localhost/media/images/")
    assert {"alt", "focal_point"} <= set(lee["photo"])
    assert lee["meta"]["detail_url"] == f"http://localhost/api/v2/authors/{lee['id']}/"
    assert items[1]["photo"] is None


def test_detail_has_bio_and_social_profiles(client, site):
    author = AuthorFactory(
        name="Lee Aase",
        bio="Chancellor of Social Media University, Global.",
        social_profiles=[
            ("profile", {"network": "twitter", "url": "https://twitter.com/LeeAase"})
        ],
    )

    detail = client.get(f"{AUTHORS}{author.pk}/").json()

    assert detail["bio"] == "Chancellor of Social Media University, Global."
    assert detail["social_profiles"][0]["value"]["url"] == "https://twitter.com/LeeAase"


def test_filters_by_slug_and_searches_by_name(client, site):
    AuthorFactory(name="Lee Aase")
    AuthorFactory(name="Meredith Gould")

    by_slug = client.get(AUTHORS, {"slug": "meredith-gould"}).json()["items"]
    searched = client.get(AUTHORS, {"search": "Aase"}).json()["items"]

    assert [item["name"] for item in by_slug] == ["Meredith Gould"]
    assert [item["name"] for item in searched] == ["Lee Aase"]


@pytest.mark.parametrize(
    "params",
    [{"search": "   "}, {"order": "email"}, {"offset": str(2**63)}, {"limit": "x"}],
)
def test_bad_parameters_are_400_with_a_message(client, site, params):
    response = client.get(AUTHORS, params)

    assert response.status_code == 400
    assert response.json()["message"]


def test_query_count_does_not_grow_with_the_listing(
    client, site, django_assert_max_num_queries
):
    for number in range(12):
        AuthorFactory(name=f"Writer {number}", photo=ImageFactory())
    client.get(AUTHORS, {"limit": 20})  # renditions are generated on first use

    with django_assert_max_num_queries(3) as one:
        client.get(AUTHORS, {"limit": 1})
    with django_assert_max_num_queries(3) as twelve:
        client.get(AUTHORS, {"limit": 20})

    assert len(one.captured_queries) == len(twelve.captured_queries)
