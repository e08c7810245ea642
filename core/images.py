"""The site's image model: alt text that editors write, never a file name."""

from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition

ALT_TEXT_HELP = (
    "Describes the image for people who cannot see it, wherever it is shown without "
    "alt text of its own. Leave it empty for a purely decorative image: image blocks "
    "then ask for alt text, or for the image to be marked decorative, each time it is used."
)


class SiteImage(AbstractImage):
    """An image whose default alt text is only what an editor wrote, never its title.

    The alt text is Wagtail's own `description` field, relabelled "Alt text", rather
    than a second field: Wagtail already treats the description as an image's default
    alt text (image blocks, the rich-text image form, renditions), searches it, and puts
    it in every upload form, so images migrated from `wagtailimages.Image` keep the alt
    text seeded into it, and editors never see two fields that mean the same thing.
    """

    description = models.CharField(
        "alt text", max_length=255, blank=True, default="", help_text=ALT_TEXT_HELP
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"

    @property
    def default_alt_text(self):
        """The editor's alt text, or "" (Wagtail would fall back to the file-name title)."""
        return self.description


class SiteRendition(AbstractRendition):
    """A resized copy of a SiteImage."""

    image = models.ForeignKey(
        SiteImage, related_name="renditions", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
