"""Seed artwork: branded images drawn in the project, saved once as real Wagtail images."""

from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

from core.artwork import KINDS, seed_image

pytestmark = pytest.mark.django_db


def test_draws_a_wagtail_image_with_its_title_as_alt_text():
    image = seed_image(
        "Guideline #6: Get Your Work Done", kind="post", lines=["May 18, 2015"]
    )

    assert image.pk is not None
    assert (image.width, image.height) == KINDS["post"][0] == (1200, 675)
    assert image.default_alt_text == "Guideline #6: Get Your Work Done"
    with image.open_file() as file:
        assert PILImage.open(file).format == "PNG"


def test_the_same_title_gives_the_same_image():
    first = seed_image("Summit 2015", kind="summit")
    again = seed_image("Summit 2015", kind="summit", lines=["ignored"])

    assert again.pk == first.pk
    assert get_image_model().objects.filter(title="Summit 2015").count() == 1


def test_avatars_are_square_with_an_alt_text_naming_the_person():
    avatar = seed_image("Meredith Gould", kind="avatar")

    assert (avatar.width, avatar.height) == (400, 400)
    assert "Meredith Gould" in avatar.default_alt_text


def test_an_explicit_alt_text_wins():
    card = seed_image(
        "Social Media Health Network", kind="social", alt="The network's logo"
    )

    assert (card.width, card.height) == (1200, 630)
    assert card.default_alt_text == "The network's logo"


def test_unknown_kinds_are_refused():
    with pytest.raises(ValueError, match="Unknown artwork kind"):
        seed_image("Anything", kind="poster")


def test_renditions_in_webp_work_from_the_artwork():
    image = seed_image("A webinar", kind="webinar")

    rendition = image.get_rendition("fill-400x225|format-webp")

    assert (rendition.width, rendition.height) == (400, 225)
    assert rendition.url.endswith(".webp")
