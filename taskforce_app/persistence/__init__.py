"""SQLAlchemy 2 typed models, the engine and its pragmas, the migration runner, the unit of work."""
