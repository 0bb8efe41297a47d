"""Danish texts of the case lists: the import wizard's remembered mapping and the read-only
case-list browser (merged by update_translations.py)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    (
        "MappingPage",
        "Remembered from the last import for %1: the file has the same columns.",
    ): "Husket fra sidste import for %1: filen har de samme kolonner.",
    (
        "MappingPage",
        "The columns differ from the last import for %1: the file's own known headings are "
        "used, and the remembered mapping only fills %2.",
    ): "Kolonnerne afviger fra sidste import for %1: filens egne kendte overskrifter bruges, "
    "og den huskede kobling udfylder kun %2.",
    (
        "MappingPage",
        "The columns differ from the last import for %1: the file's own known headings are "
        "used instead of the remembered mapping.",
    ): "Kolonnerne afviger fra sidste import for %1: filens egne kendte overskrifter bruges "
    "i stedet for den huskede kobling.",
}
