"""The registration form readers fill in, shared by the summit page and the API."""

from django import forms

from core.forms import PublicFormMixin
from events.models import PricingTier
from events.models.registration import Registration

HONEYPOT_FIELD = "website"
UNKNOWN_TIER_MESSAGE = "Choose one of this summit's pricing tiers."


class TierChoiceField(forms.ModelChoiceField):
    """A pricing tier of this summit, labelled with its price and what is left of it."""

    def label_from_instance(self, tier):
        return tier_label(tier)


def tier_label(tier):
    """'Full Summit: 350.00 USD (12 seats left)' or '… (full: waiting list)'."""
    label = f"{tier.name}: {tier.price} {tier.currency}"
    seats_left = getattr(tier, "seats_left", None)
    if getattr(tier, "is_full", False):
        return f"{label} (full: waiting list)"
    if seats_left is not None:
        return f"{label} ({seats_left} seat{'s' if seats_left != 1 else ''} left)"
    return label


class RegistrationForm(PublicFormMixin, forms.ModelForm):
    """Who is coming, in which tier, and what they need; plus a field only robots fill in."""

    honeypot_field = HONEYPOT_FIELD
    submission_noun = "registration"

    tier = TierChoiceField(
        queryset=None,
        label="Pricing tier",
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose a pricing tier.",
            "invalid_choice": UNKNOWN_TIER_MESSAGE,
        },
    )
    website = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Registration
        fields = ["name", "email", "organization", "role", "tier", "needs"]
        labels = {
            "name": "Name",
            "email": "E-mail",
            "organization": "Organization",
            "role": "Role",
            "needs": "Accessibility or dietary needs",
        }
        help_texts = {
            "email": "Your confirmation goes here. One registration per address.",
            "role": "e.g. Social media manager",
            "needs": "Optional. Tell us what would make the Summit work for you.",
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organization": forms.TextInput(attrs={"autocomplete": "organization"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "needs": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, summit, tiers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.summit = summit
        field = self.fields["tier"]
        # The saved tiers: a preview's in-memory tiers cannot be chosen.
        field.queryset = PricingTier.objects.filter(summit_id=summit.pk)
        if tiers is not None:
            # Tiers annotated with what is left, so the labels need no query each.
            field.choices = [(tier.pk, tier_label(tier)) for tier in tiers]
