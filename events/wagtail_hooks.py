"""Admin registration for events."""

from wagtail_modeladmin.options import modeladmin_register

from events.registration.admin import RegistrationAdmin

# --- Summit registrations: the staff's list and exports (wagtail-modeladmin) ----------
# The ModelAdmin and its filters are in events/registration/admin.py.

modeladmin_register(RegistrationAdmin)

# --- End of summit registrations ------------------------------------------------------
