"""The registration form on a summit page: seats, the waiting list, duplicates, closing."""

import datetime

from django.utils import timezone

import pytest

from events.models import PricingTier
from events.models.registration import Registration
from events.registration.forms import RegistrationForm
from tests.factories.registrations import RegistrationFactory, registration_form_data
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db

DUPLICATE = "This e-mail address is already registered for this summit."


def register_url(summit):
    return f"{summit.url}register/"


def section(response):
    return soup(response).find(id="register")


def register(client, for_tier, **overrides):
    return client.post(
        register_url(for_tier.summit), registration_form_data(for_tier, **overrides)
    )


class TestTheSection:
    def test_shows_tiers_with_seats_left_and_an_accessible_form(
        self, client, summit, small_tier, open_tier
    ):
        RegistrationFactory(tier=small_tier)

        response = client.get(summit.url)

        part = section(response)
        seats = [
            " ".join(item.get_text(" ", strip=True).split())
            for item in part.find("ul", attrs={"aria-label": "Seats left"})("li")
        ]
        assert seats == ["Residency Workshop: 1 seat left", "Full Summit: open"]
        form = part.find("form")
        assert form["method"] == "post"
        assert form["action"] == register_url(summit)
        assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
        for name in ("name", "email", "organization", "role", "needs"):
            field = form.find(attrs={"name": name})
            assert form.find("label", attrs={"for": field["id"]}), name
        choices = [
            label.get_text(strip=True)
            for label in form.find("fieldset").find_all("label")
        ]
        assert choices == [
            "Residency Workshop: 150.00 USD (1 seat left)",
            "Full Summit: 350.00 USD",
        ]
        assert form.find("fieldset").find("legend").get_text() == "Pricing tier"

    def test_the_honeypot_is_hidden_from_people(self, client, summit, open_tier):
        form = section(client.get(summit.url)).find("form")

        trap = form.find("input", attrs={"name": "website"})
        wrapper = trap.find_parent("div")
        assert wrapper.has_attr("hidden")
        assert trap["tabindex"] == "-1"

    def test_a_get_on_the_form_address_goes_back_to_the_summit(self, client, summit):
        response = client.get(register_url(summit))

        assert response.status_code == 302
        assert response["Location"] == f"{summit.url}#register"


class TestLifeCycle:
    def test_a_seat_is_confirmed_and_the_reader_told_so(
        self, client, summit, small_tier
    ):
        response = register(client, small_tier)

        assert response.status_code == 302
        assert response["Location"] == f"{summit.url}#register"
        registration = Registration.objects.get()
        assert registration.status == Registration.Status.CONFIRMED
        assert (registration.summit, registration.tier) == (summit, small_tier)
        assert registration.organization == "Mayo Clinic"
        assert registration.needs == "Vegetarian meals"
        assert registration.ip_address == "127.0.0.1"
        page = client.get(response["Location"])
        assert (
            "You are registered for Social Media Summit (Residency Workshop). A "
            "confirmation is on its way to dana.reader@example.org."
        ) in visible_text(page)

    def test_a_full_tier_puts_the_next_reader_on_its_waiting_list(
        self, client, summit, small_tier
    ):
        register(client, small_tier, email="first@example.org")
        register(client, small_tier, email="second@example.org")

        response = register(client, small_tier, email="third@example.org")

        statuses = dict(Registration.objects.values_list("email", "status"))
        assert statuses == {
            "first@example.org": "confirmed",
            "second@example.org": "confirmed",
            "third@example.org": "waitlisted",
        }
        page = client.get(response["Location"])
        assert (
            "Residency Workshop is full, so you are on its waiting list for Social "
            "Media Summit."
        ) in visible_text(page)
        assert "Residency Workshop: Full: waiting list" in visible_text(
            str(section(page))
        )
        choice = section(page).find("fieldset").find("label")
        assert choice.get_text(strip=True) == (
            "Residency Workshop: 150.00 USD (full: waiting list)"
        )

    def test_a_freed_seat_goes_to_the_waiting_list_before_newcomers(
        self, client, small_tier
    ):
        first, _ = RegistrationFactory.create_batch(2, tier=small_tier)
        waiting = RegistrationFactory(tier=small_tier, status="waitlisted")
        first.status = Registration.Status.CANCELLED
        first.save()

        register(client, small_tier, email="newcomer@example.org")

        newcomer = Registration.objects.get(email="newcomer@example.org")
        assert newcomer.status == Registration.Status.WAITLISTED
        waiting.refresh_from_db()
        assert waiting.status == Registration.Status.WAITLISTED

    def test_cancelled_registrations_free_their_seats(self, client, small_tier):
        for registration in RegistrationFactory.create_batch(2, tier=small_tier):
            registration.status = Registration.Status.CANCELLED
            registration.save()

        register(client, small_tier)

        assert Registration.objects.confirmed().count() == 1

    def test_a_tier_without_capacity_never_fills(self, client, open_tier):
        RegistrationFactory.create_batch(30, tier=open_tier)

        register(client, open_tier)

        assert Registration.objects.confirmed().count() == 31

    def test_the_section_costs_the_same_for_any_number_of_tiers(
        self, client, summit, make_tier, django_assert_max_num_queries
    ):
        for number in range(8):
            tier = make_tier(name=f"Tier {number}", capacity=5)
            RegistrationFactory.create_batch(2, tier=tier)
        client.get(summit.url)  # warm Wagtail's site and page caches

        with django_assert_max_num_queries(30) as few:
            client.get(summit.url)
        for number in range(8, 16):
            make_tier(name=f"Tier {number}", capacity=5)
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = client.get(summit.url)

        assert len(section(response).find("fieldset").find_all("input")) == 16


