"""Criteria sets (juridisk requirements, socialfaglig quality points) and national benchmarks.

The sets are data (resources/criteria/*.json); this module turns a parsed file into frozen values,
refusing a malformed file with a message that names the file's field, and picks the legal set
that applies to the decisions of a case review.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from taskforce_app.domain.enums import Answer, Pejlemaerke, Track
from taskforce_app.domain.text import Language, shipped_text

DEADLINE_RULES = frozenset(
    {
        "24_hours",
        "6_working_days",
        "4_months",
        "3_months",
        "every_6_months",
        "before_decision",
        "two_visits_a_year",
    }
)
"""The deadline rules a criterion may name; the deadline engine implements exactly these."""

KNOWN_TOPICS = frozenset(
    {
        # juridisk: the requirements of Barnets lov and Serviceloven (topic shared by both laws)
        "bfu_made",
        "bfu_within_4_months",
        "child_talk_in_bfu",
        "child_talk_before_decision",
        "bisidder",
        "child_as_party",
        "custody_holder_in_bfu",
        "siblings_on_placement",
        "plan",
        "first_follow_up",
        "ongoing_follow_up",
        "personal_supervision",
        "supervision_visits",
        "notification_24h",
        "acute_action",
        "reassessment",
        "receipt_6_working_days",
        "hearing",
        "reasons",
        "appeal_guidance",
        # socialfaglig: the four pejlemærker
        "faglig_udredning",
        "valg_af_indsats",
        "opfoelgning",
        "inddragelse",
    }
)
"""The topics a criterion may have: the rules, the results and the CLI rely on these keys."""

BARNETS_LOV_START = date(2024, 1, 1)

_E = TypeVar("_E", Track, Pejlemaerke, Answer)


class CriteriaFormatError(ValueError):
    """A criteria or benchmark file does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class ScalePoint:
    """One answer on a set's scale, with its Danish and English label."""

    answer: Answer
    label_da: str
    label_en: str

    def label(self, language: Language) -> str:
        """The label in `language`."""
        return shipped_text(self.label_da, self.label_en, language)


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    """One requirement or quality point as shipped in a criteria file."""

    code: str
    pejlemaerke: Pejlemaerke
    provision: str
    question: str
    guidance: str = ""
    applies_when: str = ""
    deadline_rule: str | None = None
    benchmark_key: str | None = None
    topic: str = ""


