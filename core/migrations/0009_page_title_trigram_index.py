"""A trigram index on page titles for typo-tolerant search, on PostgreSQL only."""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS core_page_title_trgm "
    "ON wagtailcore_page USING gin (title gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS core_page_title_trgm"]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return  # SQLite searches without typo tolerance
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0008_image_foreign_keys_to_siteimage"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
