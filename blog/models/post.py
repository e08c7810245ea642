"""Blog posts, their ordered authors and tags."""

import datetime
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task

from blog.blocks import ArticleStreamBlock
from blog.models.comment import Comment
from blog.models.tags import label_tags
from blog.querysets import POST_PAGE_RENDITIONS, BlogPageQuerySet, post_prefetches
from blog.serializers import (
    AuthorsField,
    SeriesField,
    SeriesNeighbourField,
    TagsField,
)
from blog.structured_data import blog_posting
from core.blocks.api import ImageField
from core.origin import same_origin_required
from core.page_urls import share_site_root_paths
from core.pages import SocialImageMixin

# The blog index serves its archives and feeds at these addresses, so no post may use them.
RESERVED_SLUGS = frozenset({"authors", "feed", "series", "tags"})


class BlogPageTag(TaggedItemBase):
    """Links a post to a django-taggit tag."""

    content_object = ParentalKey(
        "blog.BlogPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class BlogPageAuthor(Orderable):
    """One author of a post, in byline order."""

    page = ParentalKey(
        "blog.BlogPage", related_name="post_authors", on_delete=models.CASCADE
    )
    author = models.ForeignKey(
        "core.Author", related_name="post_links", on_delete=models.CASCADE
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["page", "author"], name="unique_author_per_post"
            )
        ]


def today():
    return timezone.localdate()


class SeriesNeighbours(NamedTuple):
    """The live posts just before and after a post in its series (or None)."""

    previous: "BlogPage | None"
    next: "BlogPage | None"


NO_NEIGHBOURS = SeriesNeighbours(None, None)


