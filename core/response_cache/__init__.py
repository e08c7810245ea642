"""Whole-response caching and compression for anonymous readers, shared by every worker."""
