"""“Add yours today!”: a submission is saved as pending, or refused with what to fix."""

import smtplib
from unittest import mock

from django.core import mail
from django.db import IntegrityError, transaction
from django.test import Client, override_settings

import pytest

from resources.models import Organization, SocialProfile
from tests.factories.directory import OrganizationFactory, submission_form_data
from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Status = Organization.Status


def add_url(page):
    return f"{page.url}add/"


def submit(client, page, **kwargs):
    return client.post(add_url(page), submission_form_data(**kwargs))


class TestAccepted:
    def test_saved_as_pending_with_its_profiles(self, client, directory_page):
        response = submit(
            client,
            directory_page,
            profiles=[
                ("facebook", "https://www.facebook.com/LakesideClinic?fbclid=abc"),
                ("x", "https://twitter.com/LakesideClinic"),
            ],
        )

        assert response.status_code == 302
        assert response["Location"] == f"{directory_page.url}add/thanks/"
        organization = Organization.objects.get()
        assert organization.status == Status.PENDING
        assert organization.name == "Lakeside Family Clinic"
        assert organization.submitter_email == "pat@lakeside-clinic.example.org"
        assert organization.normalized_website == "lakeside-clinic.example.org"
        assert sorted(organization.profiles.values_list("network", "url")) == [
            ("facebook", "https://www.facebook.com/LakesideClinic"),
            ("x", "https://twitter.com/LakesideClinic"),
        ]
        thanks = client.get(response["Location"])
        assert directory_page.thanks_message in visible_text(thanks)

    def test_not_listed_until_approved(self, client, directory_page):
        submit(client, directory_page)

        assert "Lakeside" not in visible_text(client.get(directory_page.url))

    def test_moderators_get_an_email_after_commit(
        self, client, directory_page, django_capture_on_commit_callbacks
    ):
        with (
            override_settings(DIRECTORY_MODERATORS=["mod@example.org"]),
            django_capture_on_commit_callbacks(execute=True),
        ):
            submit(client, directory_page)

        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["mod@example.org"]
        assert "Lakeside Family Clinic" in message.subject
        assert "/admin/resources/organization/" in message.body

    def test_a_mail_failure_never_loses_the_submission(
        self, client, directory_page, django_capture_on_commit_callbacks
    ):
        with (
            override_settings(DIRECTORY_MODERATORS=["mod@example.org"]),
            mock.patch(
                "resources.directory.notifications.send_mail",
                side_effect=smtplib.SMTPServerDisconnected("gone"),
            ),
            django_capture_on_commit_callbacks(execute=True),
        ):
            response = submit(client, directory_page)

        assert response.status_code == 302
        assert Organization.objects.pending().count() == 1


