"""An editor uploads a photo: its title comes from the file name, its alt text does not."""

import io
import re

import pytest
from PIL import Image as PILImage
from playwright.sync_api import expect

from core.images import SiteImage
from tests.browser.admin import log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def photo(tmp_path):
    """A camera-named JPEG on the editor's disk."""
    path = tmp_path / "IMG_2041.jpg"
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), (11, 92, 138)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


def test_a_multiple_upload_leaves_the_alt_text_for_the_editor(
    page, live_server, editor, photo
):
    log_in(page, live_server, *editor)
    page.goto(f"{live_server.url}/admin/images/multiple/add/")

    page.locator("input[type=file][name='files[]']").set_input_files(photo)

    alt_text = page.get_by_label("Alt text")
    expect(alt_text).to_be_visible()
    expect(alt_text).to_have_value("")
    expect(page.get_by_label("Title")).to_have_value(re.compile("IMG_2041"))
    image = SiteImage.objects.get()
    assert image.default_alt_text == ""

    alt_text.fill("Attendees in the Doubletree ballroom")
    with page.expect_response(
        lambda response: (
            response.request.method == "POST"
            and f"/admin/images/multiple/{image.pk}/" in response.url
        )
    ) as update:
        page.get_by_role("button", name="Update").click()
    assert update.value.json()["success"] is True
    image.refresh_from_db()
    assert image.default_alt_text == "Attendees in the Doubletree ballroom"


def test_the_add_form_leaves_the_alt_text_for_the_editor(
    page, live_server, editor, photo
):
    log_in(page, live_server, *editor)
    page.goto(f"{live_server.url}/admin/images/add/")

    page.get_by_label("File").set_input_files(photo)
    expect(page.get_by_label("Title")).to_have_value(re.compile("IMG_2041"))
    expect(page.get_by_label("Alt text")).to_have_value("")
    page.get_by_role("button", name="Upload").click()

    expect(page).to_have_url(re.compile(r"/admin/images/(\?|$)"))
    image = SiteImage.objects.get()
    assert image.title.startswith("IMG_2041")
    assert image.description == ""
    assert image.get_rendition("width-100").alt == ""
