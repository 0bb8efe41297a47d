"""The demo's portfolio: which forløb, in which phase, how the rounds score; fixed by design."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    ConsultantRole,
    Phase,
    RecommendationStatus,
    RoundKind,
)

DEMO_SEED = 2012
"""The Task Force's founding year; every random choice of the demo derives from it."""
DEMO_ACTOR = "demo"
SAMPLE_SIZE = 20

PHASE_START_MONTH = {
    Phase.OPSTART: 0,
    Phase.ANALYSE: 1,
    Phase.AFRAPPORTERING: 5,
    Phase.UDVIKLING: 6,
    Phase.STATUSMAALING: 19,
    Phase.STATUSRAPPORT: 22,
    Phase.AFSLUTTET: 24,
}
"""When (months after the start) the demo's forløb enter each phase."""


@dataclass(frozen=True, slots=True)
class ForloebPlan:
    """One demo forløb: where, which phase, and how long ago it started."""

    municipality_code: str
    phase: Phase
    days_ago: int
    round_index: int
    themes: tuple[str, ...]
    third_member: ConsultantRole | None = None
    overdue: tuple[str, ...] = ()
    late: tuple[tuple[str, int], ...] = ()
    cancelled: tuple[str, ...] = ()


FORLOEB: tuple[ForloebPlan, ...] = (
    ForloebPlan("860", Phase.OPSTART, 28, 2, ("Tidsfrister", "Underretninger", "Arbejdsmiljø")),
    ForloebPlan(
        "430", Phase.ANALYSE, 95, 1, ("Børnefaglige undersøgelser", "Inddragelse af barnet")
    ),
    ForloebPlan(
        "316",
        Phase.AFRAPPORTERING,
        165,
        1,
        ("Faglig ledelse og ledelsestilsyn", "Opfølgning"),
        third_member=ConsultantRole.TEAM_LEAD,
    ),
    ForloebPlan(
        "791", Phase.UDVIKLING, 300, 1, ("Opfølgning", "Tidsfrister"), overdue=("statusmoede_1",)
    ),
    ForloebPlan(
        "219",
        Phase.UDVIKLING,
        625,
        0,
        ("Tværfagligt samarbejde", "Underretninger"),
        third_member=ConsultantRole.SOCIALFAGLIG,
        overdue=("statusmoede_4",),
        late=(("analyserapport", 21), ("udviklingsplan", 18)),
    ),
    ForloebPlan("787", Phase.STATUSMAALING, 610, 0, ("Tidsfrister", "Inddragelse af barnet")),
    ForloebPlan(
        "510",
        Phase.STATUSRAPPORT,
        700,
        0,
        ("Børnefaglige undersøgelser", "Faglig ledelse og ledelsestilsyn"),
        third_member=ConsultantRole.TEAM_LEAD,
        late=(("juridisk_sagsgennemgang", 14),),
    ),
    ForloebPlan(
        "730",
        Phase.AFSLUTTET,
        790,
        0,
        ("Opfølgning", "Underretninger", "Arbejdsmiljø"),
        cancelled=("statusmoede_3",),
    ),
)

REPLACES_ONE = "791"
"""The municipality whose analyse sample has one case replaced."""

# The demo names themes as a municipality would; these are the theme keys (resources/reference/
# themes.json) they stand for. A label not listed here goes into the free-text "other themes".
THEME_KEYS = {
    "Tidsfrister": "tidsfrister",
    "Faglig ledelse og ledelsestilsyn": "ledelsesinformation_tilsyn",
    "Arbejdsmiljø": "arbejdsmiljoe",
    "Underretninger": "faglig_udredning",
    "Børnefaglige undersøgelser": "faglig_udredning",
    "Opfølgning": "valg_af_indsats_opfoelgning",
    "Inddragelse af barnet": "inddragelse",
    "Tværfagligt samarbejde": "tvaerfagligt_samarbejde",
    "Faglig udredning": "faglig_udredning",
    "Valg af indsats": "valg_af_indsats_opfoelgning",
    "Styring og ledelse": "styring_faglig_ledelse",
}