@dataclass(frozen=True, slots=True)
class TopicComparison:
    """Whether a topic means the same in substance in this set and in `other_key`'s set.

    Analyse vs Statusmåling change is computed across the two laws only when `same` is true;
    otherwise `reason` (Danish) says why the change is not computed.
    """

    topic: str
    other_key: str
    same: bool
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CriteriaSetSpec:
    """A versioned criteria set: which law, when it applies, its scale and its criteria."""

    key: str
    version: int
    name: str
    track: Track
    criteria: tuple[CriterionSpec, ...]
    scale: tuple[ScalePoint, ...]
    law: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = ""
    note: str = ""
    comparability: tuple[TopicComparison, ...] = ()

    def applies_on(self, day: date) -> bool:
        """True when `day` lies within the set's validity (open ends are unbounded)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to

    def criterion(self, code: str) -> CriterionSpec:
        """The criterion with `code`.

        Raises:
            KeyError: no such code in the set.
        """
        for item in self.criteria:
            if item.code == code:
                return item
        raise KeyError(code)


@dataclass(frozen=True, slots=True)
class Benchmark:
    """A published national compliance rate (Børnesagsbarometret) for one period."""

    key: str
    label_da: str
    label_en: str
    value_pct: float
    period: str
    year: int
    source: str
    kind: str = "year"
    """`pilot`, `year` (one year's third of the municipalities) or `composite` (2020–22)."""
    municipalities: int | None = None
    """How many municipalities the figure covers (None where the source does not say)."""
    law: str = "serviceloven"
    """The criteria set key of the law the figure was measured under."""
    comparable_with: tuple[str, ...] = ()
    """The criteria set keys whose requirement the figure may stand beside."""

    def label(self, language: Language) -> str:
        """The label in `language`."""
        return shipped_text(self.label_da, self.label_en, language)


BENCHMARK_KINDS = frozenset({"pilot", "year", "composite"})


def parse_criteria_set(data: Mapping[str, object], *, origin: str = "criteria") -> CriteriaSetSpec:
    """Build a `CriteriaSetSpec` from the parsed JSON of a criteria file.

    Args:
        data: the file's top-level object.
        origin: the file name, used in error messages.

    Raises:
        CriteriaFormatError: a field is missing, has the wrong type or value, or a code repeats.
    """
    key = _text(data, "key", origin)
    version = _int(data, "version", origin)
    track = _enum(Track, data, "track", origin)
    scale = tuple(
        _scale_point(raw, f"{origin}: scale[{i}]")
        for i, raw in enumerate(_list(data, "scale", origin))
    )
    if not scale:
        raise CriteriaFormatError(f"{origin}: 'scale' must not be empty")
    raw_criteria = _list(data, "criteria", origin)
    if not raw_criteria:
        raise CriteriaFormatError(f"{origin}: 'criteria' must not be empty")
    criteria: list[CriterionSpec] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_criteria):
        where = f"{origin}: criteria[{index}]"
        if not isinstance(raw, Mapping):
            raise CriteriaFormatError(f"{where} must be an object")
        item = _criterion(raw, where)
        if item.code in seen:
            raise CriteriaFormatError(f"{where}: code {item.code!r} is repeated")
        seen.add(item.code)
        criteria.append(item)
    valid_from = _date(data, "valid_from", origin)
    valid_to = _date(data, "valid_to", origin)
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise CriteriaFormatError(f"{origin}: 'valid_to' is before 'valid_from'")
    return CriteriaSetSpec(
        key=key,
        version=version,
        name=_text(data, "name", origin),
        track=track,
        criteria=tuple(criteria),
        scale=scale,
        law=_optional_text(data, "law", origin),
        valid_from=valid_from,
        valid_to=valid_to,
        source=_optional_text(data, "source", origin),
        note=_optional_text(data, "note", origin),
        comparability=_comparability(data, origin, {item.topic for item in criteria}),
    )


def parse_benchmarks(
    data: Mapping[str, object], *, origin: str = "benchmarks"
) -> tuple[Benchmark, ...]:
    """Build the benchmarks from the parsed JSON of benchmarks.json.

    Raises:
        CriteriaFormatError: a field is missing or wrong, or a (key, period) pair repeats.
    """
    result: list[Benchmark] = []
    seen: set[tuple[str, str]] = set()
    for index, raw in enumerate(_list(data, "benchmarks", origin)):
        where = f"{origin}: benchmarks[{index}]"
        if not isinstance(raw, Mapping):
            raise CriteriaFormatError(f"{where} must be an object")
        value = raw.get("value_pct")
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 100:
            raise CriteriaFormatError(f"{where}: 'value_pct' must be a number from 0 to 100")
        item = Benchmark(
            key=_text(raw, "key", where),
            label_da=_text(raw, "label_da", where),
            label_en=_text(raw, "label_en", where),
            value_pct=float(value),
            period=_text(raw, "period", where),
            year=_int(raw, "year", where),
            source=_text(raw, "source", where),
            **_benchmark_scope(raw, where),
        )
        if (item.key, item.period) in seen:
            raise CriteriaFormatError(f"{where}: {item.key!r} for {item.period!r} is repeated")
        seen.add((item.key, item.period))
        result.append(item)
    return tuple(result)


def _benchmark_scope(raw: Mapping[str, object], where: str) -> dict[str, Any]:
    kind = _text(raw, "kind", where)
    if kind not in BENCHMARK_KINDS:
        raise CriteriaFormatError(f"{where}: 'kind' must be one of {sorted(BENCHMARK_KINDS)}")
    municipalities = raw.get("municipalities")
    if municipalities is not None and (
        not isinstance(municipalities, int)
        or isinstance(municipalities, bool)
        or municipalities < 1
    ):
        raise CriteriaFormatError(f"{where}: 'municipalities' must be a positive whole number")
    law = _text(raw, "law", where)
    comparable = tuple(str(item) for item in _list(raw, "comparable_with", where))
    if law not in comparable:
        raise CriteriaFormatError(f"{where}: 'comparable_with' must include its own law {law!r}")
    return {
        "kind": kind,
        "municipalities": municipalities,
        "law": law,
        "comparable_with": comparable,
    }


