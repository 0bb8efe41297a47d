"""Widgets, models and helpers several features share."""