class TestRefused:
    def test_missing_fields_keep_what_was_typed(self, client, directory_page):
        response = submit(
            client,
            directory_page,
            name="",
            profiles=[("facebook", "https://www.facebook.com/Kept")],
        )

        assert response.status_code == 400
        page = soup(response)
        assert page.select_one("#id_name")["aria-invalid"] == "true"
        assert "This field is required." in page.select_one("#id_name_error").text
        assert page.select_one("#id_city")["value"] == "Duluth"
        assert page.select_one("#id_profiles-0-url")["value"] == (
            "https://www.facebook.com/Kept"
        )
        assert not Organization.objects.exists()

    @pytest.mark.parametrize(
        ("network", "url", "message"),
        [
            ("facebook", "https://www.mayoclinic.org/", "must be on facebook.com"),
            ("x", "javascript:alert(1)", "starting with https://"),
            ("instagram", "ftp://instagram.com/x", "starting with https://"),
            ("", "https://www.facebook.com/x", "Choose the network"),
            ("youtube", "", "Enter the profile's web address"),
        ],
    )
    def test_profiles_are_checked_against_their_network(
        self, client, directory_page, network, url, message
    ):
        response = submit(client, directory_page, profiles=[(network, url)])

        assert response.status_code == 400
        assert message in visible_text(response)
        assert not Organization.objects.exists()

    def test_javascript_website_is_refused(self, client, directory_page):
        response = submit(client, directory_page, website="javascript:alert(1)")

        assert response.status_code == 400
        assert not Organization.objects.exists()

    def test_the_same_profile_twice_in_one_submission(self, client, directory_page):
        response = submit(
            client,
            directory_page,
            profiles=[
                ("x", "https://x.com/Lakeside"),
                ("x", "https://twitter.com/lakeside/"),
            ],
        )

        assert response.status_code == 400
        assert "already in another row" in visible_text(response)

    def test_honeypot(self, client, directory_page):
        response = submit(client, directory_page, fax="555-0100")

        assert response.status_code == 400
        assert "looks automated" in visible_text(response)
        assert not Organization.objects.exists()

    def test_csrf_token_required(self, directory_page):
        strict = Client(enforce_csrf_checks=True)

        response = strict.post(add_url(directory_page), submission_form_data())

        assert response.status_code == 403
        assert not Organization.objects.exists()

    @override_settings(DIRECTORY_MAX_BODY_BYTES=500)
    def test_too_large(self, client, directory_page):
        response = submit(client, directory_page, description="x" * 1000)

        assert response.status_code == 413
        assert "too large" in visible_text(response)
        assert not Organization.objects.exists()

    @override_settings(DIRECTORY_SUBMISSION_RATE_LIMIT=(2, 3600))
    def test_rate_limited_per_client(self, client, directory_page):
        for number in range(2):
            submit(client, directory_page, website=f"https://site{number}.example.org/")

        response = submit(client, directory_page, website="https://third.example.org/")

        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0
        assert "Please wait about" in visible_text(response)
        assert soup(response).select_one("#id_website")["value"] == (
            "https://third.example.org/"
        )
        assert Organization.objects.count() == 2


class TestDuplicates:
    @pytest.mark.parametrize(
        "website",
        [
            "http://mayoclinic.org",
            "https://WWW.MAYOCLINIC.ORG/?utm_source=newsletter",
            "https://www.mayoclinic.org/#about",
        ],
    )
    def test_a_listed_website_is_reported_by_name(
        self, client, directory_page, website
    ):
        OrganizationFactory(name="Mayo Clinic", website="https://www.mayoclinic.org/")

        response = submit(client, directory_page, website=website)

        assert response.status_code == 409
        assert "“Mayo Clinic” is already on the list with this website." in (
            visible_text(response)
        )
        assert Organization.objects.count() == 1

    def test_a_pending_website_is_reported_without_naming_it(
        self, client, directory_page
    ):
        OrganizationFactory(
            name="Secret Pending Org",
            website="https://www.lakeside-clinic.example.org/",
            status=Status.PENDING,
        )

        response = submit(client, directory_page)

        assert response.status_code == 409
        text = visible_text(response)
        assert "already awaiting moderation" in text
        assert "Secret Pending Org" not in text

    def test_a_listed_profile_is_reported(self, client, directory_page):
        OrganizationFactory(
            name="Mayo Clinic", profiles={"x": "https://twitter.com/MayoClinic"}
        )

        response = submit(
            client, directory_page, profiles=[("x", "https://x.com/mayoclinic/")]
        )

        assert response.status_code == 409
        assert "“Mayo Clinic” is already on the list with this profile." in (
            visible_text(response)
        )

    def test_a_rejected_organization_frees_its_addresses(
        self, client, directory_page, admin_user
    ):
        rejected = OrganizationFactory(
            website="https://www.lakeside-clinic.example.org/",
            status=Status.PENDING,
            profiles={"facebook": "https://www.facebook.com/Lakeside"},
        )
        rejected.moderate(Status.REJECTED, admin_user)

        response = submit(
            client,
            directory_page,
            profiles=[("facebook", "https://facebook.com/lakeside")],
        )

        assert response.status_code == 302
        assert Organization.objects.pending().count() == 1

    def test_the_database_refuses_a_second_listing(self):
        OrganizationFactory(website="https://www.mayoclinic.org/")

        with pytest.raises(IntegrityError), transaction.atomic():
            OrganizationFactory(website="http://MAYOCLINIC.org")
        first = OrganizationFactory(profiles={"x": "https://x.com/who"})
        with pytest.raises(IntegrityError), transaction.atomic():
            SocialProfile.objects.create(
                organization=first, network="x", url="https://twitter.com/WHO"
            )
