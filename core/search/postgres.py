"""PostgreSQL full-text search whose cost stays bounded when a query matches most pages.

modelsearch's PostgreSQL backend orders every match by `ts_rank` over its title and
body vectors, so a query whose words appear in nearly every post (the benchmark's
`patients privacy` over 10,000 posts) ranks 10,000 documents per request, and counts
them in a second full pass. This backend finds the same matches and the same exact
count, and ranks with the same `ts_rank` expression, but at most `RANKED_CANDIDATES`
matches per query:

- title hits (all of the query in the title) come before body hits;
- the candidates are the first `RANKED_CANDIDATES` matches in that order, newest first
  within each group (an order that needs no rank), and they are shown by rank;
- any further matches follow unranked, in the same title-hits-then-newest order.

A query with fewer matches than the bound (most queries) is therefore fully ranked,
title hits first. Three queries answer a page: the candidates with the total count
(one pass over the matches, by the GIN index on the stored `title || body` of core
migration 0010), their ranks, and the page's objects.

The query text is parsed with an explicit text search configuration, which makes
`to_tsquery(config, text)` immutable: PostgreSQL parses it once, not once per row.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import BooleanField, Count, F, Func, Window
from django.db.models.expressions import RawSQL

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

RANKED_CANDIDATES = 1000
SEARCH_CONFIG = "english"  # PostgreSQL's default_text_search_config, made explicit


class Matches(Func):
    """`vector @@ query` as a boolean expression."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class Document(Func):
    """An index entry's `core_document`: its title and body as one vector, stored
    and GIN-indexed by core migration 0010. Given the entry's title column, as
    joined, it names the same table's `core_document` (not a field of the model)."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        table, _column = sql.rsplit(".", 1)
        return f'{table}."core_document"', params


class BoundedRankQueryCompiler(PostgresSearchQueryCompiler):
    _candidates = None

    @property
    def indexed(self):
        """Whether this is a full-text search of the site's index (no `fields`)."""
        query = self.query
        return not (
            self.fields is not None
            or isinstance(query, (MatchAll, Fuzzy))
            or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
        )

    @property
    def bounded(self):
        """Whether this search is ordered by relevance: ranked within the bound."""
        return self.indexed and self.order_by_relevance

    def search(self, config, start, stop, score_field=None, backend=None):
        """A search in the caller's order (`order_by_relevance=False`) finds its
        matches by the index too; the rest is modelsearch's."""
        if not self.indexed:
            return super().search(config, start, stop, score_field, backend)
        vectors = self.get_index_vectors(None)
        rank = self._build_rank_expression(vectors, config)
        return self._apply_ordering_and_scoring(
            self.matches(config), rank, start, stop, score_field
        )

    def matches(self, config):
        """The caller's queryset filtered to the query's matches."""
        search_query = self.build_tsquery(self.query, config=config)
        (title, _norm), _body = self.get_index_vectors(search_query)
        return self.queryset.annotate(_document_=Document(title)).filter(
            _document_=search_query
        )

    def in_order(self, config):
        """The matches, title hits (`_title_hit_`) first, then newest first."""
        search_query = self.build_tsquery(self.query, config=config)
        (title, _norm), _body = self.get_index_vectors(search_query)
        return (
            self.matches(config)
            .annotate(_title_hit_=Matches(title, search_query))
            .order_by("-_title_hit_", "-pk")
        )

    def candidates(self, config, limit):
        """([(pk, title hit)] of the first `limit` matches, total count), once."""
        if self._candidates is None:
            rows = list(
                self.in_order(config)
                .annotate(_total_=Window(Count("*")))
                .values_list("pk", "_title_hit_", "_total_")[:limit]
            )
            total = rows[0][2] if rows else 0
            self._candidates = ([(pk, hit) for pk, hit, _ in rows], total)
        return self._candidates

    def ranked(self, config, candidates):
        """The candidates' pks by rank, title hits first, with their ranks."""
        if not candidates:
            return [], {}
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        rank = self._build_rank_expression(vectors, config)
        # One array parameter: a thousand `IN (%s, …)` placeholders cost psycopg
        # more to build than the query costs PostgreSQL to run.
        object_ids = RawSQL(  # noqa: S611 (the model's table; the ids are a parameter)
            f'"{IndexEntry._meta.db_table}"."object_id" = ANY(%s)',
            ([str(pk) for pk, _hit in candidates],),
            output_field=BooleanField(),
        )
        entries = (
            IndexEntry._default_manager.using(self.queryset.db)
            .filter(
                content_type_id__in=get_descendants_content_types_pks(
                    self.queryset.model
                )
            )
            .alias(_candidate_=object_ids)
            .filter(_candidate_=True)
        )
        pk_of = self.queryset.model._meta.pk.to_python
        ranks = {
            pk_of(object_id): score
            for object_id, score in entries.annotate(_rank_=rank).values_list(
                "object_id", "_rank_"
            )
        }
        order = sorted(candidates, key=lambda c: (c[1], ranks.get(c[0], 0), c[0]))
        return [pk for pk, _hit in reversed(order)], ranks

    def unranked(self, config, start, stop):
        """pks of matches start to stop in the title-hits-then-newest order."""
        return list(self.in_order(config).values_list("pk", flat=True)[start:stop])


class BoundedRankSearchResults(PostgresSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        if not compiler.bounded:
            return super()._do_count()
        config = compiler.get_config(self.backend)
        return compiler.candidates(config, self.backend.ranked_candidates)[1]

    def _do_search(self):
        compiler = self.query_compiler
        if not compiler.bounded:
            return super()._do_search()
        config = compiler.get_config(self.backend)
        limit = self.backend.ranked_candidates
        start, stop = self.start, self.stop
        pks, ranks = [], {}
        if start < limit:
            candidates, _total = compiler.candidates(config, limit)
            pks, ranks = compiler.ranked(config, candidates)
            pks = pks[start:stop]
        if stop is None or stop > limit:
            pks += compiler.unranked(config, max(start, limit), stop)
        objects = {obj.pk: obj for obj in compiler.queryset.filter(pk__in=pks)}
        results = [objects[pk] for pk in pks if pk in objects]
        if self._score_field is not None:
            for obj in results:
                setattr(obj, self._score_field, ranks.get(obj.pk))
        return results


class BoundedRankPostgresSearchBackend(PostgresSearchBackend):
    """modelsearch's PostgreSQL backend, ranking at most RANKED_CANDIDATES matches."""

    query_compiler_class = BoundedRankQueryCompiler
    results_class = BoundedRankSearchResults

    def __init__(self, params):
        params = {"SEARCH_CONFIG": SEARCH_CONFIG, **params}
        super().__init__(params)
        self.ranked_candidates = params.get("RANKED_CANDIDATES", RANKED_CANDIDATES)
