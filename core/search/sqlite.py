"""SQLite full-text search that stays fast at any size: results are not ranked.

Imported only on SQLite: modelsearch's SQLite module needs its SQLite-only models.
"""

from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend


class UnrankedSQLiteSearchBackend(SQLiteSearchBackend):
    """SQLite full-text search that answers a request for relevance newest first.

    A caller's own order (e.g. the API's `?order=`) is kept as modelsearch keeps it.
    """

    def search(
        self,
        query,
        model_or_queryset,
        fields=None,
        operator=None,
        order_by_relevance=True,
    ):
        if order_by_relevance:
            queryset = (
                model_or_queryset._default_manager.all()
                if isinstance(model_or_queryset, type)
                else model_or_queryset
            )
            # modelsearch orders an unordered, unranked search by descending id.
            model_or_queryset = queryset.order_by()
        return super().search(
            query, model_or_queryset, fields, operator, order_by_relevance=False
        )
