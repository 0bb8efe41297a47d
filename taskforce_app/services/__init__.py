"""Use cases: one call per user intention, each in one transaction, returning read models."""
