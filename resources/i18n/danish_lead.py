"""Danish for the strings of the application shell (app start-up, main window status)."""

DANISH: dict[tuple[str, str], str] = {
    ("App", "The database is in use"): "Databasen er i brug",
    ("App", "Open it read-only?"): "Vil du åbne den skrivebeskyttet?",
    ("MainWindow", "%1 (read-only: open elsewhere)"): "%1 (skrivebeskyttet: åben et andet sted)",
}
