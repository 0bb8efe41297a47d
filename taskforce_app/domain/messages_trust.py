"""User messages (English msgids; Danish in resources/locale) for files from outside that must not
forge history: returned workbooks checked against the app's own export record, and authenticated
packages."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "returned.unknown_export": N_(
        "The workbook {file} does not come from an export this database has recorded. It is "
        "not imported; export the engagement's workbook again and send it to the "
        "municipality. Nothing was changed."
    ),
    "returned.changed_column": N_(
        "Row {row}: the column '{column}' was changed in the workbook; the change is ignored "
        "and the row was not read. Only Status and Note may be changed."
    ),
    "exchange.passphrase_too_short": N_(
        "The passphrase must be at least {minimum} characters long (the one given has "
        "{length}). Nothing was saved."
    ),
    "exchange.unencrypted_refused": N_(
        "The package {path} is not encrypted, so it cannot be checked that it was not "
        "changed on the way. It is imported only if you choose so explicitly "
        "(--accept-unencrypted); then every deletion and every overwrite must be approved as "
        "a conflict. Nothing was changed."
    ),
    "exchange.passphrase_mismatch": N_(
        "The two passphrases differ. Type the same passphrase in both fields."
    ),
}
