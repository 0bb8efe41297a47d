"""The Engagements page: the forløb list and its editor (milestones, team, phases, history)."""
