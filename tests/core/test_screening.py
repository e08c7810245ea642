"""Screening for likely patient details, measured on a corpus of comments.

On this corpus (39 texts that hold patient details, 41 that do not), a text counts as
flagged when any finding is made:

- recall 38/39 = 0.97 (the miss: a phone number written without separators,
  "5072842511", which the defaults leave alone so that long counts and ids pass);
- precision 38/40 = 0.95 (two false alarms, kept on purpose: a public helpline number,
  and a clinic "born on" a date).

A moderator approves a false alarm with the usual button; a miss would be published.
"""

from django.test import override_settings

import pytest

from core.screening import DEFAULT_PATTERNS, highlight, screen, screen_fields

POSITIVES = [
    # (text, the kinds that must be found)
    ("My son's MRN is 12345678, born 04/12/2009", {"record_number", "date_of_birth"}),
    ("MRN: A1234567", {"record_number"}),
    ("medical record number 00451239 at Mayo", {"record_number"}),
    ("Her medical record # 9981-2231 was mixed up", {"record_number"}),
    ("patient ID 55512345 keeps getting rejected", {"record_number"}),
    ("My member ID: XJH123456789", {"record_number"}),
    ("membership number 778812345", {"record_number"}),
    ("Policy no. 44-55-66771", {"record_number"}),
    ("insurance ID W123456789 is on the card", {"record_number"}),
    ("Medicare number 1EG4-TE5-MK73", {"record_number"}),
    ("subscriber id 900123456", {"record_number"}),
    ("SSN 123-45-6789 please help", {"ssn"}),
    ("Call me at (507) 284-2511 any time", {"phone"}),
    ("my cell is 507.284.2511", {"phone"}),
    ("text 507-284-2511", {"phone"}),
    ("reach my mom at +1 507 284 2511", {"phone"}),
    ("UK number +44 20 7946 0958", {"phone"}),
    ("5072842511 is my husband's phone", set()),  # no separators: see MISSES
    ("Email me at jo.smith@example.com", {"email"}),
    ("my daughter: ana+clinic@mail.example.org", {"email"}),
    ("born 04/12/2009 at St Marys", {"date_of_birth"}),
    ("DOB: 1987-03-05", {"date_of_birth"}),
    ("D.O.B. 3/5/87", {"date_of_birth"}),
    ("date of birth is April 12, 2009", {"date_of_birth"}),
    ("She was born on 12 April 2009", {"date_of_birth"}),
    ("birthday 5th of May, 1950", {"date_of_birth"}),
    ("birthdate: Sept 9 1999", {"date_of_birth"}),
    ("We live at 200 First Street SW, Rochester", {"street_address"}),
    ("1216 N. Main St. Apt 4B", {"street_address"}),
    ("come to 45 Elm Avenue", {"street_address"}),
    ("mail it to 9 Oak Ridge Rd", {"street_address"}),
    ("3100 Kingsley Blvd is our house", {"street_address"}),
    ("4 Willow Ln, Suite 200", {"street_address"}),
    ("our home at 77 Lake Shore Drive", {"street_address"}),
    ("MRN 44556677 and call 555-123-4567", {"record_number", "phone"}),
    ("Dad (DOB 01/02/1940) at 12 Pine Ct", {"date_of_birth", "street_address"}),
    ("Contact: nurse.kim@hospital.example.org, 612-555-0188", {"email", "phone"}),
    ("member # 1234ABCD5", {"record_number"}),
    ("Patient number: 00987654", {"record_number"}),
]
# Kinds of patient detail the defaults do not find; listed so the limit is known.
MISSES = {"5072842511 is my husband's phone"}

