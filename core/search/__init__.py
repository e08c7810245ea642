"""The site's search backend (`WAGTAILSEARCH_BACKENDS`): Wagtail's database backend,
with SQLite's results in a fixed order and PostgreSQL's ranking bounded.

modelsearch's SQLite backend ranks results with a correlated full-text subquery per
matching row, so a query that matches most of 10,000 posts runs for minutes: a single
search from a reader would hold a worker that long. On SQLite (the embedded default)
results therefore come newest first; PostgreSQL, what production runs, keeps ranking
by relevance, but ranks at most a bounded number of the matches of a broad query
(`core.search.postgres`; see docs/performance.md).
"""

from django.db import connection

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):
    """Wagtail's database backend for this database: unranked on SQLite's FTS,
    with a bounded ranking on PostgreSQL."""
    if connection.vendor == "postgresql":
        from core.search.postgres import BoundedRankPostgresSearchBackend

        return BoundedRankPostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if (
        connection.vendor == "sqlite"
        and type(backend).__name__ == "SQLiteSearchBackend"
    ):
        from core.search.sqlite import UnrankedSQLiteSearchBackend

        return UnrankedSQLiteSearchBackend(params)
    return backend
