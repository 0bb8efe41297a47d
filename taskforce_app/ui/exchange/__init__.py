"""Exchange packages between installations: export, import and conflicts."""
