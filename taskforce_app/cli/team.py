"""`consultants add|list|deactivate`: the people of the Task Force."""

from __future__ import annotations

import argparse
from contextlib import closing
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK, print_table, write_json
from taskforce_app.cli.parsing import Command, Parser, add_json_option, add_subcommand
from taskforce_app.cli.wording import language_of, say, text, texts
from taskforce_app.domain.labels import ORGANISATION_LABELS, ROLE_LABELS
from taskforce_app.domain.text import N_

CONSULTANT_COLUMNS = (
    N_("Initials"),
    N_("Name"),
    N_("Organisation"),
    N_("Role"),
    N_("E-mail"),
    N_("Status"),
)
"""The headers (msgids) of `consultants list`."""


INITIALS_HELP = N_("the consultant's initials")


def _consultants_arguments(consultants: argparse.ArgumentParser) -> None:
    actions = consultants.add_subparsers(
        dest="consultants_action", parser_class=Parser, metavar=N_("ACTION"), required=True
    )
    add = add_subcommand(actions, "add", N_("add a consultant and print them"))
    add.add_argument(
        "--name", required=True, metavar=N_("NAME"), help=N_("the consultant's full name")
    )
    add.add_argument("--initials", required=True, metavar="ABC", help=INITIALS_HELP)
    add.add_argument(
        "--organisation",
        required=True,
        metavar=N_("ORGANISATION"),
        help=N_("the organisation: ankestyrelsen | social_og_boligstyrelsen (or its Danish name)"),
    )
    add.add_argument(
        "--role",
        required=True,
        metavar=N_("ROLE"),
        help=N_("the role: jurist | socialfaglig | team_lead | other"),
    )
    add.add_argument(
        "--email", default="", metavar=N_("EMAIL"), help=N_("e-mail address (optional)")
    )
    add_json_option(add)
    listing = add_subcommand(actions, "list", N_("every consultant, deactivated ones marked"))
    add_json_option(listing)
    deactivate = add_subcommand(
        actions, "deactivate", N_("deactivate a consultant (kept in teams and history)")
    )
    deactivate.add_argument("--initials", required=True, metavar="ABC", help=INITIALS_HELP)


def _run_consultants(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context
    from taskforce_app.domain.team import ConsultantDraft, parse_organisation, parse_role

    writing = args.consultants_action in ("add", "deactivate")
    with closing(open_context(args.db, actor="cli", lock=writing)) as context:
        if args.consultants_action == "add":
            draft = ConsultantDraft(
                args.name,
                args.initials,
                parse_organisation(args.organisation),
                parse_role(args.role),
                email=args.email,
            )
            view, _ = context.team.create_consultant(draft)
            people = [context.team.consultant(view.initials)]
        elif args.consultants_action == "deactivate":
            person = context.team.consultant(args.initials)
            context.team.set_active(person.id, False)
            deactivated = N_("{name} ({initials}) is deactivated.")
            say(out, deactivated, language_of(args), name=person.name, initials=person.initials)
            return EXIT_OK
        else:
            people = context.team.consultant_details()
    if getattr(args, "json", False):
        payload = [
            {
                "id": str(p.id),
                "name": p.name,
                "initials": p.initials,
                "organisation": p.organisation.value,
                "role": p.role.value,
                "email": p.email,
                "active": p.active,
            }
            for p in people
        ]
        write_json(out, payload[0] if args.consultants_action == "add" else payload)
        return EXIT_OK
    language = language_of(args)
    rows = [
        (
            p.initials,
            p.name,
            ORGANISATION_LABELS.label(p.organisation, language),
            ROLE_LABELS.label(p.role, language),
            p.email,
            text(N_("active") if p.active else N_("deactivated"), language),
        )
        for p in people
    ]
    print_table(out, texts(language, *CONSULTANT_COLUMNS), rows)
    return EXIT_OK


CONSULTANTS = Command(
    "consultants",
    N_("add, list and deactivate consultants"),
    _consultants_arguments,
    _run_consultants,
)
