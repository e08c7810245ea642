"""Query logic shared by the resource library's pages, admin report and API."""

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.query import PageQuerySet


class ResourcePageQuerySet(PageQuerySet):
    """Resource pages as readers and reviewers see them."""

    def published(self):
        """Live, public resources, A to Z."""
        return self.live().public().order_by("title", "pk")

    # A subquery on the page's id, so the filter combines with search (`id` is a
    # FilterField of every page).
    def tagged(self, tag_slug):
        """Resources about the topic whose tag slug is `tag_slug`."""
        tagged_items = self.model.tags.through.objects.filter(tag__slug=tag_slug)
        return self.filter(pk__in=tagged_items.values("content_object_id"))

    def overdue(self, today):
        """Resources whose next review was due before `today`, the longest overdue first."""
        return self.filter(review_due__lt=today).order_by(
            "review_due", "last_reviewed", "pk"
        )

    def for_listing(self, rendition_specs=()):
        """Everything a listing shows, in the same number of queries however many pages.

        Reviewer (and photo), topics and documents; `rendition_specs` also prefetches
        those renditions of the reviewers' photos.
        """
        images = get_image_model().objects.all()
        if rendition_specs:
            images = images.prefetch_renditions(*rendition_specs)
        return self.select_related("reviewed_by", "locale").prefetch_related(
            Prefetch("reviewed_by__photo", queryset=images),
            "tags",
            "documents__document",
        )
