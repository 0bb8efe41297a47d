"""User messages (English msgids; Danish in resources/locale) for the PDF report and the import of
key figures."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "report.unknown_section": N_("Unknown report section: {value}. Possible sections: {known}."),
    "report.sampling.not_drawn": N_("No sample has been drawn for this review yet."),
    "report.sampling.random": N_(
        "The sample is a simple random sample: {size} of the {population} cases in the case "
        "list were drawn, each with the same chance of being chosen."
    ),
    "report.sampling.systematic": N_(
        "The sample is a systematic sample: {size} of the {population} cases in the case "
        "list were taken at a fixed interval of {interval} cases (the list's size divided by "
        "the sample's) from a randomly chosen starting point."
    ),
    "report.sampling.list_order": N_(
        "The interval was counted down the case list in the list's own order (the rows of "
        "the municipality's file)."
    ),
    "report.sampling.case_ref_order": N_(
        "The interval was counted through the case numbers sorted character by character "
        "(the order that draws made before the list's own order was used followed)."
    ),
    "report.sampling.stratified": N_(
        "The sample is stratified by {field}: the {population} cases in the case list "
        "were split into {strata} groups (strata), and each group received its proportional "
        "share of the {size} cases, at least {minimum} per group; within each group the "
        "cases were drawn at random."
    ),
    "report.sampling.allocation": N_("Cases per group in the sample: {shares}."),
    "report.sampling.whole_list": N_(
        "The case list holds {population} cases, no more than the {requested} asked for, so "
        "every case in the list is in the review."
    ),
    "report.sampling.seed": N_(
        "The draw is determined by the seed “{seed}” and the case list's fingerprint "
        "(SHA-256) {fingerprint}. The same case list, method, size and seed give the same "
        "cases; the appendix describes the procedure so that it can be repeated with another "
        "tool."
    ),
    "report.sampling.replaced": N_(
        "{count} case(s) were later replaced by the next case of the same draw (see the appendix)."
    ),
    "report.sampling.drawn": N_("The sample was drawn on {date} at {time} by {who}."),
    "report.sampling.signed_off": N_("The review was signed off on {date} by {who}."),
    "report.sampling.not_signed_off": N_("The review has not been signed off yet."),
    "statistics.file_not_found": N_("The file {name} does not exist."),
    "statistics.unreadable": N_("The file {name} cannot be read: {detail}."),
    "statistics.bad_encoding": N_(
        "The file {name} is neither UTF-8 nor Windows-1252. Download it again from "
        "Statistikbanken as CSV."
    ),
    "statistics.empty_file": N_("The file {name} is empty."),
    "statistics.no_header": N_(
        "The file {name} has no column headings with area, time and content (e.g. "
        "OMRÅDE;TID;INDHOLD). Download the table from Statistikbanken as semicolon-separated "
        "CSV with headings."
    ),
    "statistics.no_area_column": N_(
        "The file {name} has no area column (OMRÅDE). The headings are: {headers}."
    ),
    "statistics.no_time_column": N_(
        "The file {name} has no time column (TID). The headings are: {headers}."
    ),
    "statistics.no_value_column": N_(
        "The file {name} has no value column (INDHOLD). The headings are: {headers}."
    ),
    "statistics.unknown_columns": N_(
        "The file {name} has columns that do not belong to a known Statistics Denmark table: "
        "{columns}. Nothing was imported."
    ),
    "statistics.unknown_table": N_(
        "It cannot be seen which table the file {name} is from. Give the table (e.g. UND1 or "
        "ANBAAR7)."
    ),
    "statistics.unsupported_table": N_(
        "The table {table} cannot be imported. Possible tables: UND1, UND2, UND3, "
        "ANBAAR1–ANBAAR12 and FOLK1A (population)."
    ),
    "statistics.no_age_column": N_(
        "The population table in {name} has no age column (ALDER), so children aged 0–17 "
        "cannot be counted."
    ),
    "statistics.nothing_valid": N_(
        "No valid rows in {name}; nothing was imported. See the report."
    ),
    "statistics.row_prefix": N_("Row {row}"),
    "statistics.unknown_area": N_("the municipality '{value}' does not exist"),
    "statistics.bad_number": N_("'{value}' is not a number"),
    "statistics.bad_period": N_("'{value}' is not a period such as 2024, 2024K1 or 2024M01"),
    "statistics.short_row": N_("the row has too few fields ({count} instead of {expected})"),
    "statistics.population_mismatch": N_(
        "the column '{column}' is not the population the table counts ({population}); it is "
        "not used for figures per 1,000"
    ),
    "statistics.duplicate_row": N_(
        "the same area, period and category is also in row {first}; the row was skipped"
    ),
    "key_figures.absolute_numbers": N_(
        "There are no population figures for children aged 0–17 for every year, so the "
        "figures are shown as counts, not per 1,000 children. Import the population table "
        "FOLK1A to get figures per 1,000 children."
    ),
    "key_figures.no_data": N_("There are no key figures for {municipality} in the table {table}."),
}
