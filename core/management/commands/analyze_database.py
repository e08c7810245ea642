"""Refresh the database's planner statistics (ANALYZE)."""

from django.core.management.base import BaseCommand
from django.db import connection

# SQLite's ANALYZE records nothing for an empty table, and the planner then takes it
# for a large one: a join with the empty view-restrictions table scanned all 10,000
# pages. Such tables are recorded as holding one row.
SQLITE_EMPTY_TABLES = """
    INSERT INTO sqlite_stat1 (tbl, idx, stat)
    SELECT name, NULL, '1' FROM sqlite_master
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND name NOT IN (SELECT tbl FROM sqlite_stat1)
"""


def analyze_database():
    """ANALYZE on SQLite and PostgreSQL alike.

    Without statistics the planners guess: SQLite sorts every post instead of reading
    the newest through the date index, and PostgreSQL takes a 10,000-row subtree for
    8 rows (docs/performance.md). Run after bulk loads, and daily from cron.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        if connection.vendor == "sqlite":
            cursor.execute(SQLITE_EMPTY_TABLES)


class Command(BaseCommand):
    help = (
        "Refresh the database's query-planner statistics (ANALYZE). Run after bulk "
        "imports and daily from cron."
    )

    def handle(self, *args, **options):
        analyze_database()
        self.stdout.write(
            self.style.SUCCESS(f"Analyzed the {connection.vendor} database.")
        )
