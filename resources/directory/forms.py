"""The "Add yours today!" form and its social-profile rows, shared by the page and the API."""

from django import forms
from django.core.exceptions import ValidationError

from core.forms import PublicFormMixin
from resources.directory import addresses
from resources.models.organizations import Network, Organization

HONEYPOT_FIELD = "fax"
PROFILE_PREFIX = "profiles"
PROFILE_ROWS = 5


class OrganizationSubmissionForm(PublicFormMixin, forms.ModelForm):
    """What an organization tells us about itself; saved as pending."""

    honeypot_field = HONEYPOT_FIELD

    website = forms.URLField(
        label="Website",
        max_length=500,
        assume_scheme="https",
        help_text="The organization's main web address, starting with https://.",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )
    fax = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Organization
        fields = [
            "name",
            "kind",
            "website",
            "city",
            "region",
            "country",
            "description",
            "submitter_name",
            "submitter_email",
        ]
        labels = {
            "name": "Organization name",
            "submitter_name": "Your name",
            "submitter_email": "Your e-mail",
        }
        help_texts = {
            "description": "What the organization does, in a sentence or two. Plain text.",
            "submitter_email": "Never shown or shared; a moderator may write to you.",
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "region": forms.TextInput(attrs={"autocomplete": "address-level1"}),
            "country": forms.TextInput(attrs={"autocomplete": "country-name"}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "submitter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "submitter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("submitter_name", "submitter_email"):
            self.fields[name].required = True

    def clean(self):
        cleaned_data = super().clean()
        for name in ("name", "city", "region", "country"):
            if cleaned_data.get(name):
                cleaned_data[name] = " ".join(cleaned_data[name].split())
        return cleaned_data

    def _post_clean(self):
        # The duplicate check happens in services with its own message; the model's
        # unique-constraint validation would word it differently.
        self._validate_unique = False
        super()._post_clean()


class SocialProfileForm(PublicFormMixin, forms.Form):
    """One network and web address; a row left blank is ignored."""

    network = forms.ChoiceField(
        choices=[("", "Choose a network"), *Network.choices], required=False
    )
    url = forms.CharField(label="Web address", required=False, max_length=500)

    def clean(self):
        cleaned_data = super().clean()
        network, url = cleaned_data.get("network"), cleaned_data.get("url", "").strip()
        if url and not network:
            self.add_error("network", "Choose the network this address is on.")
        elif url:
            try:
                addresses.check_network_address(
                    network, url, dict(Network.choices)[network]
                )
            except ValidationError as error:
                self.add_error("url", error)
        elif network:
            self.add_error(
                "url", "Enter the profile's web address, or leave the row blank."
            )
        cleaned_data["url"] = url
        return cleaned_data


class BaseProfileFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            url = form.cleaned_data.get("url")
            if not url:
                continue
            key = addresses.normal_form(url)
            if key in seen:
                form.add_error("url", "This address is already in another row.")
            seen.add(key)

    def profiles(self):
        """(network, url) of every filled-in row."""
        return [
            (form.cleaned_data["network"], form.cleaned_data["url"])
            for form in self.forms
            if form.cleaned_data.get("url")
        ]


SocialProfileFormSet = forms.formset_factory(
    SocialProfileForm,
    formset=BaseProfileFormSet,
    extra=PROFILE_ROWS,
    max_num=PROFILE_ROWS,
    absolute_max=PROFILE_ROWS,
    validate_max=True,
)


def profile_formset(data=None):
    return SocialProfileFormSet(data, prefix=PROFILE_PREFIX)


def form_data_from_json(payload):
    """An API submission as the form's POST data: profiles become the formset's rows."""
    data = {key: value for key, value in payload.items() if key != "profiles"}
    profiles = payload.get("profiles") or []
    data[f"{PROFILE_PREFIX}-TOTAL_FORMS"] = str(len(profiles))
    data[f"{PROFILE_PREFIX}-INITIAL_FORMS"] = "0"
    for number, profile in enumerate(profiles):
        data[f"{PROFILE_PREFIX}-{number}-network"] = profile.get("network", "")
        data[f"{PROFILE_PREFIX}-{number}-url"] = profile.get("url", "")
    return data
