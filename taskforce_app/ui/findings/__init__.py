"""The Findings and recommendations page."""
