"""Organizations on the Health Care Social Media List and their social profiles."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from resources.directory import addresses

WEBSITE_TAKEN = "This website is already listed or awaiting moderation."
PROFILE_TAKEN = "This profile is already listed or awaiting moderation."


class Kind(models.TextChoices):
    HOSPITAL = "hospital", "Hospital or health system"
    CLINIC = "clinic", "Clinic or practice"
    ASSOCIATION = "association", "Professional association"
    PUBLIC_HEALTH = "public_health", "Public health agency"
    PATIENT_COMMUNITY = "patient_community", "Patient community"
    NONPROFIT = "nonprofit", "Health nonprofit"
    INSURER = "insurer", "Insurer"
    INDUSTRY = "industry", "Pharma or device company"
    OTHER = "other", "Other"


class Network(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    X = "x", "X (Twitter)"
    YOUTUBE = "youtube", "YouTube"
    LINKEDIN = "linkedin", "LinkedIn"
    INSTAGRAM = "instagram", "Instagram"
    TIKTOK = "tiktok", "TikTok"
    PINTEREST = "pinterest", "Pinterest"
    FLICKR = "flickr", "Flickr"
    BLOG = "blog", "Blog"
    PODCAST = "podcast", "Podcast"
    OTHER = "other", "Other"


class OrganizationQuerySet(models.QuerySet):
    def approved(self):
        """What readers may see: approved organizations only."""
        return self.filter(status=Organization.Status.APPROVED)

    def pending(self):
        return self.filter(status=Organization.Status.PENDING)

    def listed_or_pending(self):
        """Organizations whose website and profiles no one else may claim."""
        return self.exclude(status=Organization.Status.REJECTED)

    def with_profiles(self):
        """Prefetch profiles in network order: one query for the whole page of results."""
        return self.prefetch_related(
            models.Prefetch(
                "profiles", queryset=SocialProfile.objects.order_by("network", "pk")
            )
        )


class Organization(ClusterableModel):
    """A health organization using social media; only approved ones are ever public."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    Kind = Kind

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True, allow_unicode=False)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    city = models.CharField(max_length=100, blank=True)
    region = models.CharField(
        "region or state", max_length=100, blank=True, help_text="E.g. Minnesota."
    )
    country = models.CharField(
        max_length=100, blank=True, help_text="In English, e.g. United States."
    )
    website = models.URLField(max_length=500, validators=[addresses.check_web_address])
    normalized_website = models.CharField(max_length=500, editable=False)
    description = models.TextField(max_length=1000, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    submitter_name = models.CharField(
        max_length=100, blank=True, help_text="Never shown or exposed."
    )
    submitter_email = models.EmailField(
        blank=True, help_text="Never shown or exposed; for moderators only."
    )
    submitted_at = models.DateTimeField(default=timezone.now)
    approved_at = models.DateTimeField(null=True, blank=True)
    last_verified = models.DateField(
        null=True,
        blank=True,
        help_text="When someone last checked that the website and profiles are current.",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            # One listing per website, whether listed or still awaiting moderation.
            models.UniqueConstraint(
                fields=["normalized_website"],
                condition=~Q(status="rejected"),
                name="directory_unique_website",
                violation_error_message=WEBSITE_TAKEN,
            )
        ]
        indexes = [
            models.Index(fields=["status", "name"], name="directory_status_name"),
            models.Index(fields=["status", "kind"], name="directory_status_kind"),
            models.Index(fields=["status", "country"], name="directory_status_country"),
            models.Index(fields=["status", "region"], name="directory_status_region"),
            models.Index(
                fields=["status", "-approved_at"], name="directory_status_newest"
            ),
            models.Index(fields=["normalized_website"], name="directory_website"),
        ]

    def __str__(self):
        return self.name

    def profile_list(self):
        """The profiles as `network url` pairs, one per line (exports and the inspect view)."""
        return "\n".join(
            f"{profile.network} {profile.url}" for profile in self.profiles.all()
        )

    profile_list.short_description = "Social profiles"

    def save(self, *args, **kwargs):
        self.website = addresses.clean_address(self.website)
        self.normalized_website = addresses.normal_form(self.website)
        if not self.slug:
            self.slug = self.unique_slug()
        if self.status == self.Status.APPROVED and self.approved_at is None:
            self.approved_at = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "website",
                "normalized_website",
            }
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.website:
            self.normalized_website = addresses.normal_form(self.website)

    def website_taken(self, website):
        """Whether another listed or pending organization has `website`."""
        if self.status == self.Status.REJECTED:
            return False
        website = addresses.normal_form(website)
        others = Organization.objects.listed_or_pending().exclude(pk=self.pk)
        return others.filter(normalized_website=website).exists()

    def unique_slug(self):
        """A slug from the name, numbered when another organization has it."""
        base = (slugify(self.name) or "organization")[:200]
        taken = set(
            Organization.objects.filter(slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    @property
    def place(self):
        """ "City, Region, Country", leaving out what is blank."""
        return ", ".join(
            part for part in (self.city, self.region, self.country) if part
        )

    @property
    def is_public(self):
        return self.status == self.Status.APPROVED

    def moderate(self, status, user):
        """Record a moderator's decision; a rejected listing frees its addresses."""
        self.status = status
        self.moderated_at = timezone.now()
        self.moderated_by = user
        if status == self.Status.APPROVED:
            self.approved_at = self.approved_at or self.moderated_at
            self.last_verified = self.last_verified or self.moderated_at.date()
        self.save(
            update_fields=[
                "status",
                "moderated_at",
                "moderated_by",
                "approved_at",
                "last_verified",
            ]
        )
        self.profiles.update(reserved=status != self.Status.REJECTED)


class SocialProfile(models.Model):
    """An organization's account on a network, checked against the network's domains."""

    Network = Network

    organization = ParentalKey(
        Organization, related_name="profiles", on_delete=models.CASCADE
    )
    network = models.CharField(max_length=20, choices=Network.choices)
    url = models.URLField("web address", max_length=500)
    normalized_url = models.CharField(max_length=500, editable=False)
    # False once the organization is rejected, so its addresses may be listed again.
    reserved = models.BooleanField(default=True, editable=False)

    class Meta:
        ordering = ["network", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["normalized_url"],
                condition=Q(reserved=True),
                name="directory_unique_profile",
                violation_error_message=PROFILE_TAKEN,
            )
        ]
        indexes = [
            models.Index(fields=["network", "organization"], name="directory_network"),
            models.Index(fields=["normalized_url"], name="directory_profile_url"),
        ]

    def __str__(self):
        return f"{self.get_network_display()}: {self.url}"

    def save(self, *args, **kwargs):
        self.url = addresses.clean_address(self.url)
        self.normalized_url = addresses.normal_form(self.url)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.url:
            self.normalized_url = addresses.normal_form(self.url)
            taken = SocialProfile.objects.filter(
                reserved=True, normalized_url=self.normalized_url
            ).exclude(pk=self.pk)
            if self.reserved and taken.exists():
                raise ValidationError({"url": PROFILE_TAKEN})
        if self.url and self.network:
            try:
                addresses.check_network_address(
                    self.network, self.url, self.get_network_display()
                )
            except ValidationError as error:
                raise ValidationError({"url": error}) from error
