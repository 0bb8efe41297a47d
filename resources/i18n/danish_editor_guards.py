"""Danish for the unsaved-changes question, the editors' names in it, read-only mode and the
Historik tab's texts."""

DANISH: dict[tuple[str, str], str] = {
    ("UnsavedChanges", "Unsaved changes"): "Ikke gemte ændringer",
    (
        "UnsavedChanges",
        "You have changed %1 without saving. Save the changes?",
    ): "Du har ændret %1 uden at gemme. Vil du gemme ændringerne?",
    (
        "UnsavedChanges",
        "Discard drops what you typed; Cancel takes you back to it.",
    ): "Kassér fjerner det, du har skrevet; Annuller fører dig tilbage til det.",
    ("UnsavedChanges", "Save"): "Gem",
    ("UnsavedChanges", "Discard"): "Kassér",
    ("UnsavedChanges", "Cancel"): "Annuller",
    ("ApplicationEditor", "the new application"): "den nye ansøgning",
    ("ApplicationEditor", "the application from %1"): "ansøgningen fra %1",
    ("FindingEditor", "the new finding"): "det nye fund",
    ("FindingEditor", "the finding “%1”"): "fundet “%1”",
    ("RecommendationPanel", "the new recommendation"): "den nye anbefaling",
    ("RecommendationPanel", "the recommendation “%1”"): "anbefalingen “%1”",
}
