"""How tags are named to readers: 'Facebook' for the tag 'fb'."""

from django.db import models

from wagtail.admin.panels import FieldPanel


class TagDisplayName(models.Model):
    """The name readers see for a tag, where its own name is an abbreviation or a handle."""

    tag = models.OneToOneField(
        "taggit.Tag",
        on_delete=models.CASCADE,
        related_name="display",
        help_text="The tag as editors type it on posts, e.g. 'fb'.",
    )
    display_name = models.CharField(
        max_length=100,
        help_text="What readers see in tag lists, archive titles and feeds, e.g. 'Facebook'.",
    )

    panels = [FieldPanel("tag"), FieldPanel("display_name")]

    class Meta:
        ordering = ["display_name"]
        verbose_name = "tag display name"

    def __str__(self):
        return f"{self.tag.name} → {self.display_name}"


def label_tags(tags):
    """Set `label` on each tag to its display name (or its name); return them as a list.

    Tags fetched with `select_related("display")`, as `for_listing()` does, cost no
    query; the others share one.
    """
    tags = list(tags)
    pending = {id(tag) for tag in tags if not type(tag).display.is_cached(tag)}
    names = {}
    if pending:
        names = dict(
            TagDisplayName.objects.filter(
                tag_id__in=[tag.pk for tag in tags if id(tag) in pending and tag.pk]
            ).values_list("tag_id", "display_name")
        )
    for tag in tags:
        if id(tag) in pending:
            tag.label = names.get(tag.pk) or tag.name
        else:
            record = getattr(tag, "display", None)
            tag.label = record.display_name if record else tag.name
    return tags


def tag_label(tag):
    """The name readers see for one tag."""
    return label_tags([tag])[0].label
