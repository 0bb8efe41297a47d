"""User messages (Danish, English) for files refused because they break a limit (domain/limits)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "limits.file_too_large": (
        "{name} er for stor ({size}); højst {limit} kan indlæses. Intet er ændret.",
        "{name} is too large ({size}); at most {limit} can be imported. Nothing was changed.",
    ),
    "limits.unpacked_too_large": (
        "{name} fylder {size} udpakket; højst {limit} er tilladt. Intet er ændret.",
        "{name} takes {size} unpacked; at most {limit} is allowed. Nothing was changed.",
    ),
    "limits.member_too_large": (
        "{name}: delen {member} fylder {size} udpakket; højst {limit} pr. del er tilladt. "
        "Intet er ændret.",
        "{name}: the part {member} takes {size} unpacked; at most {limit} per part is allowed. "
        "Nothing was changed.",
    ),
    "limits.compression_ratio": (
        "{name}: delen {member} er pakket {ratio} gange sammen; højst {limit} gange er tilladt "
        "(filen kan være en zip-bombe). Intet er ændret.",
        "{name}: the part {member} is packed {ratio} times; at most {limit} times is allowed "
        "(the file may be a zip bomb). Nothing was changed.",
    ),
    "limits.too_many_members": (
        "{name} indeholder {count} dele; højst {limit} er tilladt. Intet er ændret.",
        "{name} holds {count} parts; at most {limit} are allowed. Nothing was changed.",
    ),
    "limits.cell_too_large": (
        "{name}: en celle har mere end {limit} tegn, som er det højeste tilladte. Intet er ændret.",
        "{name}: a cell has more than {limit} characters, the most allowed. Nothing was changed.",
    ),
    "limits.too_many_rows": (
        "{name} har mere end {limit} rækker, som er det højeste tilladte. Del filen op. "
        "Intet er ændret.",
        "{name} has more than {limit} rows, the most allowed. Split the file. Nothing was changed.",
    ),
    "limits.too_many_columns": (
        "{name} har {count} kolonner i række {row}; højst {limit} er tilladt. Intet er ændret.",
        "{name} has {count} columns in row {row}; at most {limit} are allowed. Nothing was "
        "changed.",
    ),
    "limits.too_many_records": (
        "{name}: tabellen {table} har mere end {limit} poster, som er det højeste tilladte. "
        "Intet er ændret.",
        "{name}: the table {table} has more than {limit} records, the most allowed. Nothing was "
        "changed.",
    ),
    "limits.record_too_large": (
        "{name}: en post i tabellen {table} fylder mere end {limit}, som er det højeste "
        "tilladte. Intet er ændret.",
        "{name}: a record in the table {table} takes more than {limit}, the most allowed. "
        "Nothing was changed.",
    ),
}

_ROW_DA = "Pakken {path} har en ugyldig værdi i tabellen {table}, post nr. {row}, feltet {column}: "
_ROW_EN = "The package {path} has an invalid value in the table {table}, record no. {row}, field {column}: "
_NOTHING_DA = " Intet er ændret."
_NOTHING_EN = " Nothing was changed."
_VALUE_PROBLEMS: dict[str, tuple[str, str]] = {
    "missing": ("feltet mangler eller er tomt.", "the field is missing or empty."),
    "too_long": (
        "teksten har {length} tegn; højst {limit} er tilladt.",
        "the text has {length} characters; at most {limit} are allowed.",
    ),
    "nul": ("teksten indeholder et NUL-tegn.", "the text holds a NUL character."),
    "not_finite": (
        "'{value}' er ikke et endeligt tal.",
        "'{value}' is not a finite number.",
    ),
    "out_of_range": (
        "{value} ligger uden for det tilladte ({low} til {high}).",
        "{value} is outside the allowed range ({low} to {high}).",
    ),
    "wrong_type": ("'{value}' er ikke {expected}.", "'{value}' is not {expected}."),
    "bad_enum": (
        "'{value}' er ikke en kendt værdi (kendte: {allowed}).",
        "'{value}' is not a known value (known: {allowed}).",
    ),
    "bad_uuid": ("'{value}' er ikke et gyldigt id.", "'{value}' is not a valid id."),
    "bad_date": (
        "'{value}' er ikke en gyldig dato (åååå-mm-dd).",
        "'{value}' is not a valid date (yyyy-mm-dd).",
    ),
    "bad_datetime": (
        "'{value}' er ikke et gyldigt tidspunkt.",
        "'{value}' is not a valid time.",
    ),
}
"""What is wrong with one value of a package record (`exchange.value.<problem>`)."""

MESSAGES.update(
    {
        f"exchange.value.{problem}": (_ROW_DA + da + _NOTHING_DA, _ROW_EN + en + _NOTHING_EN)
        for problem, (da, en) in _VALUE_PROBLEMS.items()
    }
)
MESSAGES["exchange.record.not_an_object"] = (
    "Pakken {path} har en ugyldig post i tabellen {table}, post nr. {row}: den er ikke et "
    "JSON-objekt. Intet er ændret.",
    "The package {path} has an invalid record in the table {table}, record no. {row}: it is not "
    "a JSON object. Nothing was changed.",
)
