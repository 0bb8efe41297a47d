"""Review rounds and their samples: `rounds [add]`, `suggestions` and `sample`."""

from __future__ import annotations

import argparse
import uuid
from contextlib import closing
from datetime import date, datetime
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK, UsageError, print_table, write_json
from taskforce_app.cli.parsing import (
    Command,
    Parser,
    add_common_options,
    add_engagement_option,
    add_json_option,
)
from taskforce_app.cli.wording import language_of, say, text, texts
from taskforce_app.domain.enums import RoundKind, SamplingMethod
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.text import N_

ROUND_COLUMNS = (
    N_("Id"),
    N_("Round"),
    N_("Criteria set"),
    N_("Method"),
    N_("Seed"),
    N_("Cases"),
    N_("Answers"),
    N_("Status"),
)
"""The headers (msgids) of `rounds`."""


def round_id_of(args: argparse.Namespace) -> uuid.UUID:
    """The `--round` id; a malformed one is a round that does not exist."""
    try:
        return uuid.UUID(args.round_id)
    except ValueError as error:
        raise UserError("review.round_not_found") from error


ROUND_ID_HELP = N_("the round's id (see 'rounds')")


def _rounds_arguments(rounds: argparse.ArgumentParser) -> None:
    add_engagement_option(rounds, required=False)
    add_json_option(rounds)
    actions = rounds.add_subparsers(dest="rounds_action", parser_class=Parser, metavar=N_("ACTION"))
    add = actions.add_parser(
        "add", help=N_("add a round drawing from the engagement's newest case list; prints its id")
    )
    add_common_options(add)
    add_engagement_option(add)
    add.add_argument(
        "--kind", required=True, choices=[k.value for k in RoundKind], help=N_("the kind of round")
    )
    add.add_argument(
        "--name", default="", metavar=N_("NAME"), help=N_("the round's name (default: its kind)")
    )
    add.add_argument("--cut-off", metavar="YYYY-MM-DD", help=N_("the date the review looks at"))
    add_json_option(add)


