"""Moving an existing site's images to core.SiteImage keeps every id, field, tag and key.

Runs the real migrations backwards to main's schema (images in wagtailimages.Image), adds
an editor's upload there, then migrates forwards again, on SQLite and PostgreSQL alike.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from core.images import SiteImage
from core.models import Author

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]

# The last migrations before the site's image model existed.
BEFORE = [
    ("core", "0005_network_logo_and_default_social_image"),
    ("blog", "0005_tag_display_names"),
    ("events", "0002_registration"),
    ("resources", "0002_directory"),
    ("site_pages", "0003_summit_image"),
]
UPLOADED_AT = datetime.datetime(2015, 6, 15, 9, 30, tzinfo=datetime.UTC)


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return executor.loader.project_state(targets).apps if targets else None


def test_images_move_to_the_site_model_under_their_ids():
    old = migrate(BEFORE)
    collection_id = old.get_model("wagtailcore", "Collection").objects.first().pk
    image = old.get_model("wagtailimages", "Image").objects.create(
        id=41,
        title="IMG_2041.jpg",
        file="original_images/IMG_2041.jpg",
        description="Attendees in the Doubletree ballroom",
        width=800,
        height=450,
        collection_id=collection_id,
        focal_point_x=100,
        focal_point_y=120,
        focal_point_width=50,
        focal_point_height=60,
        file_size=6429,
        file_hash="0196bd7cb4c96cdcc3fcacf64a58f8f341008b6d",
    )
    image.__class__.objects.filter(pk=41).update(created_at=UPLOADED_AT)
    old_type = old.get_model("contenttypes", "ContentType").objects.get(
        app_label="wagtailimages", model="image"
    )
    tag = old.get_model("taggit", "Tag").objects.create(name="summit", slug="summit")
    old.get_model("taggit", "TaggedItem").objects.create(
        tag=tag, content_type=old_type, object_id=41
    )
    old.get_model("core", "Author").objects.create(
        name="Lee Aase", slug="lee-aase", photo_id=41
    )

    migrate()

    moved = SiteImage.objects.get(pk=41)
    assert (moved.title, moved.file.name) == (
        "IMG_2041.jpg",
        "original_images/IMG_2041.jpg",
    )
    assert moved.default_alt_text == "Attendees in the Doubletree ballroom"
    assert (moved.width, moved.height, moved.collection_id) == (800, 450, collection_id)
    assert (moved.focal_point_x, moved.focal_point_height) == (100, 60)
    assert (moved.file_size, moved.file_hash) == (6429, image.file_hash)
    assert moved.created_at == UPLOADED_AT
    assert list(moved.tags.names()) == ["summit"]
    assert Author.objects.get(slug="lee-aase").photo == moved
    # The next upload takes a new id, after the copied ones (PostgreSQL's sequence too).
    assert (
        SiteImage.objects.create(
            title="next.jpg", file="original_images/next.jpg", width=1, height=1
        ).pk
        > 41
    )
