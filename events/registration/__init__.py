"""Registration for the Summit: one service behind the page's form and the v3 API."""
