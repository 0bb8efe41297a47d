"""Read models in -> xlsx / pdf out; deterministic, no database, no Qt."""
