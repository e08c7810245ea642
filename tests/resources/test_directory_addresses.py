"""Web addresses: each network accepts only its own domains, and look-alikes share one key."""

from django.core.exceptions import ValidationError

import pytest

from resources.directory.addresses import (
    check_network_address,
    clean_address,
    normal_form,
)


class TestOneKeyPerPlace:
    @pytest.mark.parametrize(
        "variant",
        [
            "https://www.mayoclinic.org/",
            "http://mayoclinic.org",
            "HTTPS://WWW.MAYOCLINIC.ORG",
            "https://mayoclinic.org/?utm_source=newsletter&utm_medium=email",
            "https://www.mayoclinic.org/?fbclid=abc123#top",
            "https://www.mayoclinic.org/?gclid=xyz",
            "  https://www.mayoclinic.org//  ",
        ],
    )
    def test_a_website_written_differently_is_the_same_website(self, variant):
        assert normal_form(variant) == "mayoclinic.org"

    @pytest.mark.parametrize(
        "variant",
        [
            "https://twitter.com/MayoClinic",
            "https://x.com/mayoclinic/",
            "https://mobile.twitter.com/MayoClinic?ref_src=twsrc",
            "http://www.x.com/MAYOCLINIC",
        ],
    )
    def test_twitter_and_x_addresses_of_one_account_match(self, variant):
        assert normal_form(variant) == "x.com/mayoclinic"

    def test_facebook_mobile_and_short_domain_match_the_main_one(self):
        assert normal_form("https://m.facebook.com/MayoClinic") == normal_form(
            "https://fb.com/mayoclinic/"
        )

    def test_other_parameters_stay_with_their_case(self):
        assert (
            normal_form("https://www.youtube.com/watch?v=AbC123&utm_campaign=x")
            == "youtube.com/watch?v=AbC123"
        )

    def test_different_pages_on_one_site_differ(self):
        assert normal_form("https://example.org/clinic-a") != normal_form(
            "https://example.org/clinic-b"
        )

    def test_the_address_shown_keeps_its_form_without_tracking(self):
        assert (
            clean_address("https://www.Facebook.com/MayoClinic?utm_source=a&fbclid=b#x")
            == "https://www.facebook.com/MayoClinic"
        )


class TestNetworkChecks:
    @pytest.mark.parametrize(
        ("network", "url"),
        [
            ("facebook", "https://www.facebook.com/MayoClinic"),
            ("facebook", "https://en-gb.facebook.com/MayoClinic"),
            ("x", "https://twitter.com/MayoClinic"),
            ("youtube", "https://youtu.be/abc"),
            ("linkedin", "https://www.linkedin.com/company/mayo-clinic"),
            ("tiktok", "https://www.tiktok.com/@who"),
            ("pinterest", "https://www.pinterest.com/mayoclinic/"),
            ("flickr", "https://www.flickr.com/photos/mayoclinic/"),
            ("blog", "https://newsnetwork.mayoclinic.org/"),
            ("podcast", "http://podcasts.example.org/show"),
        ],
    )
    def test_accepts_addresses_on_the_network(self, network, url):
        check_network_address(network, url, network)

    @pytest.mark.parametrize(
        ("network", "url"),
        [
            ("facebook", "https://www.mayoclinic.org/facebook"),
            ("facebook", "https://facebook.com.evil.example/MayoClinic"),
            ("facebook", "https://notfacebook.com/MayoClinic"),
            ("x", "https://www.facebook.com/MayoClinic"),
            ("instagram", "https://instagram.org/mayoclinic"),
        ],
    )
    def test_refuses_addresses_on_other_domains(self, network, url):
        with pytest.raises(ValidationError) as error:
            check_network_address(network, url, network)
        assert error.value.code == "wrong_network"

    @pytest.mark.parametrize(
        "url",
        [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(document.cookie)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://facebook.com/x",
            "//facebook.com/MayoClinic",
            "facebook.com/MayoClinic",
            "mailto:someone@facebook.com",
        ],
    )
    def test_only_http_and_https_are_accepted(self, url):
        with pytest.raises(ValidationError) as error:
            check_network_address("facebook", url, "Facebook")
        assert error.value.code == "scheme"
