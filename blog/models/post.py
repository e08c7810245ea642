"""Blog posts, their ordered authors and tags."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from blog.blocks import ArticleStreamBlock
from blog.querysets import BlogPageQuerySet
from core.pages import SocialImageMixin


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


class BlogPage(RoutablePageMixin, SocialImageMixin, Page):
    """A blog post: dated, by one or more authors, tagged, optionally numbered in a series."""

    date = models.DateField("publication date", default=today)
    excerpt = models.TextField(
        max_length=600,
        help_text="Plain text shown in listings, feeds, search results and when shared.",
    )
    body = StreamField(ArticleStreamBlock(), blank=True, use_json_field=True)
    feed_image = models.ForeignKey(
        "wagtailimages.Image",
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

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    page_description = (
        "A blog post with a date, authors, tags and an optional series number."
    )

    class Meta:
        verbose_name = "blog post"
        constraints = [
            models.UniqueConstraint(
                fields=["series", "series_number"],
                condition=models.Q(series__isnull=False),
                name="unique_number_within_series",
            )
        ]

    def clean(self):
        super().clean()
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
    def published_datetime(self):
        """The publication date as an aware datetime, for feeds and structured data."""
        moment = self.first_published_at or timezone.now()
        if moment.date() == self.date:
            return moment
        return timezone.make_aware(
            datetime.datetime.combine(self.date, datetime.time(9))
        )

    @path("comment/", name="comment")
    def comment(self, request):
        """Readers post the comment form here; see blog.comments.views."""
        # Imported here because blog.comments builds on these models.
        from blog.comments.views import post_comment

        return post_comment(request, self)