def _run_rounds(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    if getattr(args, "rounds_action", None) == "add":
        return _run_rounds_add(args, out)
    if not args.engagement:
        raise UsageError(detail=N_("rounds needs --engagement (see 'rounds --help')"))
    with closing(open_context(args.db)) as context:
        engagement_id = context.engagements.resolve(args.engagement)
        rounds = context.review.rounds(engagement_id)
    if args.json:
        payload = [
            {
                "id": str(r.id),
                "kind": r.kind.value,
                "name": r.name,
                "status": r.status.value,
                "legal_criteria_set": r.legal_set_name,
                "social_criteria_set": r.social_set_name,
                "method": r.sampling_method.value if r.sampling_method else None,
                "seed": r.seed or None,
                "sample_size": r.sample_size,
                "sampled_cases": r.sampled_cases,
                "population_size": r.population_size,
                "population_fingerprint": r.population_fingerprint or None,
                "answered": r.answered,
                "expected": r.expected,
            }
            for r in rounds
        ]
        write_json(out, payload)
        return EXIT_OK
    table = [
        (
            str(r.id),
            r.name,
            r.legal_set_name,
            r.sampling_method.value if r.sampling_method else "",
            r.seed,
            str(r.sampled_cases),
            f"{r.answered}/{r.expected}",
            r.status.value,
        )
        for r in rounds
    ]
    print_table(out, texts(language_of(args), *ROUND_COLUMNS), table)
    return EXIT_OK


def _run_rounds_add(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    cut_off = None
    if args.cut_off is not None:
        try:
            cut_off = date.fromisoformat(args.cut_off)
        except ValueError as error:
            raise UsageError(
                detail=N_("--cut-off: '{value}' is not a date of the form YYYY-MM-DD"),
                value=args.cut_off,
            ) from error
    with closing(open_context(args.db, actor="cli")) as context:
        engagement_id = context.engagements.resolve(args.engagement)
        view, _ = context.review.create_round(
            engagement_id, RoundKind(args.kind), args.name, cut_off=cut_off
        )
    if args.json:
        payload = {
            "id": str(view.id),
            "kind": view.kind.value,
            "name": view.name,
            "cut_off": view.cut_off_on.isoformat() if view.cut_off_on else None,
        }
        write_json(out, payload)
        return EXIT_OK
    print(view.id, file=out)
    return EXIT_OK


def _suggestions_arguments(suggestions: argparse.ArgumentParser) -> None:
    suggestions.add_argument(
        "--round", required=True, dest="round_id", metavar=N_("ROUND_ID"), help=ROUND_ID_HELP
    )
    add_json_option(suggestions)


def _due_text(due: date | datetime) -> str:
    """A deadline as YYYY-MM-DD (a moment's Danish local day)."""
    from taskforce_app.domain.deadline_rules import danish_local_time

    if isinstance(due, datetime):
        return danish_local_time(due).date().isoformat()
    return due.isoformat()


def _run_suggestions(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    round_id = round_id_of(args)
    language = language_of(args)
    with closing(open_context(args.db)) as context:
        cases = context.review.suggestions(round_id)
    payload = [
        {
            "case_ref": case.case_ref,
            "law": case.law,
            "criteria": [
                {
                    "code": item.code,
                    "topic": item.topic,
                    "suggestion": (
                        item.check.answer.value
                        if item.check is not None and item.check.answer is not None
                        else None
                    ),
                    "due": (
                        _due_text(item.check.due)
                        if item.check is not None and item.check.due is not None
                        else None
                    ),
                    "reason": item.check.message(language) if item.check is not None else "",
                }
                for item in case.criteria
            ],
        }
        for case in cases
    ]
    if args.json:
        write_json(out, payload)
        return EXIT_OK
    for found in cases:
        print(f"{found.case_ref} ({found.criteria_set})", file=out)
        for item in found.criteria:
            if item.check is None:
                continue
            answer = item.check.answer.value if item.check.answer is not None else "–"
            print(f"  {item.code:<6} {answer:<13} {item.check.message(language)}", file=out)
    return EXIT_OK


def _sample_arguments(sample: argparse.ArgumentParser) -> None:
    sample.add_argument("--round", required=True, metavar="ID", dest="round_id", help=ROUND_ID_HELP)
    sample.add_argument(
        "--method",
        required=True,
        choices=[m.value for m in SamplingMethod],
        help=N_("how the cases are drawn"),
    )
    sample.add_argument(
        "--size", type=int, default=20, metavar="N", help=N_("how many cases (default 20)")
    )
    sample.add_argument(
        "--seed", required=True, metavar=N_("TEXT"), help=N_("the seed the draw is repeated from")
    )
    sample.add_argument(
        "--stratify-by",
        choices=["case_type", "measure"],
        default="case_type",
        dest="stratify_by",
        help=N_("stratified draws: the field the sample is spread over"),
    )
    sample.add_argument("--dry-run", action="store_true", help=N_("draw and print, store nothing"))
    add_json_option(sample)


def _run_sample(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context
    from taskforce_app.domain.sampling import SampleRequest

    round_id = round_id_of(args)
    request = SampleRequest(
        method=SamplingMethod(args.method),
        size=args.size,
        seed=args.seed,
        stratify_by=args.stratify_by,
    )
    with closing(open_context(args.db, actor="cli", lock=not args.dry_run)) as context:
        result, _ = context.sampling.draw(round_id, request, dry_run=args.dry_run)
    draw = result.draw
    if args.json:
        payload = {
            "round_id": str(round_id),
            "method": draw.method.value,
            "seed": draw.seed,
            "size": draw.size,
            "population_size": draw.population_size,
            "population_fingerprint": draw.population_fingerprint,
            "stored": result.stored,
            "case_refs": list(draw.case_refs),
            "strata": {
                s.stratum: {"population": s.population, "sample": s.sample} for s in draw.strata
            },
        }
        write_json(out, payload)
        return EXIT_OK
    for position, ref in enumerate(draw.case_refs, start=1):
        print(f"{position:>3}  {ref}", file=out)
    language = language_of(args)
    stored = text(N_("stored") if result.stored else N_("not stored (--dry-run)"), language)
    summary = N_(
        "{size} of {population} cases, method {method}, seed {seed}, "
        "population {fingerprint}…; {stored}"
    )
    say(
        out,
        summary,
        language,
        size=draw.size,
        population=draw.population_size,
        method=draw.method.value,
        seed=draw.seed,
        fingerprint=draw.population_fingerprint[:16],
        stored=stored,
    )
    return EXIT_OK


ROUNDS = Command(
    "rounds",
    N_("list an engagement's review rounds with their ids (or add one)"),
    _rounds_arguments,
    _run_rounds,
)
SUGGESTIONS = Command(
    "suggestions",
    N_("every sampled case's law and computed suggestion per requirement"),
    _suggestions_arguments,
    _run_suggestions,
)
SAMPLE = Command("sample", N_("draw a round's sample reproducibly"), _sample_arguments, _run_sample)
