"""Home and standard pages as readers get them, and as editors preview them."""

from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest

from tests.factories.site_pages import StandardPageFactory
from tests.helpers import soup, visible_text

WEBINAR = "Internal communications - Engaging and social news delivery strategies"


@pytest.fixture
def pages(home_page, network_settings):
    """A home page with sections, a menu of standard pages and pages kept out of it."""
    join = StandardPageFactory(
        parent=home_page, title="Join the Network", slug="join", show_in_menus=True
    )
    about = StandardPageFactory(
        parent=home_page,
        title="About the Network",
        slug="about",
        show_in_menus=True,
        introduction="Bringing the Social Media Revolution to Health Care.",
        body=[
            {"type": "heading", "value": {"text": "Our philosophy", "level": "h2"}},
            {
                "type": "paragraph",
                "value": f'<p>Read how to <a linktype="page" id="{join.pk}">join us</a>.</p>',
            },
            {
                "type": "quote",
                "value": {
                    "quote": "Social media saves lives.",
                    "attribution": "Lee Aase",
                },
            },
        ],
    )
    hidden = StandardPageFactory(
        parent=home_page, title="Social Media Residency", show_in_menus=False
    )
    draft = StandardPageFactory(
        parent=home_page, title="Unpublished plans", show_in_menus=True, live=False
    )
    home_page.body = [
        {
            "type": "welcome",
            "value": {
                "heading": "Welcome to the Social Media Health Network",
                "body": "<p>As social media evolves, our philosophy remains steady.</p>",
            },
        },
        {
            "type": "calls_to_action",
            "value": {
                "actions": [
                    {
                        "lead": "To join the Network,",
                        "link": {"text": "click here", "page": join.pk, "url": ""},
                    }
                ],
                "show_contact_email": True,
            },
        },
        {
            "type": "featured_webinar",
            "value": {"title": WEBINAR, "summary": "Is there more than newsletters?"},
        },
    ]
    home_page.save()
    return {
        "home": home_page,
        "about": about,
        "join": join,
        "hidden": hidden,
        "draft": draft,
    }


def meta(document, key):
    tag = document.find("meta", attrs={"property": key}) or document.find(
        "meta", attrs={"name": key}
    )
    return tag["content"] if tag else None


@pytest.mark.django_db
def test_home_page_shows_its_intro_and_sections(
    client, pages, django_assert_max_num_queries
):
    with django_assert_max_num_queries(15):
        response = client.get("/")
    assert response.status_code == 200
    page = soup(response)
    assert page.title.get_text() == "Social Media Health Network"
    assert [h1.get_text() for h1 in page.find_all("h1")] == [
        "Social Media Health Network"
    ]
    assert (
        page.select_one(".home-intro").get_text()
        == "Bringing the Social Media Revolution to Health Care"
    )
    sections = page.select("main section.home-section")
    assert [section["class"][1] for section in sections] == [
        "home-section--welcome",
        "home-section--calls_to_action",
        "home-section--featured_webinar",
    ]
    assert "As social media evolves" in visible_text(str(sections[0]))
    cta = sections[1].find("a", class_="cta__link")
    assert (cta.get_text(), cta["href"]) == (
        "To join the Network, click here",
        "/join/",
    )
    assert (
        "For swift response, email info@socialmediahealthnetwork.org"
        in visible_text(str(sections[1]))
    )
    assert f"Webinar: {WEBINAR}" in visible_text(str(sections[2]))


@pytest.mark.django_db
def test_standard_page_shows_title_introduction_and_body(client, pages):
    response = client.get("/about/")
    assert response.status_code == 200
    page = soup(response)
    assert page.title.get_text() == "About the Network | Social Media Health Network"
    assert page.find("h1").get_text() == "About the Network"
    assert (
        page.select_one(".page-header__intro").get_text()
        == "Bringing the Social Media Revolution to Health Care."
    )
    stream = page.select_one("main .stream")
    assert stream.find("h2").get_text() == "Our philosophy"
    link = stream.find("a", string="join us")
    assert link["href"] == "/join/"
    assert "linktype" not in response.content.decode()
    assert "Social media saves lives." in stream.find("blockquote").get_text()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/about/"])
def test_pages_have_skip_link_and_landmarks(client, pages, path):
    page = soup(client.get(path))
    assert page.html["lang"] == "en"
    skip = page.body.find("a")  # the first thing a keyboard user reaches
    assert skip["class"] == ["skip-link"]
    assert skip["href"] == "#main-content"
    main = page.find("main")
    assert main["id"] == "main-content"
    assert main["tabindex"] == "-1"
    assert page.find("header", class_="site-header")
    assert page.find("nav", attrs={"aria-label": "Main"})
    assert page.find("footer", class_="site-footer")
    assert len(page.find_all("h1")) == 1


