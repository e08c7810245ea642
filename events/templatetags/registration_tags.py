"""Template tags for the registration section of a summit page."""

from django import template

from events.registration.forms import RegistrationForm
from events.registration.services import accepts_registrations, tiers_with_availability

register = template.Library()


@register.simple_tag
def registration_section(summit, form=None):
    """The tiers with their seats left, whether registration is open, and the form.

    The form is the one a view handed over (bound, with errors), or a blank one whose
    tier choices show what is left of each tier.
    """
    tiers = tiers_with_availability(summit)
    if not isinstance(form, RegistrationForm):  # unset in the context: ""
        form = None
    if form is not None:
        form.fields["tier"].choices = [
            (tier.pk, form.fields["tier"].label_from_instance(tier)) for tier in tiers
        ]
    return {
        "tiers": tiers,
        "open": accepts_registrations(summit),
        "form": form or RegistrationForm(summit=summit, tiers=tiers),
    }
