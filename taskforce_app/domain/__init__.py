"""Pure rules and values: enums, the CPR guard, read models. No I/O, no SQLAlchemy, no Qt."""