NEGATIVES = [
    "Great post, thanks for sharing!",
    "The Summit is on June 15, 2015 in Rochester.",
    "We had 10,000 patients engage with our page in 2014.",
    "5 ways to drive engagement on Facebook",
    "Read the 2015-2016 report.",
    "Our hospital has 1,265 beds and 63,000 staff.",
    "See https://example.org/2015/06/15/summit-recap/",
    "Version 2.4.1 of the guidelines is out.",
    "I was born in the 80s and grew up online.",
    "Happy birthday to the network!",
    "Member organisations grew by 25% this year.",
    "Use #hcsm and #MayoRadio on Twitter.",
    "Follow @MayoClinic for updates.",
    "The webinar runs 12:00-13:00 CST.",
    "Patients deserve respect and privacy.",
    "Chapter 3, page 45, paragraph 2.",
    "Ages 18-65 are eligible.",
    "Room 204 on the second floor.",
    "The study had 3 arms and 240 participants.",
    "Top 10 tips for clinicians on LinkedIn",
    "Score: 4/5 from our readers",
    "ISBN 978-0-596-52068-7 is a great read.",
    "Our policy is to answer within 24 hours.",
    "My record on this blog is 3 comments a day.",
    "Medical records should stay private, agreed.",
    "The member survey closes Friday.",
    "Insurance companies should listen more.",
    "Date of the event: TBD",
    "Call us! We love to hear from you.",
    "3 Doctors Walk Into A Bar",
    "We counted 1,234,567 impressions.",
    "It was 98.6 degrees at the picnic.",
    "Between 2009 and 2015 use grew fast.",
    "Dial 911 in an emergency.",
    "Cost was $1,200.50 per seat.",
    "Grand Rounds at 7:30 in room 5-101.",
    "See 1 Corinthians 13 for inspiration.",
    "DOB formats like 01/01/2000 confuse our forms.",
    "PO Box 12",
    # Two false alarms the defaults accept (see the module docstring).
    "Our public helpline is 800-555-0199.",
    "The clinic was born on 04/12/2009 as a pilot.",
]
FALSE_ALARMS = {
    "Our public helpline is 800-555-0199.",
    "The clinic was born on 04/12/2009 as a pilot.",
}


def kinds(text):
    return {finding.kind for finding in screen(text)}


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_patient_details_are_found(text, expected):
    if text in MISSES:
        pytest.skip("a known limit of the default patterns")
    assert expected <= kinds(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_comments_are_not_flagged(text):
    if text in FALSE_ALARMS:
        assert kinds(text), (
            "a listed false alarm is no longer raised: update the figures"
        )
    else:
        assert kinds(text) == set()


def test_precision_and_recall_on_the_corpus():
    positives = [text for text, _ in POSITIVES]
    flagged_positives = [text for text in positives if kinds(text)]
    flagged_negatives = [text for text in NEGATIVES if kinds(text)]

    recall = len(flagged_positives) / len(positives)
    precision = len(flagged_positives) / (
        len(flagged_positives) + len(flagged_negatives)
    )

    assert len(positives) - len(flagged_positives) == len(MISSES)
    assert set(flagged_negatives) == FALSE_ALARMS
    assert round(recall, 2) == 0.97
    assert round(precision, 2) == 0.95


def test_findings_give_the_matched_text_and_its_position():
    text = "Hi, my son's MRN is 12345678."
    (finding,) = screen(text, field="body")

    assert finding.label == "Medical record or member number"
    assert text[finding.start : finding.end] == finding.text == "MRN is 12345678"
    assert finding.field == "body"


def test_highlight_marks_the_matches_and_escapes_the_rest():
    text = "<b>born 04/12/2009</b> & more"
    findings = [finding.as_dict() for finding in screen(text, field="body")]

    html = highlight(text, findings, "body")

    assert html == (
        '&lt;b&gt;<mark title="Date of birth">born 04/12/2009</mark>&lt;/b&gt; &amp; more'
    )


def test_fields_are_screened_separately():
    findings = screen_fields({"name": "jo@example.com", "body": "Thanks!"})

    assert [(f.field, f.kind) for f in findings] == [("name", "email")]


@override_settings(
    PHI_SCREENING_PATTERNS={
        "phone": None,
        "case_number": {"label": "Case number", "pattern": r"\bcase\s+\d{6}\b"},
    }
)
def test_patterns_are_configurable_in_settings():
    assert kinds("Call 507-284-2511 about case 123456") == {"case_number"}
    assert "phone" in DEFAULT_PATTERNS  # the defaults themselves are untouched
