"""Navigation and site settings for front ends, and path resolution from their host."""

import pytest

from tests.factories.site_pages import StandardPageFactory


@pytest.fixture
def menu(site):
    home = site.root_page
    about = StandardPageFactory(
        parent=home, title="About", slug="about", show_in_menus=True
    )
    StandardPageFactory(parent=about, title="Team", slug="team", show_in_menus=True)
    StandardPageFactory(
        parent=about, title="Hidden", slug="hidden", show_in_menus=False
    )
    StandardPageFactory(parent=home, title="Join", slug="join", show_in_menus=True)
    draft = StandardPageFactory(
        parent=home, title="Draft", slug="draft", show_in_menus=True
    )
    draft.unpublish()
    return home


def test_navigation_nests_menu_pages_under_their_parents(
    client, menu, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        response = client.get("/api/v3/navigation/")
    assert response.status_code == 200
    assert response.json() == [
        {
            "id": response.json()[0]["id"],
            "title": "About",
            "type": "site_pages.StandardPage",
            "url": "http://localhost/about/",
            "children": [
                {
                    "id": response.json()[0]["children"][0]["id"],
                    "title": "Team",
                    "type": "site_pages.StandardPage",
                    "url": "http://localhost/about/team/",
                    "children": [],
                }
            ],
        },
        {
            "id": response.json()[1]["id"],
            "title": "Join",
            "type": "site_pages.StandardPage",
            "url": "http://localhost/join/",
            "children": [],
        },
    ]


def test_settings_give_contact_social_profiles_and_footer(client, network_settings):
    network_settings.social_profiles = [
        {
            "type": "profile",
            "value": {"network": "twitter", "url": "https://x.com/smhn"},
        }
    ]
    network_settings.save()
    response = client.get("/api/v3/settings/")
    assert response.status_code == 200
    body = response.json()
    assert body["contact_email"] == network_settings.contact_email
    assert body["footer_text"] == network_settings.footer_text
    assert body["social_profiles"] == [
        {"network": "twitter", "url": "https://x.com/smhn", "handle": ""}
    ]


@pytest.mark.parametrize("host", ["localhost", "www.front-end.example"])
def test_paths_resolve_from_the_front_end_s_host(client, settings, menu, host):
    settings.ALLOWED_HOSTS = ["*"]
    v2 = client.get(
        "/api/v2/pages/find/", {"html_path": "/about/team/"}, headers={"Host": host}
    )
    assert v2.status_code == 302
    assert client.get(v2["Location"], headers={"Host": host}).json()["title"] == "Team"
    v3 = client.get(
        "/api/v3/pages/find/", {"html_path": "/about/team/"}, headers={"Host": host}
    )
    assert v3.status_code == 302
    assert client.get(v3["Location"], headers={"Host": host}).json()["title"] == "Team"


def test_navigation_and_settings_are_in_the_openapi_document(client, db):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    assert paths["/api/v3/navigation/"]["get"]["tags"] == ["site"]
    assert "404" in paths["/api/v3/settings/"]["get"]["responses"]
