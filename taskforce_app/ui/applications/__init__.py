"""The Applications page: applications for a forløb and their decisions."""
