"""The directory's moderation queue in the Wagtail admin (wagtail-modeladmin)."""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail_modeladmin.options import ModelAdmin

from core.exports import FormulaSafeIndexView
from core.moderation import (
    Decision,
    ModerationAdminMixin,
    ModerationPermissionHelper,
    PendingFirstStatusFilter,
    decisions_by_action,
)
from resources.models.organizations import WEBSITE_TAKEN, Organization

Status = Organization.Status

DECISIONS = decisions_by_action(
    "resources.organization",
    Decision("approve", Status.APPROVED, "Approve", "Approved", "button-primary"),
    Decision("reject", Status.REJECTED, "Reject", "Rejected", "button-secondary"),
)


class OrganizationAdminForm(WagtailAdminModelForm):
    """The edit form; the website's unique constraint is on a field the form does not show."""

    def clean(self):
        cleaned_data = super().clean()
        website = cleaned_data.get("website")
        if website and self.instance.website_taken(website):
            self.add_error("website", WEBSITE_TAKEN)
        return cleaned_data


class OrganizationPermissionHelper(ModerationPermissionHelper):
    """Moderators decide and may correct a listing; organizations come from submissions and imports."""

    def user_can_create(self, user):
        return False


class OrganizationAdmin(ModerationAdminMixin, ModelAdmin):
    """Organizations submitted to the Health Care Social Media List, pending first."""

    model = Organization
    menu_label = "Social Media List"
    menu_icon = "list-ul"
    menu_order = 280
    add_to_admin_menu = True
    index_view_class = FormulaSafeIndexView
    permission_helper_class = OrganizationPermissionHelper
    decisions = DECISIONS
    moderate_template_name = "resources/admin/moderate_organization.html"
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "kind",
        "website",
        "city",
        "region",
        "country",
        "description",
        "profile_list",
        "status",
        "submitter_name",
        "submitter_email",
        "submitted_at",
        "approved_at",
        "last_verified",
        "moderated_at",
        "moderated_by",
    ]
    list_display = ("name", "kind", "country", "website", "status", "submitted_at")
    list_filter = (PendingFirstStatusFilter, "kind", "country")
    search_fields = ("name", "website", "city", "region", "submitter_email")
    ordering = ("-submitted_at", "-pk")
    list_per_page = 50
    list_export = (
        "name",
        "kind",
        "website",
        "city",
        "region",
        "country",
        "profile_list",
        "status",
        "submitted_at",
        "approved_at",
        "last_verified",
        "submitter_name",
        "submitter_email",
    )
    export_filename = "health-care-social-media-list"
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("kind"),
            FieldPanel("website"),
            FieldRowPanel(
                [FieldPanel("city"), FieldPanel("region"), FieldPanel("country")]
            ),
            FieldPanel("description"),
            InlinePanel("profiles", label="Social profiles"),
            MultiFieldPanel(
                [FieldPanel("last_verified"), FieldPanel("slug")], heading="Listing"
            ),
        ],
        base_form_class=OrganizationAdminForm,
    )

    def describe(self, obj):
        return f"“{obj.name}”"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("profiles")
