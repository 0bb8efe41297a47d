"""The sampling note of a review round as message codes with parameters, one per sentence.

The report prints these sentences instead of the raw sampling parameters stored on the round
(`takes_all`, `allocation` …): the method, the sizes, the strata and their shares, the seed
(startværdi) and the fingerprint of the case list, who drew the sample and who signed it off.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from taskforce_app.domain.enums import SamplingMethod
from taskforce_app.domain.errors import Notice
from taskforce_app.domain.review import RoundView
from taskforce_app.domain.text import NC_

STRATUM_FIELD_LABELS: dict[str, str] = {
    "case_type": NC_("field", "case type"),
    "measure": NC_("field", "measure"),
}
"""The name (a msgid of the context "field") of each field a sample can be stratified by."""


def sampling_note(round_view: RoundView, *, replaced: int = 0) -> tuple[Notice, ...]:
    """The sentences that describe how the round's sample was drawn.

    Args:
        round_view: the round with its sampling record.
        replaced: how many sampled cases were replaced by another case afterwards.

    Returns:
        Message codes (`report.sampling.*`) with string parameters, in reading order.
    """
    method = round_view.sampling_method
    if method is None:
        return (Notice("report.sampling.not_drawn"),)
    parameters = round_view.sampling_parameters
    population = round_view.population_size
    requested = _int(parameters.get("requested_size"), round_view.sample_size)
    size = _int(parameters.get("size"), requested)
    notes: list[Notice] = []
    if bool(parameters.get("takes_all")):
        notes.append(
            _notice(
                "report.sampling.whole_list",
                requested=requested,
                population=population,
            )
        )
    elif method is SamplingMethod.RANDOM:
        notes.append(_notice("report.sampling.random", size=size, population=population))
    elif method.is_systematic:
        interval = parameters.get("interval")
        notes.append(
            _notice(
                "report.sampling.systematic",
                size=size,
                population=population,
                interval=_decimal(interval) if isinstance(interval, int | float) else "–",
            )
        )
        notes.append(
            Notice(
                "report.sampling.list_order"
                if method is SamplingMethod.SYSTEMATIC
                else "report.sampling.case_ref_order"
            )
        )
    if method is SamplingMethod.STRATIFIED:
        notes.extend(_stratified(parameters, size, population))
    notes.append(
        _notice(
            "report.sampling.seed",
            seed=round_view.seed or "–",
            fingerprint=round_view.population_fingerprint or "–",
        )
    )
    if replaced:
        notes.append(_notice("report.sampling.replaced", count=replaced))
    if round_view.sampled_at is not None:
        notes.append(
            _notice(
                "report.sampling.drawn",
                date=_date(round_view.sampled_at),
                time=round_view.sampled_at.strftime("%H:%M"),
                who=round_view.sampled_by or "–",
            )
        )
    if round_view.signed_off_at is not None:
        notes.append(
            _notice(
                "report.sampling.signed_off",
                date=_date(round_view.signed_off_at),
                who=round_view.signed_off_by or "–",
            )
        )
    else:
        notes.append(Notice("report.sampling.not_signed_off"))
    return tuple(notes)


def _stratified(parameters: Mapping[str, object], size: int, population: int) -> list[Notice]:
    field = str(parameters.get("stratify_by") or "case_type")
    allocation = parameters.get("allocation")
    shares = (
        sorted((str(name), _int(count, 0)) for name, count in allocation.items())
        if isinstance(allocation, dict)
        else []
    )
    notes = [
        _notice(
            "report.sampling.stratified",
            size=size,
            population=population,
            field=STRATUM_FIELD_LABELS.get(field, field),
            strata=len(shares),
            minimum=_int(parameters.get("minimum_per_stratum"), 1),
        )
    ]
    if shares:
        notes.append(
            Notice(
                "report.sampling.allocation",
                (("shares", ", ".join(f"{name or '–'} ({count})" for name, count in shares)),),
            )
        )
    return notes


def _notice(code: str, **params: object) -> Notice:
    return Notice(code, tuple((key, str(value)) for key, value in params.items()))


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _decimal(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _date(moment: datetime) -> str:
    return moment.strftime("%d-%m-%Y")
