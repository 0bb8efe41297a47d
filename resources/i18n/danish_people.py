"""Danish texts of Konsulenter, "Who are you?", who is working, and the Mine frister filter
(see update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("ConsultantsDialog", "Initials"): "Initialer",
    ("ConsultantsDialog", "Name"): "Navn",
    ("ConsultantsDialog", "Organisation"): "Organisation",
    ("ConsultantsDialog", "Role"): "Rolle",
    ("ConsultantsDialog", "Email"): "E-mail",
    ("ConsultantsDialog", "Status"): "Status",
    ("ConsultantsDialog", "Active"): "Aktiv",
    ("ConsultantsDialog", "Deactivated"): "Deaktiveret",
    ("ConsultantsDialog", "Consultants"): "Konsulenter",
    ("ConsultantsDialog", "&New consultant"): "&Ny konsulent",
    ("ConsultantsDialog", "&Save"): "&Gem",
    ("ConsultantsDialog", "&Deactivate"): "&Deaktiver",
    ("ConsultantsDialog", "&Activate"): "&Aktiver",
    ("ConsultantsDialog", "New consultant"): "Ny konsulent",
    ("ConsultantsDialog", "Change %1"): "Ret %1",
    ("ConsultantsDialog", "adding the consultant %1"): "tilføjelse af konsulenten %1",
    ("ConsultantsDialog", "changing the consultant %1"): "ændring af konsulenten %1",
    ("ConsultantsDialog", "activating %1"): "aktivering af %1",
    ("ConsultantsDialog", "deactivating %1"): "deaktivering af %1",
    ("ConsultantForm", "&Name:"): "&Navn:",
    ("ConsultantForm", "&Initials:"): "&Initialer:",
    ("ConsultantForm", "&Organisation:"): "&Organisation:",
    ("ConsultantForm", "&Role:"): "&Rolle:",
    ("ConsultantForm", "&Email:"): "&E-mail:",
    ("WhoAreYouDialog", "Who are you?"): "Hvem er du?",
    (
        "WhoAreYouDialog",
        "Everything you change in this database is recorded in your name: answers, "
        "sign-offs, phase changes and the history. Choose yourself, or add yourself "
        "as a consultant.",
    ): "Alt, hvad du ændrer i denne database, registreres i dit navn: svar, godkendelser, "
    "faseskift og historikken. Vælg dig selv, eller tilføj dig selv som konsulent.",
    (
        "WhoAreYouDialog",
        "This database has no consultants yet. Add yourself, so that what you change "
        "is recorded in your name.",
    ): "Databasen har endnu ingen konsulenter. Tilføj dig selv, så det, du ændrer, "
    "registreres i dit navn.",
    ("WhoAreYouDialog", "— add myself as a new consultant —"): "— tilføj mig som ny konsulent —",
    ("WhoAreYouDialog", "Add yourself"): "Tilføj dig selv",
    ("WhoAreYouDialog", "&I am:"): "&Jeg er:",
    ("WhoAreYouDialog", "adding the consultant %1"): "tilføjelse af konsulenten %1",
    ("MainWindow", "&Consultants…"): "&Konsulenter…",
    ("MainWindow", "S&witch user…"): "S&kift bruger…",
    (
        "MainWindow",
        "Who is working: click to switch user",
    ): "Hvem arbejder: klik for at skifte bruger",
    ("MainWindow", "Working as %1"): "Arbejder som %1",
    ("MainWindow", "Nobody chosen: who are you?"): "Ingen valgt: hvem er du?",
    ("TeamPanel", "Consultants…"): "Konsulenter…",
    (
        "TeamPanel",
        "Add, change or deactivate the consultants to choose from",
    ): "Tilføj, ret eller deaktiver de konsulenter, der kan vælges",
    ("DeadlinesPage", "&Consultant:"): "&Konsulent:",
    (
        "DeadlinesPage",
        "Choose a consultant above to see their deadlines.",
    ): "Vælg en konsulent ovenfor for at se vedkommendes frister.",
    ("DeadlinesPage", "— choose a consultant —"): "— vælg en konsulent —",
    (
        "CaseReviewWidget",
        "Nobody chosen: choose who you are at the bottom of the window",
    ): "Ingen valgt: vælg, hvem du er, nederst i vinduet",
    (
        "CaseReviewWidget",
        "Sign off %1 as %2? The round is then locked.",
    ): "Godkend %1 som %2? Runden låses derefter.",
}
