"""Readers' comments: the form, rendering, rate limit, submission and notices."""
