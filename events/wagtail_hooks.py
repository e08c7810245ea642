"""Admin registration for events."""

from django.urls import reverse

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from core.dashboard import ModerationCount
from events.models import Registration
from events.registration.admin import RegistrationAdmin

# --- Summit registrations: the staff's list and exports (wagtail-modeladmin) ----------
# The ModelAdmin and its filters are in events/registration/admin.py.

modeladmin_register(RegistrationAdmin)


@hooks.register("register_moderation_count")
def waitlisted_registrations_count(request):
    """Registrants on a waiting list, whom staff place when a seat frees up."""
    if not request.user.has_perm("events.change_registration"):
        return None
    status = Registration.Status.WAITLISTED
    return ModerationCount(
        label="Registrations on a waiting list",
        count=Registration.objects.filter(status=status).count(),
        url=f"{reverse('events_registration_modeladmin_index')}?status__exact={status}",
        icon="group",
    )


# --- End of summit registrations ------------------------------------------------------
