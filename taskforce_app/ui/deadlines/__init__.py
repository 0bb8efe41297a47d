"""The My deadlines page."""
