"""User messages (English msgids; Danish in resources/locale) for the order of a forløb's steps:
moving its start date, marking a round klar til rapport before its sign-off."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "engagement.start_after_phase_change": N_(
        "The start date cannot be moved to {value}: the engagement already changed phase on "
        "{previous}. Choose a start date before the phase change, or correct the phases on "
        "the Phases tab first."
    ),
    "review.ready_after_sign_off": N_(
        "The round is already signed off and locked. Ready for report is marked before the "
        "sign-off (review, ready for report, sign-off). Unlock the round with a reason to "
        "mark it now."
    ),
}
