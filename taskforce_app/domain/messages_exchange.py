"""User messages (Danish, English) for exchange packages: export, preview and merge."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "exchange.no_engagements": (
        "Vælg mindst ét forløb, der skal med i pakken.",
        "Choose at least one engagement to put in the package.",
    ),
    "exchange.folder_missing": (
        "Mappen {folder} findes ikke. Vælg en anden placering til pakken.",
        "The folder {folder} does not exist. Choose another place for the package.",
    ),
    "exchange.write_failed": (
        "Pakken kunne ikke skrives til {path} ({detail}). Vælg en anden placering.",
        "The package could not be written to {path} ({detail}). Choose another place.",
    ),
    "exchange.file_not_found": (
        "Pakken {path} findes ikke (eller er en mappe). Vælg pakkefilen igen.",
        "The package {path} does not exist (or is a folder). Choose the package file again.",
    ),
    "exchange.unreadable": (
        "Pakken {path} kan ikke læses ({detail}).",
        "The package {path} cannot be read ({detail}).",
    ),
    "exchange.not_a_package": (
        "Filen {path} er ikke en udvekslingspakke fra Task Force Tracker. Intet er ændret.",
        "The file {path} is not an exchange package of Task Force Tracker. Nothing was changed.",
    ),
    "exchange.damaged": (
        "Pakken {path} er beskadiget eller ufuldstændig ({detail}). Bed afsenderen om at lave "
        "pakken igen og sende den på ny. Intet er ændret.",
        "The package {path} is damaged or incomplete ({detail}). Ask the sender to make the "
        "package again and send it anew. Nothing was changed.",
    ),
    "exchange.tampered": (
        "Pakken {path} er blevet ændret efter den blev lavet ({member} passer ikke med sin "
        "kontrolsum). Den indlæses ikke; bed afsenderen om en ny pakke. Intet er ændret.",
        "The package {path} was changed after it was made ({member} does not match its "
        "checksum). It is not imported; ask the sender for a new package. Nothing was changed.",
    ),
    "exchange.too_new": (
        "Pakken {path} er lavet af en nyere version af Task Force Tracker (pakkeformat "
        "{version}). Opdatér programmet for at indlæse den.",
        "The package {path} was made by a newer version of Task Force Tracker (package format "
        "{version}). Update the program to import it.",
    ),
    "exchange.schema_mismatch": (
        "Pakken {path} indeholder felter, denne version ikke kender ({detail}). Opdatér "
        "programmet for at indlæse den.",
        "The package {path} holds fields this version does not know ({detail}). Update the "
        "program to import it.",
    ),
    "exchange.passphrase_required": (
        "Pakken {path} er krypteret. Angiv adgangsfrasen, som afsenderen har givet dig.",
        "The package {path} is encrypted. Give the passphrase the sender gave you.",
    ),
    "exchange.wrong_passphrase": (
        "Adgangsfrasen passer ikke til pakken {path} (eller pakken er beskadiget). Prøv igen. "
        "Intet er ændret.",
        "The passphrase does not fit the package {path} (or the package is damaged). Try again. "
        "Nothing was changed.",
    ),
    "exchange.empty_passphrase": (
        "Adgangsfrasen må ikke være tom.",
        "The passphrase must not be empty.",
    ),
    "exchange.missing_reference": (
        "Pakken henviser til {table} {value}, som ikke findes i denne database. Opdatér "
        "programmet (kriteriesæt og kommuner) og prøv igen. Intet er ændret.",
        "The package refers to {table} {value}, which does not exist in this database. Update "
        "the program (criteria sets and municipalities) and try again. Nothing was changed.",
    ),
    "exchange.integrity": (
        "Pakken kunne ikke flettes ind, fordi den strider mod databasens regler ({detail}). "
        "Intet er ændret.",
        "The package could not be merged because it breaks the database's rules ({detail}). "
        "Nothing was changed.",
    ),
    "exchange.unresolved_conflicts": (
        "{count} felter er ændret forskelligt i begge databaser og skal afgøres (behold vores "
        "eller tag deres): {conflicts}. Intet er ændret.",
        "{count} fields were changed differently in both databases and must be decided (keep "
        "ours or take theirs): {conflicts}. Nothing was changed.",
    ),
    "exchange.bad_decision": (
        "Ukendt valg '{value}': brug 'ours' (behold vores) eller 'theirs' (tag deres).",
        "Unknown choice '{value}': use 'ours' (keep ours) or 'theirs' (take theirs).",
    ),
}