class BlogPage(RoutablePageMixin, SocialImageMixin, Page):
    """A blog post: dated, by one or more authors, tagged, optionally numbered in a series."""

    date = models.DateField("publication date", default=today)
    excerpt = models.TextField(
        max_length=600,
        help_text="Plain text shown in listings, feeds, search results and when shared.",
    )
    body = StreamField(ArticleStreamBlock(), blank=True, use_json_field=True)
    feed_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown in listings and feeds.",
    )
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)
    series = models.ForeignKey(
        "blog.Series",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="posts",
    )
    series_number = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="This post's number in the series, e.g. 8 for 'Guideline #8'.",
    )
    comments_open = models.BooleanField(
        default=True, help_text="Let readers leave comments on this post."
    )

    objects = PageManager.from_queryset(BlogPageQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                InlinePanel("post_authors", label="Author", min_num=1),
            ],
            heading="Byline",
        ),
        FieldPanel("excerpt"),
        FieldPanel("body"),
        FieldPanel("feed_image"),
        FieldPanel("tags"),
        FieldRowPanel(
            [FieldPanel("series"), FieldPanel("series_number")], heading="Series"
        ),
        FieldPanel("comments_open"),
    ]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    search_fields = Page.search_fields + [
        index.SearchField("excerpt"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields(
            "post_authors",
            [index.RelatedFields("author", [index.SearchField("name")])],
        ),
        index.FilterField("date"),
        index.FilterField("series"),
    ]

    api_fields = [
        APIField("date"),
        APIField("authors", serializer=AuthorsField()),
        APIField("excerpt"),
        APIField("body"),
        APIField("tags", serializer=TagsField()),
        APIField("series", serializer=SeriesField()),
        APIField("previous_in_series", serializer=SeriesNeighbourField()),
        APIField("next_in_series", serializer=SeriesNeighbourField()),
        APIField("feed_image", serializer=ImageField()),
        APIField("comment_count"),
        APIField("comments_open"),
        *SocialImageMixin.social_api_fields,
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    page_description = (
        "A blog post with a date, authors, tags and an optional series number."
    )

    class Meta:
        verbose_name = "blog post"
        # Newest first is how every listing and feed orders posts: with this index the
        # database reads the newest rows in order instead of sorting them all.
        indexes = [models.Index(fields=["date"], name="blog_post_date_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "series_number"],
                condition=models.Q(series__isnull=False),
                name="unique_number_within_series",
            )
        ]

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if kwargs.get("update_fields") is None:
            # The search index is updated on post_save, before modelcluster commits the
            # authors and tags it indexes; index the post again now that they are saved.
            insert_or_update_object_task.enqueue(
                self._meta.app_label, self._meta.model_name, str(self.pk)
            )
        return result

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {
                    "slug": (
                        f"“{self.slug}” is the address of the blog's own "
                        f"{self.slug} pages. Choose another slug."
                    )
                }
            )
        if self.series_number is not None and self.series is None:
            raise ValidationError(
                {"series": "Choose the series this number belongs to."}
            )
        if self.series is not None and self.series_number is None:
            raise ValidationError(
                {"series_number": "Give this post its number in the series."}
            )
        if self.series is not None:
            clash = (
                BlogPage.objects.filter(
                    series=self.series, series_number=self.series_number
                )
                .exclude(pk=self.pk)
                .first()
            )
            if clash is not None:
                raise ValidationError(
                    {
                        "series_number": (
                            f"{self.series.item_label} #{self.series_number} of "
                            f"{self.series.title} is already used by “{clash.title}”."
                        )
                    }
                )

    def get_summary(self):
        return self.excerpt

    def get_context(self, request, *args, **kwargs):
        self.prefetch_page_relations()
        context = super().get_context(request, *args, **kwargs)
        index = self.blog_index
        context["blog_index"] = index
        context["comment_count"] = self.comment_count
        context["previous_in_series"], context["next_in_series"] = (
            self.series_neighbours
        )
        if index is not None:
            series = index.series_archive(self.series) if self.series_label else None
            context["feed_links"] = index.feed_links(request, series)
        context["structured_data"] = blog_posting(self, request)
        return context

    def prefetch_page_relations(self):
        """Load at once what the post's page shows several times over.

        The byline, author boxes, tag list, meta tags and structured data each read
        the authors, tags and comment count: five queries in all instead of one per
        mention. Unsaved authors and tags of a preview stay as the editor left them
        (modelcluster serves those before anything prefetched).
        """
        if self.pk is None:
            return
        prefetch_related_objects(
            [self], *post_prefetches(type(self), POST_PAGE_RENDITIONS)
        )
        if getattr(self, "approved_comment_count", None) is None:
            self.approved_comment_count = self.approved_comments.count()

    @cached_property
    def blog_index(self):
        """The blog index this post belongs to, for archive and feed links."""
        from blog.models.index import BlogIndexPage  # it imports this module

        return BlogIndexPage.objects.parent_of(self).first()

    def get_share_image(self):
        """The social image, or else the feed image."""
        return self.social_image or self.feed_image

    @property
    def display_title(self):
        """The title with its series badge: 'Resource Series | Guideline #8: …'."""
        label = self.series_label
        return f"{label}: {self.title}" if label else self.title

    @property
    def series_label(self):
        """'Resource Series | Guideline #8', or '' outside a series."""
        if self.series_id is None or self.series_number is None:
            return ""
        return self.series.label_for(self.series_number)

    @property
    def authors(self):
        """Authors in byline order."""
        return [link.author for link in self.post_authors.all()]

    @property
    def ordered_tags(self):
        """Tags in alphabetical order of the names readers see, each with its `label`."""
        tags = label_tags(item.tag for item in self.tagged_items.all())
        return sorted(tags, key=lambda tag: tag.label.casefold())

    @property
    def approved_comments(self):
        """Approved comments, oldest first: the only ones readers see or count."""
        if self.pk is None:
            return Comment.objects.none()
        return self.comments.approved().order_by("created_at", "pk")

    @property
    def comment_count(self):
        """Approved comments, from `with_comment_counts()` when the listing annotated it."""
        count = getattr(self, "approved_comment_count", None)
        return self.approved_comments.count() if count is None else count

    @cached_property
    def series_neighbours(self):
        """The live posts numbered just before and after this one in its series."""
        if self.series_id is None or self.series_number is None:
            return NO_NEIGHBOURS
        return _neighbours(self, self.series_neighbour_pages([self]))

    @classmethod
    def live_series_posts(cls):
        """Live, public posts that are numbered in a series."""
        return (
            cls.objects.live()
            .public()
            .filter(series__isnull=False, series_number__isnull=False)
            .select_related("series")
        )

    @classmethod
    def series_neighbour_pages(cls, posts):
        """Just the neighbours of `posts` in their series, in one bounded query.

        Each neighbour is found by the series' (series, number) index, one row per side,
        so a series of 10,000 posts costs what a series of 3 does.
        """
        numbered = cls.live_series_posts()
        side = numbered.filter(series_id=OuterRef("series_id"))
        previous = side.filter(series_number__lt=OuterRef("series_number")).order_by(
            "-series_number"
        )
        following = side.filter(series_number__gt=OuterRef("series_number")).order_by(
            "series_number"
        )
        listed = cls.objects.filter(pk__in=[post.pk for post in posts]).annotate(
            previous_id=Subquery(previous.values("pk")[:1]),
            next_id=Subquery(following.values("pk")[:1]),
        )
        return numbered.filter(
            Q(pk__in=listed.values("previous_id")) | Q(pk__in=listed.values("next_id"))
        ).defer_streamfields()  # shown as links: title, number and URL

    @property
    def previous_in_series(self):
        return self.series_neighbours.previous

    @property
    def next_in_series(self):
        return self.series_neighbours.next

    @classmethod
    def prefetch_for_search_results(cls, posts):
        """The series behind each result's badge, in one query for all the posts."""
        prefetch_related_objects(posts, "series")

    @classmethod
    def prefetch_series_neighbours(cls, posts):
        """Fill in `series_neighbours` for many posts with one bounded query for them all."""
        posts = [post for post in posts if post.series_id and post.series_number]
        if not posts:
            return
        siblings = {}
        neighbours = list(cls.series_neighbour_pages(posts))
        share_site_root_paths(neighbours)  # their URLs are shown
        for neighbour in neighbours:
            siblings.setdefault(neighbour.series_id, []).append(neighbour)
        for post in posts:
            post.series_neighbours = _neighbours(post, siblings.get(post.series_id, []))

    @property
    def published_datetime(self):
        """The publication date as an aware datetime, for feeds and structured data."""
        moment = self.first_published_at or timezone.now()
        if timezone.localtime(moment).date() == self.date:
            return moment
        return timezone.make_aware(
            datetime.datetime.combine(self.date, datetime.time(9))
        )

    @path("comment/", name="comment")
    @same_origin_required
    def comment(self, request):
        """Readers post the comment form here; see blog.comments.views.

        Checked by origin, not by a CSRF token, so the post page is one cached response
        for every reader (core.origin).
        """
        # Imported here because blog.comments builds on these models.
        from blog.comments.views import post_comment

        return post_comment(request, self)


def _neighbours(post, series_posts):
    """The posts of `series_posts` numbered just before and after `post`.

    `series_posts` may be any set of the series' live posts that holds the true
    neighbours (the whole series, or only the neighbours of several posts).
    """
    earlier = [p for p in series_posts if p.series_number < post.series_number]
    later = [p for p in series_posts if p.series_number > post.series_number]
    return SeriesNeighbours(
        previous=max(earlier, key=lambda p: p.series_number, default=None),
        next=min(later, key=lambda p: p.series_number, default=None),
    )
