"""User messages (English msgids; Danish in resources/locale) for sampling and the deadline
suggestions of the review."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "sampling.empty_population": N_(
        "The case list is empty, so no sample can be drawn. Import the case list first."
    ),
    "sampling.duplicate_case_ref": N_(
        "The case number {case_ref} appears more than once in the case list. Correct the "
        "list so each case number appears once."
    ),
    "sampling.bad_size": N_("The sample must hold at least 1 case (it is {size})."),
    "sampling.bad_seed": N_(
        "Give a seed of 1–{limit} characters, or use the one the program suggests."
    ),
    "sampling.bad_minimum": N_("The minimum per stratum cannot be negative (it is {minimum})."),
    "sampling.too_many_strata": N_(
        "There are {strata} strata; at least {minimum} case(s) in each needs {needed} cases, "
        "but the sample holds {size}. Enlarge the sample, lower the minimum or merge strata."
    ),
    "sampling.population_changed": N_(
        "The case list has changed since the sample was drawn, so the replacement cannot be "
        "found the same way. Use the case list the sample was drawn from."
    ),
    "sampling.no_replacement": N_("There are no more cases in the case list to replace with."),
    "sampling.whole_population": N_(
        "The case list has only {population} cases, so all of them are in the sample (asked "
        "for: {size})."
    ),
    "sampling.already_assessed": N_(
        "The round already has answers for {count} cases. Start a new round instead of "
        "drawing the sample again."
    ),
    "case_list.nothing_valid": N_(
        "No valid rows in {file}; nothing was imported. See the report above."
    ),
    "finding.not_found": N_("The finding does not exist (it may have been deleted elsewhere)."),
    "finding.evidence_outside_round": N_(
        "One of the chosen cases does not belong to the finding's review round."
    ),
    "recommendation.not_found": N_(
        "The recommendation does not exist (it may have been deleted elsewhere)."
    ),
    "recommendation.due_after_end": N_(
        "The due date {due} is after the engagement's planned end ({end})."
    ),
    "recommendation.same_status": N_("The recommendation already has the status {value}."),
    "note.not_found": N_("The comment does not exist."),
    "note.target_required": N_("A comment must belong to a finding or an assessment."),
    "review.open_notes": N_(
        "The round cannot be marked ready for the report: {count} comment(s) are not resolved."
    ),
    "statistics.nothing_imported": N_(
        "No figures were imported from {file}. See the problems above."
    ),
    "sampling.already_replaced": N_(
        "The case has already been replaced. Choose an active case of the sample."
    ),
    "review.set_has_answers": N_(
        "The criteria set cannot be changed: the round already has {count} answers under the "
        "current set. Create a new round instead."
    ),
    "sampling.bad_stratum_field": N_("Strata can only be by case type or measure (not '{value}')."),
    "sampling.no_sample": N_("The round has no sample yet. Draw the sample first."),
    "deadline.24_hours.met": N_(
        "Assessed {elapsed} (h:mm:ss) after receipt on {received}; the deadline was {due}."
    ),
    "deadline.24_hours.not_met": N_(
        "Assessed {assessed}, {elapsed} (h:mm:ss) after receipt on {received}: after the "
        "deadline {due}."
    ),
    "deadline.24_hours.missing": N_(
        "Give the times the notification was received and assessed to compute the deadline. "
        "Until then, you decide."
    ),
    "deadline.24_hours.out_of_order": N_(
        "The assessment ({assessed}) is before the receipt ({received}). Correct the times."
    ),
    "deadline.6_working_days.met": N_(
        "Receipt was confirmed on {compared}, within 6 working days of {received} (deadline {due})."
    ),
    "deadline.6_working_days.not_met": N_(
        "Receipt was confirmed on {compared}, after the deadline {due} (6 working days after "
        "{received})."
    ),
    "deadline.6_working_days.no_receipt": N_(
        "No receipt date is given, so nothing shows that receipt was confirmed (deadline "
        "{due}, 6 working days after {received}). Cannot be assessed until the date is given."
    ),
    "deadline.6_working_days.missing": N_(
        "Give the time the notification was received and the receipt date to compute the deadline."
    ),
    "deadline.6_working_days.out_of_order": N_(
        "The confirmation ({compared}) is before the receipt ({received}). Correct the dates."
    ),
    "deadline.4_months.met": N_(
        "The investigation was completed on {completed}, within 4 months of the municipality "
        "becoming aware on {aware} (deadline {due})."
    ),
    "deadline.4_months.not_met": N_(
        "The investigation was completed on {completed}, after the deadline {due} (4 months "
        "after the municipality became aware on {aware})."
    ),
    "deadline.4_months.missing": N_(
        "Give when the notification was received (or the municipality became aware) and when "
        "the investigation was completed to compute the deadline."
    ),
    "deadline.4_months.out_of_order": N_(
        "The investigation was completed ({completed}) before the municipality became aware "
        "({aware}). Correct the dates."
    ),
    "deadline.3_months.met": N_(
        "First follow-up on {follow_up}, within the deadline {due} (measure started {started})."
    ),
    "deadline.3_months.not_met": N_(
        "First follow-up on {follow_up}, after the deadline {due} (3 months after {started})."
    ),
    "deadline.3_months.met_investigation_end": N_(
        "First follow-up on {follow_up}, no later than the end of the parallel investigation "
        "on {due} (measure started {started})."
    ),
    "deadline.3_months.not_met_investigation_end": N_(
        "First follow-up on {follow_up}, after the end of the parallel investigation on "
        "{due}, which was the deadline (Barnets lov § 95)."
    ),
    "deadline.3_months.ended_before_due": N_(
        "The measure ended on {ended}, before the first follow-up was due ({due}); the "
        "requirement does not apply."
    ),
    "deadline.3_months.none_by_due": N_(
        "There is no follow-up from the measure's start on {started} to {until}; the "
        "deadline was {due}."
    ),
    "deadline.3_months.not_due": N_(
        "The first follow-up is due by {due} (measure started {started}); the deadline has "
        "not passed on the cut-off date."
    ),
    "deadline.3_months.missing": N_(
        "Give the date the measure started and the follow-up dates to compute the deadline."
    ),
    "deadline.3_months.out_of_order": N_(
        "Every follow-up (the latest {follow_up}) is before the measure started on "
        "{started}. Correct the dates."
    ),
    "deadline.3_months.plan_met": N_(
        "The plan exists from {plan}, within 3 months of the decision on {decision} "
        "(deadline {due})."
    ),
    "deadline.3_months.plan_not_met": N_(
        "The plan only exists from {plan}, after the deadline {due} (3 months after the "
        "decision on {decision})."
    ),
    "deadline.3_months.plan_before_decision_met": N_(
        "The plan exists from {plan}, before the decision on placement without consent on "
        "{decision} (Barnets lov § 91, stk. 2)."
    ),
    "deadline.3_months.plan_before_decision_not_met": N_(
        "The plan only exists from {plan}, after the decision on placement without consent "
        "on {decision}; it must exist before the decision (Barnets lov § 91, stk. 2)."
    ),
    "deadline.before_decision.met": N_(
        "The action plan exists from {plan}, before the decision on {decision}."
    ),
    "deadline.before_decision.not_met": N_(
        "The action plan only exists from {plan}, after the decision on {decision} and more "
        "than 4 months after it ({urgent_due})."
    ),
    "deadline.before_decision.urgent_only": N_(
        "The action plan exists from {plan}, after the decision on {decision} but by "
        "{urgent_due}: lawful only if the case was urgent. You decide."
    ),
    "deadline.before_decision.missing": N_(
        "Give the dates of the decision and of the action plan to check the requirement. "
        "Until then, you decide."
    ),
    "deadline.two_visits_a_year.met": N_(
        "At least two supervision visits in each of the {years} full years from the "
        "placement on {started} to {until}. Check the talk with the child."
    ),
    "deadline.two_visits_a_year.too_few": N_(
        "Only {visits} supervision visits in the year {from}–{to}; at least two a year are "
        "required (Barnets lov § 156, stk. 5)."
    ),
    "deadline.two_visits_a_year.short": N_(
        "The placement from {started} to {until} has not lasted a full year; you decide."
    ),
    "deadline.two_visits_a_year.missing": N_(
        "Give the placement's start and the review's cut-off date (or the placement's end) "
        "to check the requirement."
    ),
    "deadline.3_months.plan_missing": N_(
        "Give the dates of the decision and of the plan to compute the deadline. Until then, "
        "you decide."
    ),
    "deadline.every_6_months.met": N_(
        "{count} follow-ups at most 6 months apart; the latest on {last}, the next due by {due}."
    ),
    "deadline.every_6_months.gap": N_(
        "More than 6 months passed from the follow-up on {previous} to the next on {next} "
        "(deadline {due})."
    ),
    "deadline.every_6_months.met_until": N_(
        "{count} follow-ups at most 6 months apart up to {as_of}; the latest on {last}, the "
        "next due by {due}."
    ),
    "deadline.every_6_months.overdue": N_(
        "The latest follow-up was on {last}; the next was due by {due}, but there is none "
        "before {as_of}."
    ),
    "deadline.every_6_months.missing": N_("Give the follow-up dates to compute the deadline."),
    "deadline.every_6_months.single_follow_up": N_(
        "There is only one follow-up ({first}); give more dates or a reference date to check "
        "the 6-month rule."
    ),
}
