"""Danish texts of the case review screen and the results view (see update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("CaseReviewWidget", "Sign off round"): "Godkend runde",
    ("CaseReviewWidget", "Unlock round"): "Lås runde op",
    ("CaseReviewWidget", "Sign off round…"): "Godkend runde…",
    ("CaseReviewWidget", "Unlock…"): "Lås op…",
    (
        "CaseReviewWidget",
        "Choose a review round to review its cases.",
    ): "Vælg en gennemgangsrunde for at gennemgå dens sager.",
    ("CaseReviewWidget", "Every case of the round is answered."): "Alle rundens sager er besvaret.",
    ("CaseReviewWidget", "Case review"): "Sagsgennemgang",
    (
        "CaseReviewWidget",
        "Signed off by %1 on %2: the round is locked and read-only. "
        "Use “Unlock…” with a reason to change it.",
    ): "Godkendt af %1 den %2: runden er låst og kan kun læses. "
    "Brug “Lås op…” med en begrundelse for at ændre den.",
    ("CaseReviewWidget", "Reviewing as %1"): "Du gennemgår som %1",
    (
        "CaseReviewWidget",
        "Not signed in: choose yourself under My deadlines",
    ): "Ikke logget ind: vælg dig selv under Mine frister",
    ("CaseReviewWidget", "Key dates of %1 (%2)"): "Nøgledatoer for %1 (%2)",
    (
        "CaseReviewWidget",
        "This case was replaced in the sample; it is not reviewed.",
    ): "Sagen er erstattet i stikprøven; den gennemgås ikke.",
    (
        "CaseReviewWidget",
        "Not relevant needs a reason: type it and press Enter.",
    ): "Ikke relevant kræver en begrundelse: skriv den, og tryk Enter.",
    (
        "CaseReviewWidget",
        "This requirement has no computed suggestion.",
    ): "Kravet har ikke noget beregnet forslag.",
    ("CaseReviewWidget", "no answer"): "intet svar",
    ("CaseReviewWidget", "answer %1 in %2: %3"): "svar %1 i %2: %3",
    ("CaseReviewWidget", "key dates of %1"): "nøgledatoer for %1",
    ("CaseReviewWidget", "Round: %1 of %2 answers (%3)"): "Runde: %1 af %2 svar (%3)",
    (
        "CaseReviewWidget",
        "Every requirement of this case is answered. "
        "Ctrl+PgDown: next case; Ctrl+Enter: next unanswered.",
    ): "Alle krav i sagen er besvaret. Ctrl+PgDown: næste sag; Ctrl+Enter: næste ubesvarede.",
    ("CaseReviewWidget", "Guidance:"): "Vejledning:",
    ("CaseReviewWidget", "Applies to:"): "Gælder:",
    ("CaseReviewWidget", "Suggestion:"): "Forslag:",
    ("CaseReviewWidget", "none"): "intet",
    (
        "CaseReviewWidget",
        "<b>1</b>–<b>4</b> q1 Insufficient … q4 Good · <b>R</b> Not relevant · "
        "<b>K</b> Cannot be assessed",
    ): "<b>1</b>–<b>4</b> q1 Utilstrækkelig … q4 God · <b>R</b> Ikke relevant · "
    "<b>K</b> Kan ikke vurderes",
    (
        "CaseReviewWidget",
        "<b>1</b>/<b>O</b> Met · <b>2</b>/<b>I</b> Not met · <b>3</b>/<b>R</b> Not "
        "relevant · <b>4</b>/<b>K</b> Cannot be assessed",
    ): "<b>1</b>/<b>O</b> Opfyldt · <b>2</b>/<b>I</b> Ikke opfyldt · <b>3</b>/<b>R</b> "
    "Ikke relevant · <b>4</b>/<b>K</b> Kan ikke vurderes",
    (
        "CaseReviewWidget",
        "<b>Enter</b> accept suggestion · <b>B</b> reason · <b>N</b> note · <b>Del</b> "
        "clear · <b>Ctrl+PgDn/PgUp</b> case · <b>Ctrl+Enter</b> next unanswered",
    ): "<b>Enter</b> godkend forslag · <b>B</b> begrundelse · <b>N</b> note · <b>Del</b> "
    "ryd · <b>Ctrl+PgDn/PgUp</b> sag · <b>Ctrl+Enter</b> næste ubesvarede",
    ("CaseReviewWidget", "Cannot sign off the round"): "Runden kan ikke godkendes",
    ("CaseReviewWidget", "Cannot unlock the round"): "Runden kan ikke låses op",
    ("RoundConsultantDialog", "&Consultant:"): "&Konsulent:",
    ("RoundConsultantDialog", "&Reason:"): "&Begrundelse:",
    (
        "ReasonDelegate",
        "Type, then Enter saves (Esc cancels)",
    ): "Skriv; Enter gemmer (Esc fortryder)",
    ("CriteriaTable", "Code"): "Kode",
    ("CriteriaTable", "Pejlemærke"): "Pejlemærke",
    ("CriteriaTable", "Provision"): "Bestemmelse",
    ("CriteriaTable", "Question"): "Spørgsmål",
    ("CriteriaTable", "Answer"): "Svar",
    ("CriteriaTable", "Suggestion"): "Forslag",
    ("CriteriaTable", "Reason"): "Begrundelse",
    ("CriteriaTable", "Note"): "Note",
    ("CriteriaTable", "needs dates"): "mangler datoer",
    ("CriteriaTable", "Answered by %1"): "Besvaret af %1",
    ("KeyDatesPanel", "Key dates"): "Nøgledatoer",
    ("KeyDatesPanel", "dd-mm-yyyy, dd-mm-yyyy, …"): "dd-mm-åååå, dd-mm-åååå, …",
    ("KeyDatesPanel", "Save dates"): "Gem datoer",
    ("KeyDatesPanel", "Enter in any date field saves too"): "Enter i et datofelt gemmer også",
    ("KeyDatesPanel", "Notification received:"): "Underretning modtaget:",
    ("KeyDatesPanel", "Notification assessed:"): "Underretning vurderet:",
    ("KeyDatesPanel", "Decision:"): "Afgørelse:",
    ("KeyDatesPanel", "Investigation started:"): "BFU påbegyndt:",
    ("KeyDatesPanel", "Investigation completed:"): "BFU afsluttet:",
    ("KeyDatesPanel", "Measure started:"): "Indsats iværksat:",
    ("KeyDatesPanel", "Follow-ups:"): "Opfølgninger:",
    ("MomentField", "hh:mm"): "tt:mm",
    ("Pejlemaerke", "Professional assessment"): "Faglig udredning",
    ("Pejlemaerke", "Choice of measure"): "Valg af indsats",
    ("Pejlemaerke", "Follow-up"): "Opfølgning",
    ("Pejlemaerke", "Involvement"): "Inddragelse",
    ("Track", "Legal requirements"): "Juridiske krav",
    ("Track", "Social-work quality (pejlemærker)"): "Socialfaglig kvalitet (pejlemærker)",
    ("SampleTable", "#"): "#",
    ("SampleTable", "Case"): "Sag",
    ("SampleTable", "Type"): "Type",
    ("SampleTable", "Answers"): "Svar",
    ("SampleTable", "Replaced: %1"): "Erstattet: %1",
    ("ResultTable", "No cases to compute an interval"): "Ingen sager at beregne et interval af",
    ("ResultTable", "95 % interval (Wilson): %1 – %2"): "95 %-interval (Wilson): %1 – %2",
    (
        "ResultTable",
        "q1 %1 · q2 %2 · q3 %3 · q4 %4 (share at q3–q4)",
    ): "q1 %1 · q2 %2 · q3 %3 · q4 %4 (andel på q3–q4)",
    (
        "ResultTable",
        "Left out of n: %1 not relevant, %2 cannot be assessed, %3 unanswered",
    ): "Ikke med i n: %1 ikke relevant, %2 kan ikke vurderes, %3 ubesvaret",
    ("ResultTable", "Nothing left out of n"): "Intet er holdt uden for n",
    ("ResultTable", "Code"): "Kode",
    ("ResultTable", "Provision"): "Bestemmelse",
    ("ResultTable", "Question"): "Spørgsmål",
    ("ResultTable", "Analysis"): "Analyse",
    ("ResultTable", "Status measurement"): "Statusmåling",
    ("ResultTable", "Change"): "Ændring",
    ("ResultTable", "Børnesagsbarometret"): "Børnesagsbarometret",
    (
        "ResultTable",
        "Met in x of n cases; n leaves out Not relevant and Cannot be assessed. "
        "Quality points: cases at Sufficient or Good.",
    ): "Opfyldt i x af n sager; n tæller ikke Ikke relevant og Kan ikke vurderes med. "
    "Pejlemærker (socialfaglige): sager vurderet Tilstrækkelig eller God.",
    ("ResultTable", "Børnesagsbarometret (Ankestyrelsen)"): "Børnesagsbarometret (Ankestyrelsen)",
    ("ResultTable", "Track"): "Spor",
    ("ResultTable", "Pejlemærke"): "Pejlemærke",
    ("ResultTable", "Legal"): "Juridisk",
    ("ResultTable", "Social-work"): "Socialfaglig",
    ("ResultsChart", "Legal requirements: share met (%)"): "Juridiske krav: andel opfyldt (%)",
    ("ResultsChart", "Analysis"): "Analyse",
    ("ResultsChart", "Requirement %1…"): "Krav %1…",
    ("ResultsChart", "Requirement"): "Krav",
    ("ResultsChart", "Status measurement"): "Statusmåling",
    ("ResultsChart", "Børnesagsbarometret"): "Børnesagsbarometret",
    (
        "ResultsView",
        "x of n: met in x of the n cases where the requirement could be judged; n leaves "
        "out Not relevant and Cannot be assessed. Quality points count the cases at "
        "Sufficient or Good. Pejlemærke figures pool case-requirement pairs, not cases, so "
        "their intervals are a guide only. Hover a figure for its 95 % interval.",
    ): "x af n: opfyldt i x af de n sager, hvor kravet kunne vurderes; n tæller ikke "
    "Ikke relevant og Kan ikke vurderes med. Socialfaglige pejlemærker tæller sager vurderet "
    "Tilstrækkelig eller God. Tal pr. pejlemærke lægger sag-krav-par sammen (ikke sager), så "
    "deres intervaller er kun vejledende. Hold musen over et tal for dets 95 %-interval.",
    (
        "ResultsView",
        "Choose an engagement to see its review results.",
    ): "Vælg et forløb for at se resultaterne af dets sagsgennemgange.",
    ("ResultsView", "Results"): "Resultater",
    ("ResultsView", "Results: %1"): "Resultater: %1",
    ("ResultsView", "none yet"): "endnu ingen",
    ("ResultsView", "Analysis: %1 · Status measurement: %2"): "Analyse: %1 · Statusmåling: %2",
}
