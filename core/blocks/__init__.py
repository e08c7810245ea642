"""The shared StreamField block library, split by kind: content, media, links, layout."""
