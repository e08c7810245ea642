"""Publish webhooks: staff-registered endpoints told of page events, signed, retried."""
