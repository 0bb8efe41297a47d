"""User messages (English msgids; Danish in resources/locale) about consultants and who is working."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "email.invalid": N_(
        "{field}: '{value}' is not a valid e-mail address. Write it as name@domain.dk."
    ),
    "consultant.bad_organisation": N_(
        "The organisation '{value}' is not known. Use ankestyrelsen (Ankestyrelsen) or "
        "social_og_boligstyrelsen (Social- og Boligstyrelsen)."
    ),
    "consultant.bad_role": N_(
        "The role '{value}' is not known. Use jurist, socialfaglig, team_lead or other."
    ),
    "consultant.already_inactive": N_("{value} is already deactivated."),
    "consultant.inactive": N_(
        "{value} is deactivated and cannot be chosen. Activate the consultant under "
        "Consultants first."
    ),
    "review.sign_off_needs_consultant": N_(
        "Choose who you are (at the bottom of the window) before you sign off the round. A "
        "round is always signed off by the consultant working in the program."
    ),
    "review.sign_as_yourself": N_(
        "You are working as {value} and can only sign off or unlock in your own name. Switch "
        "user (at the bottom of the window) if another consultant is to sign off."
    ),
    "review.unlock_needs_consultant": N_(
        "Choose who you are (at the bottom of the window) before you unlock the round."
    ),
}