def theme_keys(labels: Sequence[str]) -> tuple[tuple[str, ...], str]:
    """The theme keys for `labels`, and the labels without a key as free text."""
    keys = tuple(dict.fromkeys(THEME_KEYS[label] for label in labels if label in THEME_KEYS))
    other = ", ".join(label for label in labels if label not in THEME_KEYS)
    return keys, other


OTHER_APPLICATIONS: tuple[tuple[int, str, ApplicationDecision, tuple[str, ...]], ...] = (
    (0, "330", ApplicationDecision.DECLINED, ("Tidsfrister", "Økonomisk styring")),
    (0, "151", ApplicationDecision.WAITLISTED, ("Faglig ledelse og ledelsestilsyn",)),
    (1, "621", ApplicationDecision.DECLINED, ("Arbejdsmiljø",)),
    (1, "370", ApplicationDecision.WAITLISTED, ("Underretninger", "Tidsfrister")),
    (2, "151", ApplicationDecision.WAITLISTED, ("Faglig ledelse og ledelsestilsyn", "Opfølgning")),
    (
        2,
        "820",
        ApplicationDecision.PENDING,
        ("Børnefaglige undersøgelser", "Inddragelse af barnet"),
    ),
    (2, "779", ApplicationDecision.PENDING, ("Tværfagligt samarbejde",)),
)
"""Applications that did not become forløb: (round index, municipality, decision, themes)."""

ROUNDS: tuple[tuple[int, int], ...] = ((880, 30), (340, 25), (75, 25))
"""The application rounds: (days ago of the deadline, days from deadline to the decision)."""

ANSWER_PROFILE: dict[str, tuple[float, float, float]] = {
    "bfu_made": (0.85, 0.66, 0.82),
    "bfu_within_4_months": (1.0, 0.50, 0.72),
    "child_talk_in_bfu": (1.0, 0.90, 0.96),
    "child_talk_before_decision": (0.95, 0.56, 0.78),
    "plan": (0.90, 0.72, 0.86),
    "first_follow_up": (0.85, 0.50, 0.76),
    "ongoing_follow_up": (0.50, 0.45, 0.66),
    "personal_supervision": (1.0, 0.75, 0.86),
    "notification_24h": (0.70, 0.86, 0.94),
    "reassessment": (0.20, 0.60, 0.80),
    "receipt_6_working_days": (0.40, 0.55, 0.82),
    "hearing": (0.60, 0.80, 0.90),
    "reasons": (1.0, 0.74, 0.90),
    "appeal_guidance": (1.0, 0.86, 0.95),
}
"""Topic → (probability the requirement applies, p(met) in Analyse, p(met) in Statusmåling)."""
DEFAULT_PROFILE = (1.0, 0.7, 0.85)

QUALITY_WEIGHTS = {
    RoundKind.ANALYSE: (0.15, 0.37, 0.35, 0.13),
    RoundKind.STATUSMAALING: (0.05, 0.22, 0.46, 0.27),
}
QUALITY = (Answer.QUALITY_1, Answer.QUALITY_2, Answer.QUALITY_3, Answer.QUALITY_4)


def target_status(phase: Phase, rng: random.Random) -> RecommendationStatus:
    """The status a recommendation of a forløb in `phase` has reached."""
    if phase is Phase.AFRAPPORTERING:
        return RecommendationStatus.NOT_STARTED
    options: tuple[RecommendationStatus, ...]
    if phase is Phase.UDVIKLING:
        options = (
            RecommendationStatus.NOT_STARTED,
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.DONE,
        )
    else:
        options = (
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.DONE,
            RecommendationStatus.DONE,
            RecommendationStatus.DONE,
            RecommendationStatus.ABANDONED,
        )
    return rng.choice(options)


def status_path(target: RecommendationStatus) -> list[RecommendationStatus]:
    """The statuses a recommendation passes through on its way to `target`, after creation."""
    if target is RecommendationStatus.IN_PROGRESS:
        return [RecommendationStatus.IN_PROGRESS]
    if target in (RecommendationStatus.DONE, RecommendationStatus.ABANDONED):
        return [RecommendationStatus.IN_PROGRESS, target]
    return []


def slug(text: str) -> str:
    """`text` as a lower-case ASCII word for e-mail addresses and file names."""
    table = str.maketrans(
        {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", " ": "-"}
    )
    return text.translate(table).lower()
