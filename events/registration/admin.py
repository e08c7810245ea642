"""Registrations in the Wagtail admin (wagtail-modeladmin): the staff's list and exports."""

from django.contrib.admin import SimpleListFilter

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from core.exports import FormulaSafeIndexView
from events.models import PricingTier, SummitPage
from events.models.registration import Registration


class SummitFilter(SimpleListFilter):
    """Summits that have registrations, by title.

    Django's related-field filter asks django.contrib.admin's site for the page's
    ordering, and that app is not installed here.
    """

    title = "summit"
    parameter_name = "summit"

    def lookups(self, request, model_admin):
        summits = (
            SummitPage.objects.filter(registrations__isnull=False)
            .distinct()
            .order_by("-start_date", "title")
        )
        return [(str(pk), title) for pk, title in summits.values_list("pk", "title")]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(summit_id=int(value))
        return queryset


class TierFilter(SimpleListFilter):
    """Pricing tiers that have registrations, named with their summit."""

    title = "pricing tier"
    parameter_name = "tier"

    def lookups(self, request, model_admin):
        tiers = (
            PricingTier.objects.filter(registrations__isnull=False)
            .distinct()
            .order_by("summit__title", "sort_order", "pk")
            .values_list("pk", "name", "summit__title")
        )
        return [(str(pk), f"{name} ({summit})") for pk, name, summit in tiers]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(tier_id=int(value))
        return queryset


class RegistrationIndexView(FormulaSafeIndexView):
    """The formula-safe list and exports, with column headings as staff say them."""

    export_headings = {
        "created_at": "Registered at",
        "email": "E-mail",
        "tier": "Pricing tier",
        "needs": "Accessibility or dietary needs",
    }


class RegistrationPermissionHelper(PermissionHelper):
    """Readers register themselves; staff change a status, never add registrations."""

    def user_can_create(self, user):
        return False


class RegistrationAdmin(ModelAdmin):
    """Summit registrations, newest first: confirmed, waiting and cancelled."""

    model = Registration
    menu_label = "Registrations"
    menu_icon = "group"
    menu_order = 280
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    permission_helper_class = RegistrationPermissionHelper
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "email",
        "organization",
        "role",
        "summit",
        "tier",
        "needs",
        "status",
        "created_at",
        "ip_address",
    ]
    list_display = ("name", "email", "summit", "tier", "status", "created_at")
    list_filter = (SummitFilter, TierFilter, "status")
    list_select_related = ("summit", "tier")
    search_fields = ("name", "email", "organization", "role")
    ordering = ("-created_at", "-pk")
    list_per_page = 50
    list_export = (
        "created_at",
        "status",
        "summit",
        "tier",
        "name",
        "email",
        "organization",
        "role",
        "needs",
    )
    export_filename = "registrations"
    # Staff move registrants between the waiting list, a seat and cancellation; what
    # the registrant typed stays as they typed it.
    panels = [
        HelpPanel(
            content=(
                "Confirm someone from the waiting list when a seat frees up (oldest "
                "first), or cancel a registration. Seats are counted from confirmed "
                "registrations only."
            )
        ),
        FieldPanel("status"),
    ]
