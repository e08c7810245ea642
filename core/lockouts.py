"""The admin's list of failed sign-ins and lock-outs (django-axes' AccessAttempt)."""

from django.conf import settings
from django.contrib.admin import SimpleListFilter

from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from axes.models import AccessAttempt


class LockedOutFilter(SimpleListFilter):
    """Failure records at or past the limit: who cannot sign in now."""

    title = "locked out"
    parameter_name = "locked_out"

    def lookups(self, request, model_admin):
        return [("yes", "Locked out"), ("no", "Not yet")]

    def queryset(self, request, queryset):
        limit = settings.AXES_FAILURE_LIMIT
        if self.value() == "yes":
            return queryset.filter(failures_since_start__gte=limit)
        if self.value() == "no":
            return queryset.filter(failures_since_start__lt=limit)
        return queryset


class LockoutPermissionHelper(PermissionHelper):
    """Records are written by sign-in attempts; administrators only look and unlock."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class LockoutButtonHelper(ButtonHelper):
    """'Unlock' is deleting the failure record."""

    def delete_button(self, pk, *args, **kwargs):
        button = super().delete_button(pk, *args, **kwargs)
        button.update(label="Unlock", title="Unlock: forget these failed sign-ins")
        return button


class LockoutAdmin(ModelAdmin):
    """Failed sign-ins per account, address and browser; unlock by deleting a row."""

    model = AccessAttempt
    menu_label = "Login lock-outs"
    menu_icon = "lock"
    add_to_settings_menu = True
    permission_helper_class = LockoutPermissionHelper
    button_helper_class = LockoutButtonHelper
    inspect_view_enabled = True
    list_display = (
        "username",
        "ip_address",
        "failures_since_start",
        "locked_out",
        "attempt_time",
    )
    list_filter = (LockedOutFilter,)
    search_fields = ("username", "ip_address")
    ordering = ("-attempt_time",)
    inspect_view_fields = [
        "username",
        "ip_address",
        "user_agent",
        "failures_since_start",
        "attempt_time",
        "path_info",
    ]

    @staticmethod
    def locked_out(obj):
        return obj.failures_since_start >= settings.AXES_FAILURE_LIMIT

    locked_out.boolean = True
    locked_out.short_description = "Locked out"
