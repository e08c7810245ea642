"""The seed gives posts feed images and authors photos, and never replaces an editor's."""

from io import StringIO

from django.core.management import call_command

import pytest

from blog.models import BlogPage, TagDisplayName
from core.models import Author
from tests.factories.core import ImageFactory

pytestmark = pytest.mark.django_db


def seed():
    call_command("load_seed_content", stdout=StringIO())


def test_every_seeded_post_has_a_branded_feed_image_and_every_author_a_photo(db):
    seed()

    for post in BlogPage.objects.all():
        assert post.feed_image is not None
        assert post.feed_image.title == post.display_title
    for author in Author.objects.all():
        assert author.photo.width == author.photo.height == 400
    assert {
        record.tag.name: record.display_name for record in TagDisplayName.objects.all()
    } == {
        "FB": "Facebook",
        "TW": "X (Twitter)",
        "Youtube": "YouTube",
    }


def test_seeding_again_keeps_the_images_editors_chose(db):
    seed()
    post = BlogPage.objects.get(slug="guideline-6-get-your-work-done")
    photo = ImageFactory(title="Lee at the Summit")
    BlogPage.objects.filter(pk=post.pk).update(feed_image=photo)
    Author.objects.filter(slug="lee-aase").update(photo=photo)

    seed()

    assert BlogPage.objects.get(pk=post.pk).feed_image == photo
    assert Author.objects.get(slug="lee-aase").photo == photo
