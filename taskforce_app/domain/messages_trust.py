"""User messages (Danish, English) for files from outside that must not forge history:
returned workbooks checked against the app's own export record, and authenticated packages."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "returned.unknown_export": (
        "Regnearket {file} kommer ikke fra en eksport, som denne database har registreret. Det "
        "indlæses ikke; eksportér forløbets regneark igen og send det til kommunen. Intet er "
        "ændret.",
        "The workbook {file} does not come from an export this database has recorded. It is not "
        "imported; export the engagement's workbook again and send it to the municipality. "
        "Nothing was changed.",
    ),
    "returned.changed_column": (
        "Række {row}: kolonnen '{column}' er ændret i regnearket; ændringen er ignoreret, og "
        "rækken er ikke læst. Kun Status og Note må ændres.",
        "Row {row}: the column '{column}' was changed in the workbook; the change is ignored and "
        "the row was not read. Only Status and Note may be changed.",
    ),
    "exchange.passphrase_too_short": (
        "Adgangsfrasen skal være på mindst {minimum} tegn (den angivne har {length}). Intet er "
        "gemt.",
        "The passphrase must be at least {minimum} characters long (the one given has "
        "{length}). Nothing was saved.",
    ),
    "exchange.unencrypted_refused": (
        "Pakken {path} er ikke krypteret, så det kan ikke kontrolleres, at den ikke er ændret "
        "undervejs. Den indlæses kun, hvis du udtrykkeligt vælger det (--accept-unencrypted); "
        "så skal hver sletning og hver overskrivning godkendes som en konflikt. Intet er ændret.",
        "The package {path} is not encrypted, so it cannot be checked that it was not changed on "
        "the way. It is imported only if you choose so explicitly (--accept-unencrypted); then "
        "every deletion and every overwrite must be approved as a conflict. Nothing was changed.",
    ),
    "exchange.passphrase_mismatch": (
        "De to adgangsfraser er ikke ens. Skriv den samme adgangsfrase i begge felter.",
        "The two passphrases differ. Type the same passphrase in both fields.",
    ),
}
