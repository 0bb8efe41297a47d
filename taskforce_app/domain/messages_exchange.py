"""User messages (English msgids; Danish in resources/locale) for exchange packages: export,
preview and merge."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "exchange.no_engagements": N_("Choose at least one engagement to put in the package."),
    "exchange.folder_missing": N_(
        "The folder {folder} does not exist. Choose another place for the package."
    ),
    "exchange.write_failed": N_(
        "The package could not be written to {path} ({detail}). Choose another place."
    ),
    "exchange.file_not_found": N_(
        "The package {path} does not exist (or is a folder). Choose the package file again."
    ),
    "exchange.unreadable": N_("The package {path} cannot be read ({detail})."),
    "exchange.not_a_package": N_(
        "The file {path} is not an exchange package of Task Force Tracker. Nothing was changed."
    ),
    "exchange.damaged": N_(
        "The package {path} is damaged or incomplete ({detail}). Ask the sender to make the "
        "package again and send it anew. Nothing was changed."
    ),
    "exchange.tampered": N_(
        "The package {path} was changed after it was made ({member} does not match its "
        "checksum). It is not imported; ask the sender for a new package. Nothing was "
        "changed."
    ),
    "exchange.too_new": N_(
        "The package {path} was made by a newer version of Task Force Tracker (package "
        "format {version}). Update the program to import it."
    ),
    "exchange.schema_mismatch": N_(
        "The package {path} holds fields this version does not know ({detail}). Update the "
        "program to import it."
    ),
    "exchange.passphrase_required": N_(
        "The package {path} is encrypted. Give the passphrase the sender gave you."
    ),
    "exchange.wrong_passphrase": N_(
        "The passphrase does not fit the package {path} (or the package is damaged). Try "
        "again. Nothing was changed."
    ),
    "exchange.empty_passphrase": N_("The passphrase must not be empty."),
    "exchange.missing_reference": N_(
        "The package refers to {table} {value}, which does not exist in this database. "
        "Update the program (criteria sets and municipalities) and try again. Nothing was "
        "changed."
    ),
    "exchange.integrity": N_(
        "The package could not be merged because it breaks the database's rules ({detail}). "
        "Nothing was changed."
    ),
    "exchange.unresolved_conflicts": N_(
        "{count} fields were changed differently in both databases and must be decided (keep "
        "ours or take theirs): {conflicts}. Nothing was changed."
    ),
    "exchange.bad_decision": N_(
        "Unknown choice '{value}': use 'ours' (keep ours) or 'theirs' (take theirs)."
    ),
}
