"""The Overview page: every forløb with its health."""
