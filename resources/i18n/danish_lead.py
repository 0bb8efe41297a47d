"""Danish for the strings of the application shell (app start-up, main window status)."""

DANISH: dict[tuple[str, str], str] = {
    ("App", "The database is in use"): "Databasen er i brug",
    ("App", "Open it read-only?"): "Vil du åbne den skrivebeskyttet?",
    (
        "App",
        "Restore the latest good backup (%1)?",
    ): "Vil du gendanne den seneste gode sikkerhedskopi (%1)?",
    ("MainWindow", "%1 (read-only: open elsewhere)"): "%1 (skrivebeskyttet: åben et andet sted)",
    ("MainWindow", "&Back up now"): "&Sikkerhedskopiér nu",
    ("MainWindow", "&Restore a backup…"): "&Gendan en sikkerhedskopi…",
    ("MainWindow", "Backup failed"): "Sikkerhedskopien mislykkedes",
    ("MainWindow", "Backup made"): "Sikkerhedskopi lavet",
    ("MainWindow", "The database was backed up as %1"): "Databasen er sikkerhedskopieret som %1",
    ("MainWindow", "Restore a backup"): "Gendan en sikkerhedskopi",
    (
        "MainWindow",
        "Backups (*.sqlite);;All files (*)",
    ): "Sikkerhedskopier (*.sqlite);;Alle filer (*)",
    ("MainWindow", "Cannot restore"): "Kan ikke gendanne",
    (
        "MainWindow",
        "Only the embedded database, opened with write access, can be restored.",
    ): "Kun den indbyggede database, åbnet med skriveadgang, kan gendannes.",
    ("MainWindow", "The backup is damaged: %1"): "Sikkerhedskopien er beskadiget: %1",
    ("MainWindow", "%1: now %2, in the backup %3"): "%1: nu %2, i kopien %3",
    ("MainWindow", "The backup holds the same records."): "Kopien indeholder de samme poster.",
    (
        "MainWindow",
        "Restore %1? What is in the database now is saved as a backup first.\n\n%2",
    ): "Gendan %1? Det, der er i databasen nu, gemmes først som en sikkerhedskopi.\n\n%2",
    ("MainWindow", "Backup restored"): "Sikkerhedskopien er gendannet",
    (
        "MainWindow",
        "The previous database was saved as %1",
    ): "Den tidligere database er gemt som %1",
    ("MainWindow", "E&xport exchange package…"): "E&ksportér udvekslingspakke…",
    ("MainWindow", "&Import exchange package…"): "&Importér udvekslingspakke…",
}
