"""User messages (English msgids; Danish in resources/locale) for files refused because they break
a limit (domain/limits)."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "limits.file_too_large": N_(
        "{name} is too large ({size}); at most {limit} can be imported. Nothing was changed."
    ),
    "limits.unpacked_too_large": N_(
        "{name} takes {size} unpacked; at most {limit} is allowed. Nothing was changed."
    ),
    "limits.member_too_large": N_(
        "{name}: the part {member} takes {size} unpacked; at most {limit} per part is "
        "allowed. Nothing was changed."
    ),
    "limits.compression_ratio": N_(
        "{name}: the part {member} is packed {ratio} times; at most {limit} times is allowed "
        "(the file may be a zip bomb). Nothing was changed."
    ),
    "limits.too_many_members": N_(
        "{name} holds {count} parts; at most {limit} are allowed. Nothing was changed."
    ),
    "limits.cell_too_large": N_(
        "{name}: a cell has more than {limit} characters, the most allowed. Nothing was changed."
    ),
    "limits.too_many_rows": N_(
        "{name} has more than {limit} rows, the most allowed. Split the file. Nothing was changed."
    ),
    "limits.too_many_columns": N_(
        "{name} has {count} columns in row {row}; at most {limit} are allowed. Nothing was changed."
    ),
    "limits.too_many_records": N_(
        "{name}: the table {table} has more than {limit} records, the most allowed. Nothing "
        "was changed."
    ),
    "limits.record_too_large": N_(
        "{name}: a record in the table {table} takes more than {limit}, the most allowed. "
        "Nothing was changed."
    ),
    "exchange.value.missing": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: the field is missing or empty. Nothing was changed."
    ),
    "exchange.value.too_long": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: the text has {length} characters; at most {limit} are allowed. "
        "Nothing was changed."
    ),
    "exchange.value.nul": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: the text holds a NUL character. Nothing was changed."
    ),
    "exchange.value.not_finite": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: '{value}' is not a finite number. Nothing was changed."
    ),
    "exchange.value.out_of_range": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: {value} is outside the allowed range ({low} to {high}). Nothing was "
        "changed."
    ),
    "exchange.value.wrong_type": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: '{value}' is not {expected}. Nothing was changed."
    ),
    "exchange.value.bad_enum": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: '{value}' is not a known value (known: {allowed}). Nothing was "
        "changed."
    ),
    "exchange.value.bad_uuid": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: '{value}' is not a valid id. Nothing was changed."
    ),
    "exchange.value.bad_date": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: '{value}' is not a valid date (yyyy-mm-dd). Nothing was changed."
    ),
    "exchange.value.bad_datetime": N_(
        "The package {path} has an invalid value in the table {table}, record no. {row}, "
        "field {column}: '{value}' is not a valid time. Nothing was changed."
    ),
    "exchange.record.not_an_object": N_(
        "The package {path} has an invalid record in the table {table}, record no. {row}: it "
        "is not a JSON object. Nothing was changed."
    ),
}