def latest_benchmark(benchmarks: Iterable[Benchmark], key: str) -> Benchmark | None:
    """The most recent figure published for `key`, or None."""
    matching = [item for item in benchmarks if item.key == key]
    return max(matching, key=lambda item: item.year) if matching else None


def check_benchmark_links(
    sets: Iterable[CriteriaSetSpec], benchmarks: Iterable[Benchmark]
) -> list[str]:
    """Every `set:code → key` whose benchmark key has no figure (empty when all links hold)."""
    known = {item.key for item in benchmarks}
    return [
        f"{spec.key}:{item.code} → {item.benchmark_key}"
        for spec in sets
        for item in spec.criteria
        if item.benchmark_key is not None and item.benchmark_key not in known
    ]


def choose_legal_set(
    decision_dates: Iterable[date | None], sets: Sequence[CriteriaSetSpec]
) -> CriteriaSetSpec:
    """The juridisk criteria set for a case review, chosen by the dates of the decisions reviewed.

    Rule: each decision date votes for the juridisk set in force on that day (the newest
    `valid_from`, then the highest version, when several are). The set with the most votes wins;
    a tie goes to the set in force on the latest decision date. Without any usable date the set
    with the newest `valid_from` is chosen (today's law, as far as the shipped sets know).
    With the shipped sets this means: Barnets lov for decisions from 1 January 2024, Serviceloven
    before, and a mixed sample follows its majority.

    Raises:
        ValueError: `sets` holds no juridisk set, or no set is in force on any given date.
    """
    legal = [spec for spec in sets if spec.track is Track.JURIDISK]
    if not legal:
        raise ValueError("no juridisk criteria set to choose from")
    dates = sorted(day for day in decision_dates if day is not None)
    if not dates:
        return max(legal, key=_newness)
    votes: Counter[tuple[str, int]] = Counter()
    by_id: dict[tuple[str, int], CriteriaSetSpec] = {}
    latest_vote: dict[tuple[str, int], date] = {}
    for day in dates:
        in_force = [spec for spec in legal if spec.applies_on(day)]
        if not in_force:
            continue
        chosen = max(in_force, key=_newness)
        ident = (chosen.key, chosen.version)
        by_id[ident] = chosen
        votes[ident] += 1
        latest_vote[ident] = day
    if not votes:
        raise ValueError(f"no juridisk criteria set is in force on {dates[0]} … {dates[-1]}")
    winner = max(votes, key=lambda ident: (votes[ident], latest_vote[ident]))
    return by_id[winner]


def legal_set_on(day: date | None, sets: Sequence[CriteriaSetSpec]) -> CriteriaSetSpec:
    """The juridisk set in force on `day` (newest `valid_from`, then version, when several are).

    Each decision is judged by the law in force when it was made: Barnets lov from
    1 January 2024, Serviceloven before. Without a day, today's law (the newest set).

    Raises:
        ValueError: no juridisk set in `sets`, or none in force on `day`.
    """
    legal = [spec for spec in sets if spec.track is Track.JURIDISK]
    if not legal:
        raise ValueError("no juridisk criteria set to choose from")
    if day is None:
        return max(legal, key=_newness)
    in_force = [spec for spec in legal if spec.applies_on(day)]
    if not in_force:
        raise ValueError(f"no juridisk criteria set is in force on {day}")
    return max(in_force, key=_newness)


def comparison(
    sets: Sequence[CriteriaSetSpec], topic: str, first_key: str, second_key: str
) -> TopicComparison:
    """Whether `topic` is the same in substance under the sets `first_key` and `second_key`.

    The same set is always comparable with itself. Across two sets, the comparability table of
    either set's newest version decides; a topic the table does not list is not comparable.
    """
    if first_key == second_key:
        return TopicComparison(topic, second_key, True)
    for spec in sorted(sets, key=lambda item: item.version, reverse=True):
        if spec.key not in (first_key, second_key):
            continue
        other = second_key if spec.key == first_key else first_key
        for item in spec.comparability:
            if item.topic == topic and item.other_key == other:
                return item
    return TopicComparison(
        topic, second_key, False, "Kravet er ikke vurderet som ens efter de to love."
    )


