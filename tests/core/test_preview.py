"""Headless preview: the admin signs a draft for the front end, which reads it from
/api/v3/preview/ in exactly the live detail's shape; bad tokens get 401/403."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest

from core.preview import preview_token
from tests.factories.site_pages import StandardPageFactory

FRONT_END = "https://front.example.org/preview"


@pytest.fixture
def front_end(settings):
    settings.HEADLESS_PREVIEW_URL = FRONT_END


@pytest.fixture
def drafted(site):
    """A live page with an unpublished draft that renames it."""
    page = StandardPageFactory(parent=site.root_page, title="Live title", slug="about")
    page.save_revision().publish()
    page.title = "Draft title"
    page.save_revision()
    return page


@pytest.fixture
def editor(admin_client):
    return admin_client


def token_from(response):
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONT_END
    return parse_qs(location.query)


def test_the_editor_is_sent_to_the_front_end_with_a_token_for_the_draft(
    client, editor, front_end, drafted
):
    query = token_from(editor.get(f"/admin/pages/{drafted.pk}/headless-preview/"))
    assert query["id"] == [str(drafted.pk)]
    assert query["type"] == ["site_pages.StandardPage"]

    preview = client.get("/api/v3/preview/", {"token": query["token"][0]})
    live = client.get(f"/api/v3/pages/{drafted.pk}/")
    assert preview.status_code == 200
    assert preview.json()["title"] == "Draft title"
    assert live.json()["title"] == "Live title"
    assert preview.json().keys() == live.json().keys()
    assert preview.json()["meta"].keys() == live.json()["meta"].keys()
    assert preview["Cache-Control"] == "private, no-store"


def test_the_page_header_menu_offers_the_front_end_preview(editor, front_end, drafted):
    response = editor.get(f"/admin/pages/{drafted.pk}/edit/")
    assert f"/admin/pages/{drafted.pk}/headless-preview/" in response.content.decode()


def test_no_button_without_a_front_end(editor, settings, drafted):
    settings.HEADLESS_PREVIEW_URL = ""
    response = editor.get(f"/admin/pages/{drafted.pk}/edit/")
    assert "headless-preview" not in response.content.decode()


def test_the_in_admin_preview_still_renders_the_page(editor, drafted):
    response = editor.get(f"/admin/pages/{drafted.pk}/edit/preview/")
    assert response.status_code == 200


def test_readers_cannot_sign_drafts(client, django_user_model, front_end, drafted):
    reader = django_user_model.objects.create_user("reader", password="pw")
    client.force_login(reader)
    response = client.get(f"/admin/pages/{drafted.pk}/headless-preview/")
    assert response.status_code in (302, 403)
    assert FRONT_END not in response.get("Location", "")


def test_a_forged_token_is_401(client, drafted):
    token = preview_token(drafted.latest_revision)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.get("/api/v3/preview/", {"token": forged})
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == "The preview token is not valid."


def test_an_expired_token_is_401(client, settings, monkeypatch, drafted):
    settings.HEADLESS_PREVIEW_MAX_AGE = 60
    issued = time.time() - 61
    monkeypatch.setattr("django.core.signing.time.time", lambda: issued)
    token = preview_token(drafted.latest_revision)
    monkeypatch.undo()
    response = client.get("/api/v3/preview/", {"token": token})
    assert response.status_code == 401
    assert response.json()["detail"] == "The preview token has expired."


def test_another_page_s_token_is_403(client, site, drafted):
    other = StandardPageFactory(parent=site.root_page, title="Other", slug="other")
    token = preview_token(drafted.latest_revision)
    response = client.get("/api/v3/preview/", {"token": token, "id": other.pk})
    assert response.status_code == 403
    assert response.json()["detail"] == "This preview token is for another page."


def test_the_preview_is_in_the_openapi_document(client, db):
    operation = client.get("/api/v3/openapi.json").json()["paths"]["/api/v3/preview/"]
    responses = operation["get"]["responses"]
    assert {"200", "401", "403", "422"} <= set(responses)
    assert "application/problem+json" in responses["401"]["content"]
