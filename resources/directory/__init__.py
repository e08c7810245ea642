"""The Health Care Social Media List: organizations, their profiles, submissions and moderation."""
