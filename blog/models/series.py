"""Numbered series of posts, such as the Resource Series of guidelines."""

from django.db import models
from django.utils.text import slugify

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Series(index.Indexed, models.Model):
    """A numbered run of posts ("Resource Series | Guideline #8")."""

    title = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        blank=True,
        help_text="Used in /blog/series/<slug>/. Filled from the title when blank.",
    )
    item_label = models.CharField(
        max_length=40,
        default="Part",
        help_text="What each numbered post is called, e.g. 'Guideline' gives 'Guideline #8'.",
    )
    description = models.TextField(blank=True, max_length=1000)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("item_label"),
        FieldPanel("description"),
    ]

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "series"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)
        super().save(*args, **kwargs)

    def label_for(self, number):
        """'Resource Series | Guideline #8' for number 8."""
        return f"{self.title} | {self.item_label} #{number}"
