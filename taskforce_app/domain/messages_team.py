"""User messages (Danish, English) about consultants and who is working."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "email.invalid": (
        "{field}: '{value}' er ikke en gyldig e-mailadresse. Skriv den som navn@domæne.dk.",
        "{field}: '{value}' is not a valid e-mail address. Write it as name@domain.dk.",
    ),
    "consultant.bad_organisation": (
        "Organisationen '{value}' kendes ikke. Brug ankestyrelsen (Ankestyrelsen) eller "
        "social_og_boligstyrelsen (Social- og Boligstyrelsen).",
        "The organisation '{value}' is not known. Use ankestyrelsen (Ankestyrelsen) or "
        "social_og_boligstyrelsen (Social- og Boligstyrelsen).",
    ),
    "consultant.bad_role": (
        "Rollen '{value}' kendes ikke. Brug jurist, socialfaglig, team_lead eller other.",
        "The role '{value}' is not known. Use jurist, socialfaglig, team_lead or other.",
    ),
    "consultant.already_inactive": (
        "{value} er allerede deaktiveret.",
        "{value} is already deactivated.",
    ),
    "consultant.inactive": (
        "{value} er deaktiveret og kan ikke vælges. Aktivér konsulenten under Konsulenter først.",
        "{value} is deactivated and cannot be chosen. Activate the consultant under "
        "Consultants first.",
    ),
    "review.sign_off_needs_consultant": (
        "Vælg, hvem du er (nederst i vinduet), før du godkender runden. En runde godkendes "
        "altid af den konsulent, der arbejder i programmet.",
        "Choose who you are (at the bottom of the window) before you sign off the round. A "
        "round is always signed off by the consultant working in the program.",
    ),
    "review.sign_as_yourself": (
        "Du arbejder som {value} og kan kun godkende eller låse op i dit eget navn. Skift "
        "bruger (nederst i vinduet), hvis en anden konsulent skal godkende.",
        "You are working as {value} and can only sign off or unlock in your own name. Switch "
        "user (at the bottom of the window) if another consultant is to sign off.",
    ),
    "review.unlock_needs_consultant": (
        "Vælg, hvem du er (nederst i vinduet), før du låser runden op.",
        "Choose who you are (at the bottom of the window) before you unlock the round.",
    ),
}
