"""Admin registration for resources."""

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from core.moderation import register_decision_log_actions
from resources.directory.admin import DECISIONS, OrganizationAdmin

# --- The Health Care Social Media List: the moderation queue (wagtail-modeladmin) -----
# The ModelAdmin, its status filter and the approve / reject views are in
# resources/directory/admin.py (the generic parts in core/moderation.py).

modeladmin_register(OrganizationAdmin)


@hooks.register("register_log_actions")
def register_organization_moderation_log_actions(actions):
    register_decision_log_actions(actions, DECISIONS, "organization")


# --- End of the Health Care Social Media List ------------------------------------------