def _comparability(
    data: Mapping[str, object], origin: str, topics: set[str]
) -> tuple[TopicComparison, ...]:
    raw = data.get("comparability")
    if raw is None:
        return ()
    if not isinstance(raw, Mapping):
        raise CriteriaFormatError(f"{origin}: 'comparability' must be an object or null")
    other_key = _text(raw, "with", f"{origin}: comparability")
    result: list[TopicComparison] = []
    for index, item in enumerate(_list(raw, "topics", f"{origin}: comparability")):
        where = f"{origin}: comparability.topics[{index}]"
        if not isinstance(item, Mapping):
            raise CriteriaFormatError(f"{where} must be an object")
        topic = _text(item, "topic", where)
        if topic not in topics:
            raise CriteriaFormatError(f"{where}: topic {topic!r} is not a topic of the set")
        same = item.get("same")
        if not isinstance(same, bool):
            raise CriteriaFormatError(f"{where}: 'same' must be true or false")
        reason = _optional_text(item, "reason", where)
        if not same and not reason:
            raise CriteriaFormatError(f"{where}: 'reason' is needed when 'same' is false")
        result.append(TopicComparison(topic, other_key, same, reason))
    return tuple(result)


def _newness(spec: CriteriaSetSpec) -> tuple[date, int]:
    return (spec.valid_from or date.min, spec.version)


def _criterion(raw: Mapping[str, object], where: str) -> CriterionSpec:
    code = _text(raw, "code", where)
    where = f"{where} ({code})"
    deadline = _optional_text(raw, "deadline_rule", where) or None
    if deadline is not None and deadline not in DEADLINE_RULES:
        raise CriteriaFormatError(
            f"{where}: unknown deadline_rule {deadline!r} "
            f"(known: {', '.join(sorted(DEADLINE_RULES))})"
        )
    topic = _optional_text(raw, "topic", where)
    if topic and topic not in KNOWN_TOPICS:
        raise CriteriaFormatError(f"{where}: unknown topic {topic!r}")
    return CriterionSpec(
        code=code,
        pejlemaerke=_enum(Pejlemaerke, raw, "pejlemaerke", where),
        provision=_optional_text(raw, "provision", where),
        question=_text(raw, "question", where),
        guidance=_optional_text(raw, "guidance", where),
        applies_when=_optional_text(raw, "applies_when", where),
        deadline_rule=deadline,
        benchmark_key=_optional_text(raw, "benchmark_key", where) or None,
        topic=topic,
    )


def _scale_point(raw: object, where: str) -> ScalePoint:
    if not isinstance(raw, Mapping):
        raise CriteriaFormatError(f"{where} must be an object")
    return ScalePoint(
        answer=_enum(Answer, raw, "code", where),
        label_da=_text(raw, "da", where),
        label_en=_text(raw, "en", where),
    )


def _list(data: Mapping[str, object], field: str, where: str) -> list[object]:
    value = data.get(field)
    if not isinstance(value, list):
        raise CriteriaFormatError(f"{where}: {field!r} must be a list")
    return value


def _text(data: Mapping[str, object], field: str, where: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise CriteriaFormatError(f"{where}: {field!r} must be a non-empty text")
    return value.strip()


def _optional_text(data: Mapping[str, object], field: str, where: str) -> str:
    value = data.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CriteriaFormatError(f"{where}: {field!r} must be a text or null")
    return value.strip()


def _int(data: Mapping[str, object], field: str, where: str) -> int:
    value = data.get(field)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise CriteriaFormatError(f"{where}: {field!r} must be a whole number ≥ 0")
    return value


def _date(data: Mapping[str, object], field: str, where: str) -> date | None:
    value = data.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise CriteriaFormatError(f"{where}: {field!r} must be a date 'YYYY-MM-DD' or null")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CriteriaFormatError(
            f"{where}: {field!r} is not a date 'YYYY-MM-DD': {value!r}"
        ) from exc


def _enum(kind: type[_E], data: Mapping[str, object], field: str, where: str) -> _E:
    value = data.get(field)
    try:
        return kind(str(value))
    except ValueError as exc:
        known = ", ".join(member.value for member in kind)
        raise CriteriaFormatError(
            f"{where}: {field!r} is {value!r}; expected one of {known}"
        ) from exc
