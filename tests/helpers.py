"""Small helpers for reading what a response shows a reader."""

from bs4 import BeautifulSoup


def soup(response_or_html):
    """Parse a response's body (or an HTML string) with BeautifulSoup."""
    html = getattr(response_or_html, "content", response_or_html)
    if isinstance(html, bytes):
        html = html.decode()
    return BeautifulSoup(html, "html.parser")


def visible_text(response_or_html):
    """The text a reader sees, with whitespace collapsed to single spaces."""
    return " ".join(soup(response_or_html).get_text().split())
