"""The resource library: guides, toolkits and policies, each reviewed on a schedule."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task

from core.blocks.streams import BaseStreamBlock
from core.pages import SocialImageMixin
from core.pagination import narrow_slices
from resources.querysets import ResourcePageQuerySet
from resources.reviews import (
    DEFAULT_REVIEW_INTERVAL,
    REVIEW_INTERVAL_CHOICES,
    add_months,
)
from resources.serializers import (
    DocumentsField,
    ReviewerField,
    TopicsField,
)
from resources.structured_data import medical_web_page


class ResourceIndexPage(SocialImageMixin, Page):
    """The library at /resources/: resource pages by topic, and the sections below it."""

    introduction = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    api_fields = [APIField("introduction")] + SocialImageMixin.social_api_fields

    parent_page_types = ["site_pages.HomePage"]
    subpage_types = ["resources.ResourcePage", "resources.DirectoryPage"]
    max_count_per_parent = 1
    page_description = (
        "The resource library's front page. There is one per site, at /resources/."
    )

    resources_per_page = 12

    class Meta:
        verbose_name = "resource index"

    def get_summary(self):
        return self.introduction

    def get_resources(self):
        """This library's live, public resource pages, A to Z."""
        return ResourcePage.objects.child_of(self).published()

    def get_sections(self):
        """Live, public child pages that are not resources, such as the directory."""
        return (
            self.get_children()
            .live()
            .public()
            .not_type(ResourcePage)
            .specific()
            .order_by("path")
        )

    def get_topics(self):
        """Tags used by this library's resources, A to Z, each with `resource_count`."""
        tagged = ResourcePageTag.objects.filter(
            content_object__in=self.get_resources().order_by().values("pk")
        )
        return (
            Tag.objects.filter(pk__in=tagged.values("tag_id"))
            .annotate(
                resource_count=Count(
                    "resources_resourcepagetag_items",
                    filter=Q(resources_resourcepagetag_items__in=tagged),
                )
            )
            .order_by(Lower("name"), "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = self.get_resources()
        topics = list(self.get_topics())
        topic = None
        if "tag" in request.GET:
            slug = request.GET["tag"]
            topic = next((t for t in topics if t.slug == slug), None)
            if topic is None:
                raise Http404("No resources on that topic.")
            resources = resources.tagged(topic.slug)
        paginator = Paginator(
            narrow_slices(resources.for_listing()), self.resources_per_page
        )
        page_of_resources = paginator.get_page(request.GET.get("page"))
        context.update(
            resources=page_of_resources,
            page_range=paginator.get_elided_page_range(
                page_of_resources.number, on_each_side=2, on_ends=1
            ),
            page_query=urlencode({"tag": topic.slug}) if topic else "",
            topics=topics,
            topic=topic,
            sections=self.get_sections(),
        )
        return context


class ResourcePageTag(TaggedItemBase):
    """Links a resource page to a topic (a django-taggit tag)."""

    content_object = ParentalKey(
        "resources.ResourcePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ResourceDocument(Orderable):
    """A downloadable document of a resource page, in the order editors set."""

    page = ParentalKey(
        "resources.ResourcePage", related_name="documents", on_delete=models.CASCADE
    )
    document = models.ForeignKey(
        get_document_model_string(), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        max_length=200,
        blank=True,
        help_text="The link text. Leave blank to use the document's own title.",
    )
    description = models.TextField(
        blank=True,
        max_length=500,
        help_text="What the document is for, e.g. 'A one-page summary to print'.",
    )

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("description")]

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return self.title or self.document.title


def today():
    return timezone.localdate()


class ResourcePage(SocialImageMixin, Page):
    """A guide, toolkit or policy, with the date it was last reviewed and by whom."""

    class ResourceType(models.TextChoices):
        GUIDE = "guide", "Guide"
        TOOLKIT = "toolkit", "Toolkit"
        POLICY = "policy", "Policy"

    resource_type = models.CharField(
        max_length=20, choices=ResourceType.choices, default=ResourceType.GUIDE
    )
    introduction = models.TextField(
        max_length=600,
        help_text="Plain text shown under the title, in listings, search results and "
        "when shared.",
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)
    tags = ClusterTaggableManager(
        through=ResourcePageTag,
        blank=True,
        verbose_name="topics",
        help_text="Topics readers filter the library by.",
    )
    audience = models.CharField(
        max_length=120,
        blank=True,
        help_text="Who this resource is for, e.g. 'Health-care employees'.",
    )
    last_reviewed = models.DateField(
        help_text="The day a qualified reviewer last checked this content.",
    )
    reviewed_by = models.ForeignKey(
        "core.Author",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="reviewed_resources",
        help_text="Who checked it. Shown as 'Last reviewed … by …'.",
    )
    review_interval_months = models.PositiveSmallIntegerField(
        "review interval",
        choices=REVIEW_INTERVAL_CHOICES,
        default=DEFAULT_REVIEW_INTERVAL,
        help_text="How often the content must be checked again.",
    )
    # Stored, not computed in SQL: month arithmetic differs between SQLite and
    # PostgreSQL (31 January + 1 month), and the overdue report sorts on it.
    review_due = models.DateField(
        editable=False,
        db_index=True,
        help_text="When the next review is due; set from the fields above on save.",
    )

    objects = PageManager.from_queryset(ResourcePageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("resource_type"),
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel("documents", label="Document", heading="Downloads"),
        FieldPanel("tags"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("last_reviewed"), FieldPanel("review_interval_months")]
                ),
                FieldPanel("reviewed_by"),
            ],
            heading="Review",
        ),
    ]
    promote_panels = Page.promote_panels + SocialImageMixin.social_panels

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("reviewed_by", [index.SearchField("name")]),
        index.FilterField("resource_type"),
        index.FilterField("review_due"),
    ]

    api_fields = [
        APIField("resource_type"),
        APIField("introduction"),
        APIField("body"),
        APIField("documents", serializer=DocumentsField()),
        APIField("tags", serializer=TopicsField()),
        APIField("audience"),
        APIField("last_reviewed"),
        APIField("reviewed_by", serializer=ReviewerField()),
        APIField("review_interval_months"),
        APIField("next_review_due"),
        APIField("review_overdue"),
        *SocialImageMixin.social_api_fields,
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    page_description = (
        "A guide, toolkit or policy with downloads, topics and a review schedule."
    )

    class Meta:
        verbose_name = "resource page"

    def save(self, *args, **kwargs):
        self.review_due = self.next_review_due
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {
            "last_reviewed",
            "review_interval_months",
        } & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "review_due"}
        result = super().save(*args, **kwargs)
        if update_fields is None:
            # The search index is updated on post_save, before modelcluster commits the
            # topics it indexes; index the page again now that they are saved.
            insert_or_update_object_task.enqueue(
                self._meta.app_label, self._meta.model_name, str(self.pk)
            )
        return result

    def clean(self):
        super().clean()
        if self.last_reviewed and self.last_reviewed > today():
            raise ValidationError(
                {
                    "last_reviewed": (
                        "A review cannot be dated in the future: enter the day the "
                        "content was checked."
                    )
                }
            )

    def get_summary(self):
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resource_index"] = self.resource_index
        context["structured_data"] = medical_web_page(self, request)
        return context

    @cached_property
    def resource_index(self):
        """The library this resource belongs to, for topic links."""
        return ResourceIndexPage.objects.parent_of(self).first()

    @property
    def next_review_due(self):
        """The day the next review falls due (also right before the page is saved)."""
        if self.last_reviewed is None:
            return None
        return add_months(self.last_reviewed, self.review_interval_months)

    @property
    def review_overdue(self):
        """Whether the next review was due before today."""
        due = self.next_review_due
        return due is not None and due < today()

    @property
    def days_overdue(self):
        """Whole days since the next review fell due; 0 when it is not overdue."""
        due = self.next_review_due
        return max((today() - due).days, 0) if due is not None else 0

    @property
    def ordered_tags(self):
        """Topics alphabetically, whatever their case."""
        return sorted(self.tags.all(), key=lambda tag: tag.name.casefold())
