"""Query logic shared by the blog's pages, feeds and API."""

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.query import PageQuerySet

from blog.models.comment import approved_comment_count
from core.models import AUTHOR_PHOTO_SPEC
from core.structured_data import SHARE_IMAGE_SPEC

NEWEST_FIRST = ("-date", "-first_published_at", "-pk")

# The feed image of a post card, as templates/blog/includes/post_summary.html asks for it.
CARD_IMAGE_FILTER = "fill-{400x225,800x450}|format-{webp,jpeg}"
CARD_RENDITIONS = tuple(Filter.expand_spec(CARD_IMAGE_FILTER))
# What a post's own page shows: its hero picture (templates/blog/blog_page.html), its
# share image and the photos of its author boxes.
POST_PAGE_RENDITIONS = (
    *Filter.expand_spec("fill-{800x450,1200x675,1600x900}|format-{webp,jpeg}"),
    SHARE_IMAGE_SPEC,
    AUTHOR_PHOTO_SPEC,
)


class BlogPageQuerySet(PageQuerySet):
    """Posts as readers see them, and the ways readers narrow them down."""

    def published(self):
        """Live, public posts, newest first."""
        return self.live().public().newest_first()

    def newest_first(self):
        return self.order_by(*NEWEST_FIRST)

    # Tag and author filters are subqueries on the post's id so that they combine with
    # search: search backends filter only on declared FilterFields, and `id` is one.
    def tagged(self, tag_slug):
        tagged_items = self.model.tags.through.objects.filter(tag__slug=tag_slug)
        return self.filter(pk__in=tagged_items.values("content_object_id"))

    def tags_in_use(self):
        """The tags these posts carry: a tag found only on drafts is not among them."""
        tagged_items = self.model.tags.through.objects.filter(
            content_object_id__in=self.values("pk")
        )
        return self.model.tags.through.tag_model().objects.filter(
            pk__in=tagged_items.values("tag_id")
        )

    def by_author(self, author):
        bylines = self.model.post_authors.rel.related_model.objects.filter(
            author=author
        )
        return self.filter(pk__in=bylines.values("page_id"))

    def in_series(self, series):
        return self.filter(series=series).order_by("series_number")

    def in_month(self, year, month):
        return self.filter(date__year=year, date__month=month)

    def with_comment_counts(self):
        """Annotate `approved_comment_count` so listings need no query per post."""
        return self.annotate(approved_comment_count=approved_comment_count())

    def for_cards(self):
        """`for_listing()` with the renditions of the feed images that post cards show."""
        return self.for_listing(CARD_RENDITIONS)

    def for_listing(self, rendition_specs=()):
        """Everything a listing shows, in the same number of queries however many posts.

        Authors in byline order (with their photos), tags, series, feed image and
        `approved_comment_count`. `rendition_specs` also prefetches those renditions
        of the feed images and author photos, for listings that show them.
        """
        return (
            self.with_comment_counts()
            .select_related("series", "locale")
            .prefetch_related(*post_prefetches(self.model, rendition_specs))
        )


def post_prefetches(model, rendition_specs=()):
    """The related objects a post shows: bylines with photos, tags, feed image.

    One prefetch per relation, for a listing or for a single post's own page.
    """
    images = get_image_model().objects.all()
    if rendition_specs:
        images = images.prefetch_renditions(*rendition_specs)
    return [
        "post_authors__author",
        Prefetch("post_authors__author__photo", queryset=images),
        # Tags with their display names, in one query.
        Prefetch(
            "tagged_items",
            queryset=model.tags.through.objects.select_related("tag__display"),
        ),
        Prefetch("feed_image", queryset=images),
    ]
