"""Danish texts of the exchange dialogs: export, import, conflicts (see update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("ExchangeLabels", "Engagement"): "Forløb",
    ("ExchangeLabels", "Phase period"): "Faseperiode",
    ("ExchangeLabels", "Municipal contact"): "Kommunal kontaktperson",
    ("ExchangeLabels", "Team member"): "Teammedlem",
    ("ExchangeLabels", "Consultant"): "Konsulent",
    ("ExchangeLabels", "Application round"): "Ansøgningsrunde",
    ("ExchangeLabels", "Application"): "Ansøgning",
    ("ExchangeLabels", "Milestone"): "Milepæl",
    ("ExchangeLabels", "Case list import"): "Indlæst sagsliste",
    ("ExchangeLabels", "Case"): "Sag",
    ("ExchangeLabels", "Review round"): "Gennemgangsrunde",
    ("ExchangeLabels", "Sampled case"): "Udtrukket sag",
    ("ExchangeLabels", "Assessment"): "Vurdering",
    ("ExchangeLabels", "Finding"): "Fund",
    ("ExchangeLabels", "Finding criterion"): "Fundets kriterium",
    ("ExchangeLabels", "Finding evidence"): "Fundets dokumentation",
    ("ExchangeLabels", "Recommendation"): "Anbefaling",
    ("ExchangeLabels", "Recommendation update"): "Opfølgning på anbefaling",
    ("ExchangeLabels", "Review note"): "Gennemgangsnote",
    ("ExchangeLabels", "Change history"): "Ændringshistorik",
    ("ExchangeLabels", "Title"): "Titel",
    ("ExchangeLabels", "Name"): "Navn",
    ("ExchangeLabels", "Description"): "Beskrivelse",
    ("ExchangeLabels", "Notes"): "Noter",
    ("ExchangeLabels", "Note"): "Note",
    ("ExchangeLabels", "Text"): "Tekst",
    ("ExchangeLabels", "Phase"): "Fase",
    ("ExchangeLabels", "Status"): "Status",
    ("ExchangeLabels", "Start date"): "Startdato",
    ("ExchangeLabels", "Planned end"): "Planlagt slut",
    ("ExchangeLabels", "Actual end"): "Faktisk slut",
    ("ExchangeLabels", "Planned date"): "Planlagt dato",
    ("ExchangeLabels", "Actual date"): "Faktisk dato",
    ("ExchangeLabels", "Due date"): "Frist",
    ("ExchangeLabels", "Email"): "E-mail",
    ("ExchangeLabels", "Phone"): "Telefon",
    ("ExchangeLabels", "Initials"): "Initialer",
    ("ExchangeLabels", "Role"): "Rolle",
    ("ExchangeLabels", "Owner"): "Ansvarlig",
    ("ExchangeLabels", "Answer"): "Svar",
    ("ExchangeLabels", "Reason"): "Begrundelse",
    ("ExchangeLabels", "Severity"): "Alvor",
    ("ExchangeLabels", "Theme"): "Tema",
    ("ExchangeLabels", "Themes"): "Temaer",
    ("ExchangeLabels", "Decision"): "Afgørelse",
    ("ExchangeLabels", "Municipality"): "Kommune",
    ("ExchangeLabels", "Deleted"): "Slettet",
    ("ExchangeLabels", "(not deleted)"): "(ikke slettet)",
    ("ExchangeLabels", "Deleted %1"): "Slettet %1",
    ("ExchangeLabels", "Yes"): "Ja",
    ("ExchangeLabels", "No"): "Nej",
    ("ConflictTableModel", "Keep ours"): "Behold vores",
    ("ConflictTableModel", "Take theirs"): "Tag deres",
    ("ConflictTableModel", "— choose —"): "— vælg —",
    ("ConflictTableModel", "Record"): "Post",
    ("ConflictTableModel", "Field"): "Felt",
    ("ConflictTableModel", "Our value"): "Vores værdi",
    ("ConflictTableModel", "Their value"): "Deres værdi",
    ("ConflictTableModel", "Choice"): "Valg",
    ("PackageCountsModel", "Table"): "Tabel",
    ("PackageCountsModel", "New"): "Ny",
    ("PackageCountsModel", "Changed"): "Ændret",
    ("PackageCountsModel", "Deleted"): "Slettet",
    ("PackageCountsModel", "Conflicts"): "Konflikter",
    ("PackageCountsModel", "Total"): "I alt",
    (
        "PackageCountsModel",
        "Records with at least one field changed differently on both sides",
    ): "Poster med mindst ét felt, der er ændret forskelligt på begge sider",
    ("RecordCountsModel", "Table"): "Tabel",
    ("RecordCountsModel", "Records"): "Poster",
    ("RecordCountsModel", "Total"): "I alt",
    ("PassphraseDialog", "Passphrase"): "Adgangsfrase",
    ("PassphraseDialog", "&Passphrase:"): "&Adgangsfrase:",
    (
        "PassphraseDialog",
        "The package %1 is encrypted. Type the passphrase the sender gave you.",
    ): "Pakken %1 er krypteret. Skriv den adgangsfrase, afsenderen har givet dig.",
    ("ExportPackageDialog", "Export exchange package"): "Eksportér udvekslingspakke",
    (
        "ExportPackageDialog",
        "Choose the engagements to send to a colleague. The package holds each engagement, "
        "everything recorded in it and its change history; your colleague merges it into their "
        "own database.",
    ): "Vælg de forløb, du vil sende til en kollega. Pakken indeholder hvert forløb, alt hvad "
    "der er registreret i det, og dets ændringshistorik; din kollega fletter den ind i sin "
    "egen database.",
    ("ExportPackageDialog", "Select &all"): "Vælg &alle",
    ("ExportPackageDialog", "Select &none"): "&Fravælg alle",
    ("ExportPackageDialog", "Engagements"): "Forløb",
    (
        "ExportPackageDialog",
        "&Encrypt the package with a passphrase",
    ): "&Kryptér pakken med en adgangsfrase",
    (
        "ExportPackageDialog",
        "The passphrase is never stored. The recipient needs it to open the package: give it to "
        "them another way than the package itself (for example by phone).",
    ): "Adgangsfrasen gemmes aldrig. Modtageren skal bruge den for at åbne pakken: giv den "
    "videre på en anden måde end selve pakken (for eksempel i telefonen).",
    ("ExportPackageDialog", "Passphrase"): "Adgangsfrase",
    ("ExportPackageDialog", "&Passphrase:"): "A&dgangsfrase:",
    ("ExportPackageDialog", "&Repeat:"): "&Gentag:",
    ("ExportPackageDialog", "&Export…"): "&Eksportér…",
    ("ExportPackageDialog", "Choose at least one engagement."): "Vælg mindst ét forløb.",
    (
        "ExportPackageDialog",
        "Type a passphrase twice, or untick encryption.",
    ): "Skriv en adgangsfrase to gange, eller fravælg kryptering.",
    (
        "ExportPackageDialog",
        "The two passphrases are not the same.",
    ): "De to adgangsfraser er ikke ens.",
    ("ExportPackageDialog", "%1 municipalities"): "%1 kommuner",
    ("ExportPackageDialog", "Exchange packages (*.tfpkg)"): "Udvekslingspakker (*.tfpkg)",
    (
        "ExportPackageDialog",
        "The package was saved as %1 (%2, encrypted). Send it to your colleague, and give them "
        "the passphrase another way.",
    ): "Pakken er gemt som %1 (%2, krypteret). Send den til din kollega, og giv vedkommende "
    "adgangsfrasen på en anden måde.",
    (
        "ExportPackageDialog",
        "The package was saved as %1 (%2, not encrypted). Send it to your colleague.",
    ): "Pakken er gemt som %1 (%2, ikke krypteret). Send den til din kollega.",
    ("ImportPackageDialog", "Import exchange package"): "Importér udvekslingspakke",
    ("ImportPackageDialog", "No package chosen."): "Ingen pakke valgt.",
    ("ImportPackageDialog", "&Choose package…"): "&Vælg pakke…",
    ("ImportPackageDialog", "Package:"): "Pakke:",
    ("ImportPackageDialog", "Package"): "Pakke",
    ("ImportPackageDialog", "From:"): "Fra:",
    ("ImportPackageDialog", "Made:"): "Lavet:",
    ("ImportPackageDialog", "By:"): "Af:",
    ("ImportPackageDialog", "Engagements:"): "Forløb:",
    ("ImportPackageDialog", "File:"): "Fil:",
    ("ImportPackageDialog", "What the merge does"): "Hvad fletningen gør",
    (
        "ImportPackageDialog",
        "These fields were changed differently in both databases since you last exchanged. "
        "Choose for each one which value to keep (space switches; a double click on a value "
        "chooses it).",
    ): "Disse felter er ændret forskelligt i begge databaser, siden I sidst udvekslede. Vælg "
    "for hvert felt, hvilken værdi der skal gælde (mellemrum skifter; dobbeltklik på en værdi "
    "vælger den).",
    ("ImportPackageDialog", "All: &keep ours"): "Alle: &behold vores",
    ("ImportPackageDialog", "All: &take theirs"): "Alle: &tag deres",
    ("ImportPackageDialog", "Conflicts"): "Konflikter",
    (
        "ImportPackageDialog",
        "A merge cannot be undone: Undo does not reach it, and the undo history is cleared when "
        "it is done.",
    ): "En fletning kan ikke fortrydes: Fortryd når ikke tilbage til den, og "
    "fortrydelseshistorikken ryddes, når den er gennemført.",
    (
        "ImportPackageDialog",
        "&Show the result without merging",
    ): "Vis &resultat uden at flette",
    ("ImportPackageDialog", "&Merge"): "&Flet",
    (
        "ImportPackageDialog",
        "Exchange packages (*.tfpkg);;All files (*)",
    ): "Udvekslingspakker (*.tfpkg);;Alle filer (*)",
    ("ImportPackageDialog", "Reading the package…"): "Læser pakken…",
    ("ImportPackageDialog", "Database id %1"): "Database-id %1",
    ("ImportPackageDialog", "encrypted"): "krypteret",
    ("ImportPackageDialog", "not encrypted"): "ikke krypteret",
    (
        "ImportPackageDialog",
        "The package holds nothing new for this database: it has been merged before, or both "
        "databases already agree.",
    ): "Pakken indeholder intet nyt for denne database: den er flettet ind før, eller de to "
    "databaser er allerede enige.",
    ("ImportPackageDialog", "Conflicts (%1)"): "Konflikter (%1)",
    (
        "ImportPackageDialog",
        "Decide every conflict (keep ours or take theirs) before merging: %1 of %2 left.",
    ): "Afgør alle konflikter (behold vores eller tag deres), før du fletter: %1 af %2 mangler.",
    (
        "ImportPackageDialog",
        "Choose a package to see what merging it does.",
    ): "Vælg en pakke for at se, hvad en fletning af den gør.",
    ("ImportPackageDialog", "Merge exchange package"): "Flet udvekslingspakke",
    (
        "ImportPackageDialog",
        "Merge the package into this database now? A merge cannot be undone with Undo.",
    ): "Flet pakken ind i denne database nu? En fletning kan ikke fortrydes med Fortryd.",
    (
        "ImportPackageDialog",
        "Without merging: the merge would add %1 records, change %2 and delete %3, and decide "
        "%4 conflicts as chosen. Nothing was changed.",
    ): "Uden at flette: fletningen ville tilføje %1 poster, ændre %2 og slette %3 og afgøre "
    "%4 konflikter som valgt. Intet er ændret.",
    (
        "ImportPackageDialog",
        "Merged: %1 records added, %2 changed, %3 deleted, %4 conflicts decided as chosen.",
    ): "Flettet: %1 poster tilføjet, %2 ændret, %3 slettet, %4 konflikter afgjort som valgt.",
}
