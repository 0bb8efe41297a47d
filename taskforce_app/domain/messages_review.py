"""User messages (Danish, English) for sampling and the deadline suggestions of the review."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "sampling.empty_population": (
        "Sagslisten er tom, så der kan ikke udtrækkes en stikprøve. Importér sagslisten først.",
        "The case list is empty, so no sample can be drawn. Import the case list first.",
    ),
    "sampling.duplicate_case_ref": (
        "Sagsnummeret {case_ref} står mere end én gang i sagslisten. Ret listen, så hvert sagsnummer kun står én gang.",
        "The case number {case_ref} appears more than once in the case list. Correct the list so each case number appears once.",
    ),
    "sampling.bad_size": (
        "Stikprøven skal være på mindst 1 sag (der står {size}).",
        "The sample must hold at least 1 case (it is {size}).",
    ),
    "sampling.bad_seed": (
        "Angiv et seed (en startværdi) på 1–{limit} tegn, eller brug det, programmet foreslår.",
        "Give a seed of 1–{limit} characters, or use the one the program suggests.",
    ),
    "sampling.bad_minimum": (
        "Minimum pr. stratum kan ikke være negativt (der står {minimum}).",
        "The minimum per stratum cannot be negative (it is {minimum}).",
    ),
    "sampling.too_many_strata": (
        "Der er {strata} strata; med mindst {minimum} sag(er) i hvert kræver det {needed} sager, men stikprøven er på {size}. Øg stikprøven, sænk minimum eller slå strata sammen.",
        "There are {strata} strata; at least {minimum} case(s) in each needs {needed} cases, but the sample holds {size}. Enlarge the sample, lower the minimum or merge strata.",
    ),
    "sampling.population_changed": (
        "Sagslisten er ændret, siden stikprøven blev udtrukket, så erstatningen kan ikke findes på samme måde. Brug den sagsliste, stikprøven blev udtrukket fra.",
        "The case list has changed since the sample was drawn, so the replacement cannot be found the same way. Use the case list the sample was drawn from.",
    ),
    "sampling.no_replacement": (
        "Der er ikke flere sager i sagslisten at erstatte med.",
        "There are no more cases in the case list to replace with.",
    ),
    "sampling.whole_population": (
        "Sagslisten har kun {population} sager, så alle er med i stikprøven (ønsket: {size}).",
        "The case list has only {population} cases, so all of them are in the sample (asked for: {size}).",
    ),
    "sampling.already_assessed": (
        "Runden har allerede svar på {count} sager. Start en ny runde i stedet for at trække stikprøven om.",
        "The round already has answers for {count} cases. Start a new round instead of drawing the sample again.",
    ),
    "case_list.nothing_valid": (
        "Ingen gyldige rækker i {file}; intet er importeret. Se rapporten ovenfor.",
        "No valid rows in {file}; nothing was imported. See the report above.",
    ),
    "finding.not_found": (
        "Fundet findes ikke (det kan være slettet et andet sted).",
        "The finding does not exist (it may have been deleted elsewhere).",
    ),
    "finding.evidence_outside_round": (
        "En af de valgte sager hører ikke til fundets gennemgangsrunde.",
        "One of the chosen cases does not belong to the finding's review round.",
    ),
    "recommendation.not_found": (
        "Anbefalingen findes ikke (den kan være slettet et andet sted).",
        "The recommendation does not exist (it may have been deleted elsewhere).",
    ),
    "recommendation.due_after_end": (
        "Fristen {due} ligger efter forløbets planlagte afslutning ({end}).",
        "The due date {due} is after the engagement's planned end ({end}).",
    ),
    "recommendation.same_status": (
        "Anbefalingen har allerede status {value}.",
        "The recommendation already has the status {value}.",
    ),
    "note.not_found": ("Kommentaren findes ikke.", "The comment does not exist."),
    "note.target_required": (
        "En kommentar skal høre til et fund eller en vurdering.",
        "A comment must belong to a finding or an assessment.",
    ),
    "review.open_notes": (
        "Runden kan ikke markeres klar til rapport: {count} kommentar(er) er ikke løst.",
        "The round cannot be marked ready for the report: {count} comment(s) are not resolved.",
    ),
    "statistics.nothing_imported": (
        "Ingen tal blev importeret fra {file}. Se problemerne ovenfor.",
        "No figures were imported from {file}. See the problems above.",
    ),
    "sampling.already_replaced": (
        "Sagen er allerede erstattet. Vælg en aktiv sag i stikprøven.",
        "The case has already been replaced. Choose an active case of the sample.",
    ),
    "review.set_has_answers": (
        "Kriteriesættet kan ikke skiftes: runden har allerede {count} svar efter det nuværende sæt. Opret en ny runde i stedet.",
        "The criteria set cannot be changed: the round already has {count} answers under the current set. Create a new round instead.",
    ),
    "sampling.bad_stratum_field": (
        "Der kan kun stratificeres efter sagstype eller indsats (ikke '{value}').",
        "Strata can only be by case type or measure (not '{value}').",
    ),
    "sampling.no_sample": (
        "Runden har endnu ingen stikprøve. Udtræk stikprøven først.",
        "The round has no sample yet. Draw the sample first.",
    ),
    "deadline.24_hours.met": (
        "Vurderet {elapsed} (t:mm:ss) efter modtagelsen {received}; fristen var {due}.",
        "Assessed {elapsed} (h:mm:ss) after receipt on {received}; the deadline was {due}.",
    ),
    "deadline.24_hours.not_met": (
        "Vurderet {assessed}, {elapsed} (t:mm:ss) efter modtagelsen {received}: efter fristen {due}.",
        "Assessed {assessed}, {elapsed} (h:mm:ss) after receipt on {received}: after the deadline {due}.",
    ),
    "deadline.24_hours.missing": (
        "Angiv tidspunktet for modtagelse og for vurdering af underretningen, så kan fristen beregnes. Indtil da vurderer du selv.",
        "Give the times the notification was received and assessed to compute the deadline. Until then, you decide.",
    ),
    "deadline.24_hours.out_of_order": (
        "Vurderingen ({assessed}) ligger før modtagelsen ({received}). Ret tidspunkterne.",
        "The assessment ({assessed}) is before the receipt ({received}). Correct the times.",
    ),
    "deadline.6_working_days.met": (
        "Modtagelsen er bekræftet {compared}, inden for 6 hverdage efter {received} (frist {due}).",
        "Receipt was confirmed on {compared}, within 6 working days of {received} (deadline {due}).",
    ),
    "deadline.6_working_days.not_met": (
        "Modtagelsen er bekræftet {compared}, efter fristen {due} (6 hverdage efter {received}).",
        "Receipt was confirmed on {compared}, after the deadline {due} (6 working days after {received}).",
    ),
    "deadline.6_working_days.no_receipt": (
        "Der er ingen dato for kvitteringen, så intet viser, at modtagelsen er bekræftet (frist {due}, 6 hverdage efter {received}). Kan ikke vurderes, før datoen er angivet.",
        "No receipt date is given, so nothing shows that receipt was confirmed (deadline {due}, 6 working days after {received}). Cannot be assessed until the date is given.",
    ),
    "deadline.6_working_days.missing": (
        "Angiv, hvornår underretningen blev modtaget, og datoen for kvitteringen, så kan fristen beregnes.",
        "Give the time the notification was received and the receipt date to compute the deadline.",
    ),
    "deadline.6_working_days.out_of_order": (
        "Kvitteringen ({compared}) ligger før modtagelsen ({received}). Ret datoerne.",
        "The confirmation ({compared}) is before the receipt ({received}). Correct the dates.",
    ),
    "deadline.4_months.met": (
        "Undersøgelsen er afsluttet {completed}, inden for 4 måneder efter, at kommunen blev opmærksom {aware} (frist {due}).",
        "The investigation was completed on {completed}, within 4 months of the municipality becoming aware on {aware} (deadline {due}).",
    ),
    "deadline.4_months.not_met": (
        "Undersøgelsen er afsluttet {completed}, efter fristen {due} (4 måneder efter, at kommunen blev opmærksom {aware}).",
        "The investigation was completed on {completed}, after the deadline {due} (4 months after the municipality became aware on {aware}).",
    ),
    "deadline.4_months.missing": (
        "Angiv, hvornår underretningen blev modtaget (eller kommunen blev opmærksom), og hvornår undersøgelsen blev afsluttet, så kan fristen beregnes.",
        "Give when the notification was received (or the municipality became aware) and when the investigation was completed to compute the deadline.",
    ),
    "deadline.4_months.out_of_order": (
        "Undersøgelsen er afsluttet ({completed}), før kommunen blev opmærksom ({aware}). Ret datoerne.",
        "The investigation was completed ({completed}) before the municipality became aware ({aware}). Correct the dates.",
    ),
    "deadline.3_months.met": (
        "Første opfølgning {follow_up}, inden for fristen {due} (indsatsen iværksat {started}).",
        "First follow-up on {follow_up}, within the deadline {due} (measure started {started}).",
    ),
    "deadline.3_months.not_met": (
        "Første opfølgning {follow_up}, efter fristen {due} (3 måneder efter {started}).",
        "First follow-up on {follow_up}, after the deadline {due} (3 months after {started}).",
    ),
    "deadline.3_months.met_investigation_end": (
        "Første opfølgning {follow_up}, senest ved afslutningen af den sideløbende undersøgelse {due} (indsatsen iværksat {started}).",
        "First follow-up on {follow_up}, no later than the end of the parallel investigation on {due} (measure started {started}).",
    ),
    "deadline.3_months.not_met_investigation_end": (
        "Første opfølgning {follow_up}, efter afslutningen af den sideløbende undersøgelse {due}, som var fristen (barnets lov § 95).",
        "First follow-up on {follow_up}, after the end of the parallel investigation on {due}, which was the deadline (Barnets lov § 95).",
    ),
    "deadline.3_months.ended_before_due": (
        "Indsatsen ophørte {ended}, før første opfølgning skulle ske ({due}); kravet er ikke relevant.",
        "The measure ended on {ended}, before the first follow-up was due ({due}); the requirement does not apply.",
    ),
    "deadline.3_months.none_by_due": (
        "Der er ingen opfølgning fra indsatsen blev iværksat {started} til {until}; fristen var {due}.",
        "There is no follow-up from the measure's start on {started} to {until}; the deadline was {due}.",
    ),
    "deadline.3_months.not_due": (
        "Første opfølgning skal ske senest {due} (indsatsen iværksat {started}); fristen er ikke udløbet på skæringsdatoen.",
        "The first follow-up is due by {due} (measure started {started}); the deadline has not passed on the cut-off date.",
    ),
    "deadline.3_months.missing": (
        "Angiv, hvornår indsatsen blev iværksat, og datoerne for opfølgning, så kan fristen beregnes.",
        "Give the date the measure started and the follow-up dates to compute the deadline.",
    ),
    "deadline.3_months.out_of_order": (
        "Alle opfølgninger (senest {follow_up}) ligger før indsatsen blev iværksat {started}. Ret datoerne.",
        "Every follow-up (the latest {follow_up}) is before the measure started on {started}. Correct the dates.",
    ),
    "deadline.3_months.plan_met": (
        "Planen foreligger {plan}, inden for 3 måneder efter afgørelsen {decision} (frist {due}).",
        "The plan exists from {plan}, within 3 months of the decision on {decision} (deadline {due}).",
    ),
    "deadline.3_months.plan_not_met": (
        "Planen foreligger først {plan}, efter fristen {due} (3 måneder efter afgørelsen {decision}).",
        "The plan only exists from {plan}, after the deadline {due} (3 months after the decision on {decision}).",
    ),
    "deadline.3_months.plan_before_decision_met": (
        "Planen foreligger {plan}, før afgørelsen om anbringelse uden samtykke {decision} (barnets lov § 91, stk. 2).",
        "The plan exists from {plan}, before the decision on placement without consent on {decision} (Barnets lov § 91, stk. 2).",
    ),
    "deadline.3_months.plan_before_decision_not_met": (
        "Planen foreligger først {plan}, efter afgørelsen om anbringelse uden samtykke {decision}; den skal foreligge før afgørelsen (barnets lov § 91, stk. 2).",
        "The plan only exists from {plan}, after the decision on placement without consent on {decision}; it must exist before the decision (Barnets lov § 91, stk. 2).",
    ),
    "deadline.before_decision.met": (
        "Handleplanen foreligger {plan}, før afgørelsen {decision}.",
        "The action plan exists from {plan}, before the decision on {decision}.",
    ),
    "deadline.before_decision.not_met": (
        "Handleplanen foreligger først {plan}, efter afgørelsen {decision} og mere end 4 måneder efter ({urgent_due}).",
        "The action plan only exists from {plan}, after the decision on {decision} and more than 4 months after it ({urgent_due}).",
    ),
    "deadline.before_decision.urgent_only": (
        "Handleplanen foreligger {plan}, efter afgørelsen {decision}, men senest {urgent_due}: det er kun lovligt, hvis sagen var akut. Du vurderer.",
        "The action plan exists from {plan}, after the decision on {decision} but by {urgent_due}: lawful only if the case was urgent. You decide.",
    ),
    "deadline.before_decision.missing": (
        "Angiv datoen for afgørelsen og for handleplanen, så kan kravet vurderes. Indtil da vurderer du selv.",
        "Give the dates of the decision and of the action plan to check the requirement. Until then, you decide.",
    ),
    "deadline.two_visits_a_year.met": (
        "Mindst to tilsynsbesøg i hvert af de {years} hele år fra anbringelsen {started} til {until}. Kontrollér samtalen med barnet.",
        "At least two supervision visits in each of the {years} full years from the placement on {started} to {until}. Check the talk with the child.",
    ),
    "deadline.two_visits_a_year.too_few": (
        "Kun {visits} tilsynsbesøg i året {from}–{to}; der skal være mindst to om året (barnets lov § 156, stk. 5).",
        "Only {visits} supervision visits in the year {from}–{to}; at least two a year are required (Barnets lov § 156, stk. 5).",
    ),
    "deadline.two_visits_a_year.short": (
        "Anbringelsen fra {started} til {until} har ikke varet et helt år; du vurderer.",
        "The placement from {started} to {until} has not lasted a full year; you decide.",
    ),
    "deadline.two_visits_a_year.missing": (
        "Angiv, hvornår anbringelsen startede, og en skæringsdato for gennemgangen (eller anbringelsens ophør), så kan kravet vurderes.",
        "Give the placement's start and the review's cut-off date (or the placement's end) to check the requirement.",
    ),
    "deadline.3_months.plan_missing": (
        "Angiv datoen for afgørelsen og for planen, så kan fristen beregnes. Indtil da vurderer du selv.",
        "Give the dates of the decision and of the plan to compute the deadline. Until then, you decide.",
    ),
    "deadline.every_6_months.met": (
        "{count} opfølgninger med højst 6 måneders mellemrum; den seneste {last}, næste senest {due}.",
        "{count} follow-ups at most 6 months apart; the latest on {last}, the next due by {due}.",
    ),
    "deadline.every_6_months.gap": (
        "Der gik mere end 6 måneder fra opfølgningen {previous} til den næste {next} (frist {due}).",
        "More than 6 months passed from the follow-up on {previous} to the next on {next} (deadline {due}).",
    ),
    "deadline.every_6_months.met_until": (
        "{count} opfølgninger med højst 6 måneders mellemrum frem til {as_of}; den seneste {last}, næste senest {due}.",
        "{count} follow-ups at most 6 months apart up to {as_of}; the latest on {last}, the next due by {due}.",
    ),
    "deadline.every_6_months.overdue": (
        "Den seneste opfølgning var {last}; den næste skulle ske senest {due}, men der er ingen før {as_of}.",
        "The latest follow-up was on {last}; the next was due by {due}, but there is none before {as_of}.",
    ),
    "deadline.every_6_months.missing": (
        "Angiv datoerne for opfølgning, så kan fristen beregnes.",
        "Give the follow-up dates to compute the deadline.",
    ),
    "deadline.every_6_months.single_follow_up": (
        "Der er kun én opfølgning ({first}); angiv flere datoer eller en skæringsdato for at vurdere 6-månedersfristen.",
        "There is only one follow-up ({first}); give more dates or a reference date to check the 6-month rule.",
    ),
}
