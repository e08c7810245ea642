"""The search index's title and body as one stored, GIN-indexed vector (PostgreSQL only).

Wagtail's PostgreSQL search matches `title || body`, an expression no index covers:
every search concatenated the two vectors of every page (5-10 µs a row), and without
statistics on the expression the planner took it for one row and joined every page
to every match by a nested loop (1.5 s for 2,000 posts). This adds the concatenation
as a generated column, `core_document`, computed when an entry is written, with a GIN
index; the site's backend (core.search.postgres) matches on it (docs/performance.md).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
CREATE = [
    f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS core_document tsvector "
    "GENERATED ALWAYS AS (title || body) STORED",
    f"CREATE INDEX IF NOT EXISTS core_search_document ON {TABLE} "
    "USING gin (core_document)",
    f"ANALYZE {TABLE}",  # the statistics the planner estimates matches from
]
DROP = [
    "DROP INDEX IF EXISTS core_search_document",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS core_document",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return  # SQLite searches its own FTS5 table
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0009_page_title_trigram_index"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