@pytest.mark.django_db
def test_public_pages_send_a_content_security_policy(client, pages):
    policy = client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "url", "title", "description"),
    [
        (
            "/",
            "http://localhost/",
            "Social Media Health Network",
            "Bringing the Social Media Revolution to Health Care",
        ),
        (
            "/about/",
            "http://localhost/about/",
            "About the Network",
            "Bringing the Social Media Revolution to Health Care.",
        ),
    ],
)
def test_canonical_link_and_sharing_meta(client, pages, path, url, title, description):
    page = soup(client.get(path))
    assert page.find("link", rel="canonical")["href"] == url
    assert meta(page, "description") == description
    assert meta(page, "og:url") == url
    assert meta(page, "og:title") == title
    assert meta(page, "og:description") == description
    assert meta(page, "og:site_name") == "Social Media Health Network"
    assert meta(page, "twitter:title") == title
    assert meta(page, "twitter:description") == description
    assert meta(page, "twitter:card") == "summary"
    assert meta(page, "og:image") is None


@pytest.mark.django_db
def test_search_description_and_social_image_win(client, pages, image):
    about = pages["about"]
    about.search_description = "Who we are and what we believe."
    about.social_image = image
    about.save()
    page = soup(client.get("/about/"))
    assert meta(page, "description") == "Who we are and what we believe."
    assert meta(page, "og:description") == "Who we are and what we believe."
    assert meta(page, "og:image").startswith("http://localhost/media/images/")
    assert ".fill-1200x630" in meta(page, "og:image")
    rendition = image.get_rendition("fill-1200x630")
    assert meta(page, "og:image:width") == str(rendition.width)
    assert meta(page, "og:image:height") == str(rendition.height)
    assert meta(page, "twitter:card") == "summary_large_image"
    assert meta(page, "twitter:image") == meta(page, "og:image")


@pytest.mark.django_db
def test_navigation_lists_live_menu_pages(client, pages):
    nav = soup(client.get("/about/")).find("nav", attrs={"aria-label": "Main"})
    links = [(a.get_text(), a["href"]) for a in nav.find_all("a")]
    assert links == [
        ("Home", "/"),
        ("Join the Network", "/join/"),
        ("About the Network", "/about/"),
    ]
    assert (
        nav.find("a", attrs={"aria-current": "page"}).get_text() == "About the Network"
    )


@pytest.mark.django_db
def test_footer_shows_the_contact_email_from_network_settings(
    client, pages, network_settings
):
    network_settings.contact_email = "press@example.org"
    network_settings.footer_text = "Rochester, Minnesota"
    network_settings.save()
    footer = soup(client.get("/about/")).find("footer")
    mail = footer.find("a", href="mailto:press@example.org")
    assert mail.get_text() == "press@example.org"
    assert "For swift response, email press@example.org" in visible_text(str(footer))
    assert "Rochester, Minnesota" in footer.get_text()
    assert "info@socialmediahealthnetwork.org" not in footer.get_text()


@pytest.mark.django_db
def test_footer_without_settings_has_no_email(client, home_page):
    footer = soup(client.get("/")).find("footer")
    assert (
        footer.find("a", href=lambda href: href and href.startswith("mailto:")) is None
    )


@pytest.mark.django_db
def test_unpublished_page_is_not_served(client, pages):
    response = client.get("/unpublished-plans/")
    assert response.status_code == 404
    page = soup(response)
    assert page.find("h1").get_text() == "Page not found"
    assert page.find("a", class_="skip-link")
    description = page.find("meta", attrs={"name": "description"})["content"]
    assert description.startswith("There is no page at this address")


# The admin draws StreamFields with JavaScript, so the edit form's HTML lacks their
# data: each preview posts a body the way the editor's browser would.
PREVIEW_BODIES = {
    "home": streamfield(
        [
            (
                "welcome",
                {
                    "heading": "Welcome, draft",
                    "body": rich_text("<p>Draft philosophy.</p>"),
                },
            )
        ]
    ),
    "about": streamfield([("heading", {"text": "Draft heading", "level": "h2"})]),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["home", "about"])
def test_pages_are_previewable_in_the_admin(admin_client, pages, name):
    page = pages[name]
    edit_url = f"/admin/pages/{page.pk}/edit/"
    form = querydict_from_html(
        admin_client.get(edit_url).content.decode(), form_id="page-edit-form"
    ).copy()
    form.update(nested_form_data({"body": PREVIEW_BODIES[name]}))
    form["title"] = f"{page.title} (draft wording)"
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    response = admin_client.post(preview_url, form)
    assert response.json() == {"is_valid": True, "is_available": True}

    preview = soup(admin_client.get(preview_url))
    assert preview.find("h1").get_text() == f"{page.title} (draft wording)"
    assert {"Welcome, draft", "Draft heading"} & {h2.get_text() for h2 in preview("h2")}
    # The preview renders the page's real template, footer included.
    assert preview.find("main", id="main-content")
    assert preview.find("footer").find(
        "a", href="mailto:info@socialmediahealthnetwork.org"
    )
    # Previewing saves nothing.
    page.refresh_from_db()
    assert "(draft wording)" not in page.title
