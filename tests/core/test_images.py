"""The site's image model: alt text is what an editor wrote, never the file name."""

import io

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.blocks import ImageBlock
from wagtail.images.models import AbstractImage

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from core.blocks.api import image_api_representation
from core.images import SiteImage, SiteRendition
from tests.factories.core import ImageFactory

pytestmark = pytest.mark.django_db


def jpeg(name="IMG_2041-summit-ballroom.jpg"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 180), (11, 92, 138)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def test_the_image_model_is_the_sites_own():
    assert settings.WAGTAILIMAGES_IMAGE_MODEL == "core.SiteImage"
    assert get_image_model() is SiteImage
    assert SiteImage.get_rendition_model() is SiteRendition


def test_every_image_foreign_key_points_at_the_sites_image_model():
    """A key left on wagtailimages.Image would offer editors an empty, separate library."""
    image_keys = [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and isinstance(field.related_model, type)
        and issubclass(field.related_model, AbstractImage)
        and model._meta.app_label != "wagtailimages"
    ]
    assert "blog.BlogPage.feed_image" in image_keys
    assert "core.Author.photo" in image_keys
    wrong = [
        key
        for key in image_keys
        if apps.get_model(key.rsplit(".", 1)[0])
        ._meta.get_field(key.rsplit(".", 1)[1])
        .related_model
        is not SiteImage
    ]
    assert wrong == []


def test_the_admin_form_calls_the_field_alt_text(admin_client):
    response = admin_client.get("/admin/images/add/")

    page = BeautifulSoup(response.content, "html.parser")
    label = page.find("label", attrs={"for": "id_description"})
    assert label.get_text(strip=True).startswith("Alt text")
    assert "decorative" in page.get_text()


def test_an_upload_through_the_add_view_has_no_alt_text(admin_client):
    # The admin's script copies the file name into the title, as an editor's browser does.
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "IMG_2041-summit-ballroom", "file": jpeg()},
    )

    assert response.status_code == 302
    image = SiteImage.objects.get()
    assert image.title == "IMG_2041-summit-ballroom"
    assert image.description == ""
    assert image.default_alt_text == ""
    assert image.get_rendition("width-100").alt == ""


def test_an_upload_through_the_multiple_uploader_has_no_alt_text(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": jpeg()},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.json()["success"] is True
    image = SiteImage.objects.get()
    assert image.title == "IMG_2041-summit-ballroom.jpg"
    assert image.default_alt_text == ""
    assert image.get_rendition("width-100").alt == ""
    # The form the uploader then shows asks for alt text, empty.
    form = BeautifulSoup(response.json()["form"], "html.parser")
    field = form.find("input", attrs={"name": f"image-{image.pk}-description"})
    assert field.get("value", "") == ""
    assert "Alt text" in form.get_text()


def test_the_chooser_suggests_no_alt_text_for_an_image_without_one(admin_client):
    image = ImageFactory(title="IMG_2041.jpg")

    response = admin_client.get(f"/admin/images/chooser/chosen/{image.pk}/")

    assert response.json()["result"]["default_alt_text"] == ""


def test_an_images_alt_text_is_the_editors():
    image = ImageFactory(title="IMG_2041.jpg", description="Attendees in the ballroom")

    assert image.default_alt_text == "Attendees in the ballroom"
    assert image.get_rendition("width-100").alt == "Attendees in the ballroom"


def test_an_image_block_without_alt_text_asks_for_it_or_decorative():
    image = ImageFactory(title="IMG_2041.jpg")
    block = ImageBlock()

    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(image.pk))

    assert "alt text" in str(error.value.block_errors["alt_text"])
    decorative = block.clean(
        block.to_python({"image": image.pk, "alt_text": "", "decorative": True})
    )
    assert decorative.get_rendition("width-100").alt == ""


def test_an_image_blocks_alt_text_is_the_editors():
    image = ImageFactory(title="IMG_2041.jpg", description="The Doubletree ballroom")
    block = ImageBlock()

    value = block.clean(
        block.to_python(
            {
                "image": image.pk,
                "alt_text": "Attendees at Social Media Grand Rounds",
                "decorative": False,
            }
        )
    )

    assert value.get_rendition("width-100").alt == (
        "Attendees at Social Media Grand Rounds"
    )
    img = BeautifulSoup(block.render(value), "html.parser").find("img")
    assert img["alt"] == "Attendees at Social Media Grand Rounds"
    # An image chosen without alt text of its own for this use takes the library's.
    assert block.to_python(image.pk).get_rendition("width-100").alt == (
        "The Doubletree ballroom"
    )


def test_the_api_gives_the_editors_alt_text_and_never_the_file_name():
    photo = ImageFactory(title="IMG_2041.jpg")
    author_photo = ImageRenditionField("fill-160x160")

    assert image_api_representation(photo)["alt"] == ""
    assert author_photo.to_representation(photo)["alt"] == ""
    photo.description = "Lee Aase at the Summit"
    photo.save()
    assert image_api_representation(photo)["alt"] == "Lee Aase at the Summit"
    assert author_photo.to_representation(photo)["alt"] == "Lee Aase at the Summit"