class TestDuplicates:
    def test_the_same_email_twice_gets_a_clear_message_and_no_second_record(
        self, client, small_tier, open_tier
    ):
        register(client, small_tier, email="dana@example.org")

        response = register(
            client, open_tier, email="Dana@Example.org", name="Dana Again"
        )

        assert response.status_code == 409
        form = section(response).find("form")
        email = form.find("input", attrs={"name": "email"})
        assert email["value"] == "Dana@Example.org"
        assert email["aria-invalid"] == "true"
        assert DUPLICATE in form.find(id="id_email_error").get_text()
        assert form.find("input", attrs={"name": "name"})["value"] == "Dana Again"
        assert Registration.objects.count() == 1

    def test_the_same_email_may_register_for_another_summit(
        self, client, make_summit, make_tier, small_tier
    ):
        other = make_summit(title="Summit 2016", slug="summit-2016")
        other_tier = make_tier(for_summit=other, name="Full Summit")
        register(client, small_tier)

        response = register(client, other_tier)

        assert response.status_code == 302
        assert Registration.objects.count() == 2


class TestBadInput:
    def test_an_unknown_tier_is_a_field_error_and_the_text_is_kept(
        self, client, summit, small_tier, make_summit, make_tier
    ):
        elsewhere = make_tier(
            for_summit=make_summit(title="Other", slug="other"), name="Elsewhere"
        )

        for tier in (elsewhere.pk, 999_999, "abc", ""):
            response = register(client, small_tier, tier=tier)

            assert response.status_code == 400
            form = section(response).find("form")
            error = form.find(id="id_tier_error").get_text()
            assert (
                "Choose one of this summit's pricing tiers." in error
                or "Choose a pricing tier." in error
            )
            assert form.find("input", attrs={"name": "name"})["value"] == "Dana Reader"
            assert (
                form.find("textarea", attrs={"name": "needs"}).get_text().strip()
                == "Vegetarian meals"
            )
        assert not Registration.objects.exists()

    def test_malformed_and_oversized_fields_are_field_errors(self, client, small_tier):
        response = register(
            client, small_tier, name="", email="not-an-address", needs="x" * 1001
        )

        assert response.status_code == 400
        form = section(response).find("form")
        assert "This field is required." in form.find(id="id_name_error").get_text()
        assert "valid email" in form.find(id="id_email_error").get_text()
        assert "at most 1000 characters" in form.find(id="id_needs_error").get_text()
        assert form.find("input", attrs={"name": "email"})["value"] == "not-an-address"
        assert not Registration.objects.exists()

    def test_a_tier_removed_while_registering_is_a_field_error(
        self, client, small_tier, open_tier, monkeypatch
    ):
        validate = RegistrationForm.is_valid

        def valid_then_removed(form):
            result = validate(form)
            PricingTier.objects.filter(
                pk=small_tier.pk
            ).delete()  # an editor, meanwhile
            return result

        monkeypatch.setattr(RegistrationForm, "is_valid", valid_then_removed)

        response = register(client, small_tier)

        assert response.status_code == 400
        assert "Choose one of this summit's pricing tiers." in visible_text(
            str(section(response).find("form"))
        )
        assert not Registration.objects.exists()


class TestClosed:
    @pytest.mark.parametrize(
        "fields",
        [
            {"registration_open": False},
            {"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)},
            {
                "start_date": datetime.date(2015, 6, 15),
                "end_date": datetime.date(2015, 6, 16),
            },
        ],
        ids=["closed-by-editors", "past-closing-time", "summit-over"],
    )
    def test_a_closed_summit_refuses_with_a_message(
        self, client, make_summit, make_tier, fields
    ):
        summit = make_summit(title="Closed Summit", slug="closed", **fields)
        tier = make_tier(for_summit=summit, capacity=10)

        page = client.get(summit.url)
        response = register(client, tier)

        assert section(page).find("form") is None
        assert "Registration for this summit is closed." in visible_text(
            str(section(page))
        )
        assert response.status_code == 403
        assert "Registration for this summit is closed." in visible_text(
            str(section(response))
        )
        assert not Registration.objects.exists()
