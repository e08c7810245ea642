"""Copy every wagtailimages.Image into core.SiteImage under the same id.

StreamField blocks, rich text and revisions store image ids, so the ids are kept; the
tags and the reference index ("Usage") follow the images to the new model, and
PostgreSQL's id sequence is moved past the copied ids. Renditions are not copied: they
are made again on first use. The old rows stay in wagtailimages_image, untouched, so
this migration can be reversed (which copies images uploaded since then back).
"""

from django.core.management.color import no_style
from django.db import migrations

# Everything an image is, apart from its id, its tags and its renditions.
FIELDS = [
    "title",
    "file",
    "description",
    "width",
    "height",
    "created_at",
    "uploaded_by_user_id",
    "collection_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
]
OLD = ("wagtailimages", "image")
NEW = ("core", "siteimage")


def copy_images(apps, schema_editor, source, target):
    Source = apps.get_model(*source)
    Target = apps.get_model(*target)
    database = schema_editor.connection.alias
    existing = set(Target.objects.using(database).values_list("pk", flat=True))
    created, updated = [], []
    for image in Source.objects.using(database).order_by("pk").iterator():
        values = {name: getattr(image, name) for name in FIELDS}
        # By name, in the constructor: setting it afterwards would open every file to
        # measure it again, and fail for a file that is missing or stored elsewhere.
        values["file"] = image.file.name
        copy = Target(pk=image.pk, **values)
        (updated if image.pk in existing else created).append(copy)
    uploaded_at = {copy.pk: copy.created_at for copy in created}
    Target.objects.using(database).bulk_create(created, batch_size=500)
    # bulk_create stamps created_at (auto_now_add) with the current time: put it back.
    for copy in created:
        copy.created_at = uploaded_at[copy.pk]
    Target.objects.using(database).bulk_update(
        created + updated, FIELDS, batch_size=500
    )
    move_tags_and_references(apps, database, source, target)
    reset_sequence(schema_editor, Target)


def move_tags_and_references(apps, database, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    content_types = ContentType.objects.db_manager(database)
    old = content_types.filter(app_label=source[0], model=source[1]).first()
    if old is None:
        return  # a new database: there has never been an image to move
    new, _ = content_types.get_or_create(app_label=target[0], model=target[1])
    tagged = TaggedItem.objects.using(database)
    already = set(
        tagged.filter(content_type=new).values_list("object_id", "tag_id")
    )
    tagged.bulk_create(
        [
            TaggedItem(tag_id=tag_id, content_type=new, object_id=object_id)
            for object_id, tag_id in tagged.filter(content_type=old).values_list(
                "object_id", "tag_id"
            )
            if (object_id, tag_id) not in already
        ],
        batch_size=500,
    )
    references = ReferenceIndex.objects.using(database)
    references.filter(to_content_type=old).update(to_content_type=new)
    references.filter(content_type=old).update(content_type=new)
    references.filter(base_content_type=old).update(base_content_type=new)


def reset_sequence(schema_editor, model):
    """Let the next upload take the id after the last copied one (PostgreSQL sequences;
    SQLite's AUTOINCREMENT follows explicit ids by itself)."""
    statements = schema_editor.connection.ops.sequence_reset_sql(no_style(), [model])
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def forwards(apps, schema_editor):
    copy_images(apps, schema_editor, OLD, NEW)


def backwards(apps, schema_editor):
    copy_images(apps, schema_editor, NEW, OLD)
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    database = schema_editor.connection.alias
    TaggedItem.objects.using(database).filter(
        content_type__in=ContentType.objects.db_manager(database).filter(
            app_label=NEW[0], model=NEW[1]
        )
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0006_siteimage"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
