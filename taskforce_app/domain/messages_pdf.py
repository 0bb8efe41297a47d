"""User messages (Danish, English) for the PDF report and the import of key figures."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "report.unknown_section": (
        "Ukendt afsnit i rapporten: {value}. Mulige afsnit: {known}.",
        "Unknown report section: {value}. Possible sections: {known}.",
    ),
    "report.sampling.not_drawn": (
        "Der er endnu ikke udtrukket en stikprøve til denne gennemgang.",
        "No sample has been drawn for this review yet.",
    ),
    "report.sampling.random": (
        "Stikprøven er en simpel tilfældig udvælgelse: {size} af sagslistens {population} sager er trukket, så hver sag havde samme chance for at komme med.",
        "The sample is a simple random sample: {size} of the {population} cases in the case list were drawn, each with the same chance of being chosen.",
    ),
    "report.sampling.systematic": (
        "Stikprøven er en systematisk udvælgelse: {size} af sagslistens {population} sager er taget med et fast interval på {interval} sager (sagslistens størrelse delt med stikprøvens) fra et tilfældigt valgt startpunkt.",
        "The sample is a systematic sample: {size} of the {population} cases in the case list were taken at a fixed interval of {interval} cases (the list's size divided by the sample's) from a randomly chosen starting point.",
    ),
    "report.sampling.list_order": (
        "Intervallet er talt ned gennem sagslisten i listens egen rækkefølge (rækkerne i filen fra kommunen).",
        "The interval was counted down the case list in the list's own order (the rows of the municipality's file).",
    ),
    "report.sampling.case_ref_order": (
        "Intervallet er talt gennem sagsnumrene sorteret tegn for tegn (den rækkefølge, udtrækninger fra før listens egen rækkefølge blev brugt, fulgte).",
        "The interval was counted through the case numbers sorted character by character (the order that draws made before the list's own order was used followed).",
    ),
    "report.sampling.stratified": (
        "Stikprøven er en stratificeret udvælgelse efter {field}: sagslistens {population} sager er delt i {strata} grupper (strata), og hver gruppe har fået sin forholdsmæssige andel af de {size} sager, dog mindst {minimum} pr. gruppe; inden for hver gruppe er sagerne trukket tilfældigt.",
        "The sample is stratified by {field_en}: the {population} cases in the case list were split into {strata} groups (strata), and each group received its proportional share of the {size} cases, at least {minimum} per group; within each group the cases were drawn at random.",
    ),
    "report.sampling.allocation": (
        "Sager pr. gruppe i stikprøven: {shares}.",
        "Cases per group in the sample: {shares}.",
    ),
    "report.sampling.whole_list": (
        "Sagslisten rummer {population} sager, højst det ønskede antal på {requested}, så alle sagerne i listen er med i gennemgangen.",
        "The case list holds {population} cases, no more than the {requested} asked for, so every case in the list is in the review.",
    ),
    "report.sampling.seed": (
        "Udtrækningen er bestemt af seed (startværdi) »{seed}« og sagslistens fingeraftryk (SHA-256) {fingerprint}. Med samme sagsliste, metode, størrelse og seed (startværdi) giver udtrækningen de samme sager; bilaget beskriver fremgangsmåden, så den kan gentages med et andet værktøj.",
        "The draw is determined by the seed “{seed}” and the case list's fingerprint (SHA-256) {fingerprint}. The same case list, method, size and seed give the same cases; the appendix describes the procedure so that it can be repeated with another tool.",
    ),
    "report.sampling.replaced": (
        "{count} sag(er) er senere erstattet af den næste sag i samme udtrækning (se bilaget).",
        "{count} case(s) were later replaced by the next case of the same draw (see the appendix).",
    ),
    "report.sampling.drawn": (
        "Stikprøven blev udtrukket {date} kl. {time} af {who}.",
        "The sample was drawn on {date} at {time} by {who}.",
    ),
    "report.sampling.signed_off": (
        "Gennemgangen blev godkendt {date} af {who}.",
        "The review was signed off on {date} by {who}.",
    ),
    "report.sampling.not_signed_off": (
        "Gennemgangen er endnu ikke godkendt.",
        "The review has not been signed off yet.",
    ),
    "statistics.file_not_found": (
        "Filen {name} findes ikke.",
        "The file {name} does not exist.",
    ),
    "statistics.unreadable": (
        "Filen {name} kan ikke læses: {detail}.",
        "The file {name} cannot be read: {detail}.",
    ),
    "statistics.bad_encoding": (
        "Filen {name} er hverken UTF-8 eller Windows-1252. Hent den igen fra Statistikbanken som CSV.",
        "The file {name} is neither UTF-8 nor Windows-1252. Download it again from Statistikbanken as CSV.",
    ),
    "statistics.empty_file": (
        "Filen {name} er tom.",
        "The file {name} is empty.",
    ),
    "statistics.no_header": (
        "Filen {name} har ingen kolonneoverskrifter med område, tid og indhold (fx OMRÅDE;TID;INDHOLD). Hent tabellen fra Statistikbanken som semikolonsepareret CSV med overskrifter.",
        "The file {name} has no column headings with area, time and content (e.g. OMRÅDE;TID;INDHOLD). Download the table from Statistikbanken as semicolon-separated CSV with headings.",
    ),
    "statistics.no_area_column": (
        "Filen {name} har ingen kolonne med område (OMRÅDE). Overskrifterne er: {headers}.",
        "The file {name} has no area column (OMRÅDE). The headings are: {headers}.",
    ),
    "statistics.no_time_column": (
        "Filen {name} har ingen kolonne med tid (TID). Overskrifterne er: {headers}.",
        "The file {name} has no time column (TID). The headings are: {headers}.",
    ),
    "statistics.no_value_column": (
        "Filen {name} har ingen kolonne med tal (INDHOLD). Overskrifterne er: {headers}.",
        "The file {name} has no value column (INDHOLD). The headings are: {headers}.",
    ),
    "statistics.unknown_columns": (
        "Filen {name} har kolonner, som ikke hører til en kendt tabel fra Danmarks Statistik: {columns}. Intet er importeret.",
        "The file {name} has columns that do not belong to a known Statistics Denmark table: {columns}. Nothing was imported.",
    ),
    "statistics.unknown_table": (
        "Det kan ikke ses, hvilken tabel filen {name} er fra. Angiv tabellen (fx UND1 eller ANBAAR7).",
        "It cannot be seen which table the file {name} is from. Give the table (e.g. UND1 or ANBAAR7).",
    ),
    "statistics.unsupported_table": (
        "Tabellen {table} kan ikke importeres. Mulige tabeller: UND1, UND2, UND3, ANBAAR1–ANBAAR12 og FOLK1A (befolkning).",
        "The table {table} cannot be imported. Possible tables: UND1, UND2, UND3, ANBAAR1–ANBAAR12 and FOLK1A (population).",
    ),
    "statistics.no_age_column": (
        "Befolkningstabellen i {name} har ingen kolonne med alder (ALDER), så børn 0–17 år kan ikke tælles.",
        "The population table in {name} has no age column (ALDER), so children aged 0–17 cannot be counted.",
    ),
    "statistics.nothing_valid": (
        "Ingen gyldige rækker i {name}; intet er importeret. Se rapporten.",
        "No valid rows in {name}; nothing was imported. See the report.",
    ),
    "statistics.row_prefix": (
        "Række {row}",
        "Row {row}",
    ),
    "statistics.unknown_area": (
        "kommunen '{value}' findes ikke",
        "the municipality '{value}' does not exist",
    ),
    "statistics.bad_number": (
        "'{value}' er ikke et tal",
        "'{value}' is not a number",
    ),
    "statistics.bad_period": (
        "'{value}' er ikke en tidsangivelse som 2024, 2024K1 eller 2024M01",
        "'{value}' is not a period such as 2024, 2024K1 or 2024M01",
    ),
    "statistics.short_row": (
        "rækken har for få felter ({count} i stedet for {expected})",
        "the row has too few fields ({count} instead of {expected})",
    ),
    "statistics.population_mismatch": (
        "kolonnen '{column}' er ikke den befolkning, tabellen tæller ({population}); den "
        "bruges ikke til tal pr. 1.000",
        "the column '{column}' is not the population the table counts ({population}); it is "
        "not used for figures per 1,000",
    ),
    "statistics.duplicate_row": (
        "samme område, tid og kategori står også i række {first}; rækken er sprunget over",
        "the same area, period and category is also in row {first}; the row was skipped",
    ),
    "key_figures.absolute_numbers": (
        "Der er ikke befolkningstal for børn 0–17 år for alle år, så tallene er vist som antal, ikke pr. 1.000 børn. Importér befolkningstabellen FOLK1A for at få tal pr. 1.000 børn.",
        "There are no population figures for children aged 0–17 for every year, so the figures are shown as counts, not per 1,000 children. Import the population table FOLK1A to get figures per 1,000 children.",
    ),
    "key_figures.no_data": (
        "Der er ingen nøgletal for {municipality} i tabellen {table}.",
        "There are no key figures for {municipality} in the table {table}.",
    ),
}
