"""Refresh taskforce_da.ts from the UI sources and fill in Danish texts known here.

Run: .venv/bin/python resources/i18n/update_translations.py
It runs pyside6-lupdate over taskforce_app/ui (keeping every existing translation, dropping
obsolete ones), then fills unfinished messages from DANISH below and from the DANISH table of
every danish_*.py beside this script (one per UI area). It exits 1 and lists what is
still missing, so a new tr() string cannot slip through untranslated. Translators may also edit
the .ts with Qt Linguist; translations already in the file always win over this table.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "taskforce_da.ts"

DANISH: dict[tuple[str, str], str] = {
    ("App", "Unexpected error"): "Uventet fejl",
    (
        "App",
        "Task Force Tracker ran into an unexpected error. What you saved is safe; the last "
        "action may not have been completed. Details are in the log file:\n%1",
    ): "Task Force Tracker stødte på en uventet fejl. Det, du har gemt, er i sikkerhed; den "
    "seneste handling er måske ikke gennemført. Detaljer står i logfilen:\n%1",
    ("App", "Cannot open the database"): "Databasen kan ikke åbnes",
    ("DateField", "dd-mm-yyyy"): "dd-mm-åååå",
    (
        "EngagementEditor",
        "Never write CPR numbers or children's names here.",
    ): "Skriv aldrig CPR-numre eller børns navne her.",
    ("EngagementEditor", "&Title:"): "&Titel:",
    ("EngagementEditor", "&Municipality:"): "&Kommune:",
    ("EngagementEditor", "&Phase:"): "F&ase:",
    ("EngagementEditor", "Start &date:"): "Start&dato:",
    ("EngagementEditor", "Pl&anned end:"): "Planlagt s&lut:",
    ("EngagementEditor", "Act&ual end:"): "Faktisk sl&ut:",
    ("EngagementEditor", "De&scription:"): "&Beskrivelse:",
    ("EngagementEditor", "N&otes:"): "N&oter:",
    ("EngagementEditor", "Delete…"): "Slet…",
    ("EngagementEditor", "Discard changes"): "Fortryd ændringer",
    ("EngagementEditor", "Save"): "Gem",
    ("EngagementEditor", "Unsaved changes"): "Ikke gemte ændringer",
    (
        "EngagementEditor",
        "The engagement you are editing has unsaved changes. Discard them?",
    ): "Forløbet, du redigerer, har ændringer, der ikke er gemt. Vil du kassere dem?",
    (
        "EngagementEditor",
        "Select an engagement in the list, or create a new one.",
    ): "Vælg et forløb på listen, eller opret et nyt.",
    ("EngagementEditor", "New engagement"): "Nyt forløb",
    (
        "EngagementEditor",
        "dd-mm-yyyy (empty: 24 months after the start)",
    ): "dd-mm-åååå (tom: 24 måneder efter start)",
    (
        "EngagementEditor",
        "Delete the engagement “%1” (%2)?\n\nIt disappears from every list. It is kept in the "
        "database, marked as deleted.",
    ): "Slet forløbet “%1” (%2)?\n\nDet forsvinder fra alle lister. Det bevares i databasen, "
    "markeret som slettet.",
    ("EngagementEditor", "Delete engagement"): "Slet forløb",
    ("EngagementEditor", "Municipality"): "Kommune",
    ("EngagementEditor", "Start date"): "Startdato",
    ("EngagementEditor", "Planned end"): "Planlagt slut",
    ("EngagementEditor", "Actual end"): "Faktisk slut",
    ("EngagementEditor", "dd-mm-yyyy"): "dd-mm-åååå",
    ("EngagementEditor", "— choose a municipality —"): "— vælg en kommune —",
    ("EngagementTable", "Municipality"): "Kommune",
    ("EngagementTable", "Region"): "Region",
    ("EngagementTable", "Phase"): "Fase",
    ("EngagementTable", "Start"): "Start",
    ("EngagementTable", "Month"): "Måned",
    ("EngagementTable", "Team"): "Team",
    ("EngagementTable", "Title"): "Titel",
    (
        "EngagementTable",
        "Month of the 24-month plan today, counted from the start date",
    ): "Måned i den 24 måneder lange plan i dag, regnet fra startdatoen",
    (
        "EngagementsPage",
        "Search municipality, code, region, team or title",
    ): "Søg på kommune, kode, region, team eller titel",
    ("EngagementsPage", "Sea&rch:"): "S&øg:",
    ("EngagementsPage", "&New engagement"): "&Nyt forløb",
    ("EngagementsPage", "%1 engagements"): "%1 forløb",
    ("EngagementsPage", "%1 of %2 engagements"): "%1 af %2 forløb",
    ("MainWindow", "Overview"): "Overblik",
    ("MainWindow", "Applications"): "Ansøgninger",
    ("MainWindow", "Engagements"): "Forløb",
    ("MainWindow", "Case review"): "Sagsgennemgang",
    ("MainWindow", "Findings and recommendations"): "Fund og anbefalinger",
    ("MainWindow", "Reports"): "Rapporter",
    (
        "MainWindow",
        "Here you will register municipalities' applications for a Task Force engagement, "
        "record the decision and turn a granted application into an engagement.",
    ): "Her kommer du til at registrere kommunernes ansøgninger om et Task Force-forløb, "
    "notere afgørelsen og gøre en bevilget ansøgning til et forløb.",
    (
        "MainWindow",
        "Here you will draw the sample of cases for the analysis and the status measurement, "
        "and assess each case against the legal requirements and the four quality benchmarks.",
    ): "Her kommer du til at udtrække stikprøven af sager til analysen og statusmålingen og "
    "vurdere hver sag ud fra de juridiske krav og de fire pejlemærker for kvalitet.",
    (
        "MainWindow",
        "Here you will record the findings of a case review, write recommendations to the "
        "municipality and follow how far the municipality has come with each one.",
    ): "Her kommer du til at registrere fundene fra en sagsgennemgang, skrive anbefalinger til "
    "kommunen og følge, hvor langt kommunen er nået med hver enkelt.",
    (
        "MainWindow",
        "Here you will export an engagement's analysis and status report as PDF, and lists as "
        "spreadsheets.",
    ): "Her kommer du til at danne et forløbs analyse og statusrapport som PDF og lister som "
    "regneark.",
    ("MainWindow", "&File"): "&Filer",
    ("MainWindow", "&New engagement"): "&Nyt forløb",
    ("MainWindow", "&Open database…"): "&Åbn database…",
    ("MainWindow", "&Quit"): "&Afslut",
    ("MainWindow", "&Edit"): "&Rediger",
    ("MainWindow", "&Delete engagement"): "&Slet forløb",
    ("MainWindow", "&View"): "&Vis",
    ("MainWindow", "&Language"): "&Sprog",
    ("MainWindow", "&Help"): "&Hjælp",
    ("MainWindow", "&About Task Force Tracker"): "&Om Task Force Tracker",
    ("MainWindow", "Database: %1"): "Database: %1",
    (
        "MainWindow",
        "Database upgraded; the old version was backed up as %1",
    ): "Databasen er opgraderet; den gamle version er gemt som sikkerhedskopi i %1",
    ("MainWindow", "Open database"): "Åbn database",
    (
        "MainWindow",
        "Task Force databases (*.sqlite *.db);;All files (*)",
    ): "Task Force-databaser (*.sqlite *.db);;Alle filer (*)",
    ("MainWindow", "Cannot open the database"): "Databasen kan ikke åbnes",
    ("MainWindow", "Language"): "Sprog",
    (
        "MainWindow",
        "The language changes the next time you start Task Force Tracker. Quit and start the "
        "program again to use it.",
    ): "Sproget skifter, næste gang du starter Task Force Tracker. Afslut og start programmet "
    "igen for at bruge det.",
    (
        "MainWindow",
        "The Task Force's tool for its engagements with municipalities: applications, "
        "engagements, case reviews, findings and reports.",
    ): "Task Forcens værktøj til forløbene med kommunerne: ansøgninger, forløb, "
    "sagsgennemgange, fund og rapporter.",
    ("MainWindow", "Database: %1 (schema %2)"): "Database: %1 (skema %2)",
    ("MainWindow", "About Task Force Tracker"): "Om Task Force Tracker",
    (
        "OverviewPage",
        "A first overview: how many engagements are in each phase, and the list. Deadlines, "
        "milestones and each engagement's health arrive in a later version.",
    ): "Et første overblik: hvor mange forløb der er i hver fase, og listen over dem. Frister, "
    "milepæle og hvert forløbs tilstand kommer i en senere version.",
    ("OverviewPage", "Overview"): "Overblik",
    ("Phase", "Start-up"): "Opstart",
    ("Phase", "Analysis"): "Analyse",
    ("Phase", "Reporting"): "Afrapportering",
    ("Phase", "Development"): "Udvikling",
    ("Phase", "Status measurement"): "Statusmåling",
    ("Phase", "Status report"): "Statusrapport",
    ("Phase", "Closed"): "Afsluttet",
    ("PhaseCountModel", "Phase"): "Fase",
    ("PhaseCountModel", "Engagements"): "Forløb",
    ("PhaseCountModel", "Total"): "I alt",
    (
        "PlaceholderPage",
        "This page arrives in a later version of Task Force Tracker.",
    ): "Denne side kommer i en senere version af Task Force Tracker.",
}


def run_lupdate() -> None:
    """Collect the tr() strings of taskforce_app/ui into the .ts file."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(path) for path in (ROOT / "taskforce_app" / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(tool),
            *sources,
            "-ts",
            str(TS),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "da",
        ],
        check=True,
    )


def danish_table() -> dict[tuple[str, str], str]:
    """DANISH above, plus the `DANISH` dict of every `danish_*.py` beside this script."""
    import importlib.util

    table = dict(DANISH)
    for extra in sorted(Path(__file__).resolve().parent.glob("danish_*.py")):
        spec = importlib.util.spec_from_file_location(extra.stem, extra)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        table.update(module.DANISH)
    return table


def fill() -> list[tuple[str, str]]:
    """Fill unfinished messages from the Danish tables; returns the ones still missing."""
    known = danish_table()
    tree = ET.parse(TS)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") != "unfinished" and translation.text:
                continue
            text = known.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    """Update, fill, and report what still needs a translation."""
    run_lupdate()
    missing = fill()
    for name, source in missing:
        print(f"missing Danish for [{name}] {source!r}", file=sys.stderr)
    compiler = runpy.run_path(str(Path(__file__).with_name("compile_translations.py")))
    compiler["compile_translations"]()  # the checkout's .qm follows the .ts at once
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
