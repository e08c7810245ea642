"""Screening of public input for likely protected health information (PHI).

People write health details into public forms ("my son's MRN is 12345678, born
04/12/2009"). `screen(text)` finds phone numbers, e-mail addresses, dates of birth,
medical record, member and social security numbers and street addresses, so the
submission can be held for a moderator **flagged**, with the reason and the matched
parts shown (`highlight`). Nothing is dropped or changed: a false positive is approved
as usual.

    from core.screening import screen_fields
    findings = screen_fields({"name": form.cleaned_data["name"], "body": body})
    record.screening = [finding.as_dict() for finding in findings]

Patterns: DEFAULT_PATTERNS below, changed by the PHI_SCREENING_PATTERNS setting, a dict
of kind -> {"label": ..., "pattern": ...} (regular expression, compiled with
re.IGNORECASE unless "flags" says otherwise) that adds or replaces kinds; a kind mapped
to None is switched off.
"""

import re
from dataclasses import asdict, dataclass
from functools import cache

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"  # 04/12/2009, 4-12-09
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 2009-04-12
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # April 12, 2009
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})"  # 12 April 2009
)
_STREET_TYPES = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way"
    r"|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Trail|Trl)"
)

DEFAULT_PATTERNS = {
    "email": {
        "label": "E-mail address",
        "pattern": r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b",
    },
    "phone": {
        "label": "Phone number",
        "pattern": (
            r"(?<![\w/.-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\w/-])"
            r"|(?<![\w/.-])\+\d{1,3}(?:[\s.-]?\d{2,4}){3,4}(?![\w/-])"
        ),
    },
    "date_of_birth": {
        "label": "Date of birth",
        "pattern": (
            r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday|born"
            r"(?:\s+on)?)\s*(?:is|was|:|-)?\s*" + _DATE
        ),
    },
    "record_number": {
        "label": "Medical record or member number",
        "pattern": (
            r"\b(?:mrn|medical\s+record(?:\s+(?:number|no\.?|#))?|patient\s+(?:id|number|no\.?)"
            r"|member(?:ship)?\s*(?:id|number|no\.?|\#)|subscriber\s+(?:id|number)"
            r"|policy\s+(?:number|no\.?)|insurance\s+(?:id|number)|health\s+plan\s+(?:id|number)"
            r"|medicaid\s+(?:id|number)|medicare\s+(?:id|number))"
            r"\s*(?:is|was|:|#)?\s*#?\s*[A-Z0-9][A-Z0-9-]{3,}\d[A-Z0-9-]*"
        ),
    },
    "ssn": {
        "label": "Social security number",
        "pattern": r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])",
    },
    "street_address": {
        "label": "Street address",
        "pattern": (
            r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){1,3}"
            + _STREET_TYPES
            + r"\b\.?(?:,?\s+(?:Apt|Suite|Unit|#)\.?\s*\w+)?"
        ),
        "flags": 0,  # street names are capitalised: "5 ways to drive" is not one
    },
}


@dataclass(frozen=True)
class Finding:
    """One likely piece of PHI: its kind, what to call it, where it is and what it says."""

    kind: str
    label: str
    field: str
    start: int
    end: int
    text: str

    def as_dict(self):
        return asdict(self)


@cache
def _compiled(patterns_key):
    compiled = {}
    for kind, spec in patterns_key:
        spec = dict(spec)
        flags = spec.get("flags", re.IGNORECASE)
        compiled[kind] = (spec["label"], re.compile(spec["pattern"], flags))
    return compiled


def active_patterns():
    """The defaults with PHI_SCREENING_PATTERNS applied, compiled once per configuration."""
    merged = {**DEFAULT_PATTERNS, **getattr(settings, "PHI_SCREENING_PATTERNS", {})}
    key = tuple(
        (kind, tuple(sorted(spec.items())))
        for kind, spec in merged.items()
        if spec is not None
    )
    return _compiled(key)


def screen(text, field=""):
    """Findings in `text`, in reading order; overlapping matches keep the first."""
    findings = []
    for kind, (label, pattern) in active_patterns().items():
        for match in pattern.finditer(text or ""):
            findings.append(
                Finding(kind, label, field, match.start(), match.end(), match.group())
            )
    findings.sort(key=lambda finding: (finding.start, -finding.end))
    kept, reach = [], -1
    for finding in findings:
        if finding.start >= reach:
            kept.append(finding)
            reach = finding.end
    return kept


def screen_fields(fields):
    """Findings across several named fields ({"name": ..., "body": ...})."""
    return [finding for name, text in fields.items() for finding in screen(text, name)]


def reasons(findings):
    """The distinct labels of `findings` (dicts or Findings), in order of first use."""
    labels = []
    for finding in findings:
        label = finding["label"] if isinstance(finding, dict) else finding.label
        if label not in labels:
            labels.append(label)
    return labels


def highlight(text, findings, field=""):
    """`text` as safe HTML with each finding of `field` wrapped in <mark title=reason>."""
    spans = sorted(
        (f for f in findings if f["field"] == field), key=lambda f: f["start"]
    )
    parts, position = [], 0
    for finding in spans:
        start, end = finding["start"], finding["end"]
        if start < position or text[start:end] != finding["text"]:
            continue  # the text changed since it was screened
        parts.append(escape(text[position:start]))
        parts.append(
            f'<mark title="{escape(finding["label"])}">{escape(text[start:end])}</mark>'
        )
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above
