"""Review dates of health content: when a resource was checked and when it is next due."""

import calendar
import datetime

REVIEW_INTERVAL_CHOICES = [
    (3, "Every 3 months"),
    (6, "Every 6 months"),
    (12, "Every 12 months"),
    (24, "Every 24 months"),
]
DEFAULT_REVIEW_INTERVAL = 12


def add_months(date, months):
    """`date` moved on by whole `months`, on the month's last day when the day is missing.

    31 January + 1 month is 28 (or 29) February, as PostgreSQL and dateutil count.
    """
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)
