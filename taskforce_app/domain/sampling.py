"""Reproducible samples (stikprøver) from a case list: simple random, systematic and stratified.

Reproducibility: a draw depends only on the seed, the method, the size (and the minimum per
stratum) and the population: its *content*, and for the systematic sample its order in the list.
The population is put in the method's order (`population_order`: the list's rows for
`systematic_list_order`, else `case_ref` in code point order) and fingerprinted with SHA-256; a
`random.Random` is seeded with the SHA-256 of
`taskforce-sample-v1 | seed | method | fingerprint | stream`. Only `Random.random()` is
used to make choices, the one method whose sequence Python guarantees across versions for a
given seed, and integers are taken from it by exact rejection sampling (`_below`). The result
is therefore the same on every Python version and platform; `test_sampling` pins known draws.

Choices:
- A size larger than the population takes the whole population (`SampleDraw.takes_all`), so a
  small municipality's whole case list can be reviewed; the UI should say so
  (message code `sampling.whole_population`).
- Draw order is the order of a lazily drawn random permutation (Fisher–Yates), so the
  replacements of a random or stratified sample continue the same stream: the first
  replacement is the unit that would have been drawn as number n + 1.
- The systematic sample runs through the list in its own order (the rows of the imported
  file), as an auditor would count through it. Rounds drawn before that (method `systematic`,
  `SamplingMethod.SYSTEMATIC_BY_CASE_REF`) ran through the case numbers in code point order;
  they keep that method and redraw exactly.
- Stratified samples use one stream per stratum (strata in code point order of their name),
  so a stratum's replacements do not depend on how many replacements other strata had.
"""

from __future__ import annotations

import hashlib
import random
import secrets
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise
from operator import attrgetter

from taskforce_app.domain.enums import SamplingMethod
from taskforce_app.domain.errors import ValidationError

DEFAULT_SAMPLE_SIZE = 20
"""The documented size of a Task Force case review sample."""

DEFAULT_MINIMUM_PER_STRATUM = 1
ALGORITHM = "taskforce-sample-v1"
"""Names the derivation below; a change to it must get a new name so old draws stay checkable."""

SEED_MAX_LENGTH = 64

_TWO_53 = 1 << 53
_BY_REF = attrgetter("case_ref")
_BY_ROW = attrgetter("list_row", "case_ref")

ORDERS: dict[SamplingMethod, str] = {
    SamplingMethod.SYSTEMATIC: "list_row",
    SamplingMethod.SYSTEMATIC_BY_CASE_REF: "case_ref",
}
"""The order a systematic sample counts through, as stored in its parameters."""


@dataclass(frozen=True, slots=True)
class SampleUnit:
    """One case in the population: its pseudonymous reference, optionally its stratum, and its
    row in the case list (the list's own order; ties are ordered by `case_ref`)."""

    case_ref: str
    stratum: str = ""
    list_row: int = 0


@dataclass(frozen=True, slots=True)
class StratumCount:
    """How many units of a stratum are in the population and in the sample."""

    stratum: str
    population: int
    sample: int


@dataclass(frozen=True, slots=True)
class SampleDraw:
    """A drawn sample and everything needed to repeat it and to draw its replacements."""

    method: SamplingMethod
    seed: str
    requested_size: int
    population_size: int
    population_fingerprint: str
    case_refs: tuple[str, ...]
    """The drawn cases in draw order."""
    strata: tuple[StratumCount, ...]
    """Population and sample counts per stratum value, strata in code point order."""
    minimum_per_stratum: int | None = None
    """Stratified only: the minimum asked for per stratum."""
    systematic_start: int | None = None
    """Systematic only: r in the start r/n, 0 ≤ r < N (see `systematic_positions`)."""

    @property
    def size(self) -> int:
        """The number of cases drawn."""
        return len(self.case_refs)

    @property
    def takes_all(self) -> bool:
        """True when the requested size reached the population size, so every case was taken."""
        return self.requested_size >= self.population_size

    @property
    def interval(self) -> float | None:
        """Systematic only: the interval k = N / n."""
        if not self.method.is_systematic:
            return None
        return self.population_size / self.size

    @property
    def parameters(self) -> dict[str, object]:
        """The draw's parameters as JSON-ready values (for `ReviewRound.sampling_parameters`)."""
        result: dict[str, object] = {
            "algorithm": ALGORITHM,
            "requested_size": self.requested_size,
            "size": self.size,
            "takes_all": self.takes_all,
        }
        if self.method.is_systematic and self.systematic_start is not None:
            result["order"] = ORDERS[self.method]
            result["interval"] = self.interval
            result["start"] = self.systematic_start / self.size
            result["start_numerator"] = self.systematic_start
        if self.method is SamplingMethod.STRATIFIED:
            result["minimum_per_stratum"] = self.minimum_per_stratum
            result["allocation"] = {item.stratum: item.sample for item in self.strata}
        return result


def generate_seed() -> str:
    """A short, readable random seed: 8 lower-case hexadecimal characters."""
    return secrets.token_hex(4)


def population_order(population: Sequence[SampleUnit], method: SamplingMethod) -> list[SampleUnit]:
    """The population in the order the method counts positions in.

    `systematic_list_order`: by `list_row` (the list's own order), ties by `case_ref`; every
    other method: by `case_ref` in code point order, whatever the list's order.
    """
    if method is SamplingMethod.SYSTEMATIC:
        return sorted(population, key=_BY_ROW)
    return sorted(population, key=_BY_REF)


def population_fingerprint(
    population: Sequence[SampleUnit], method: SamplingMethod = SamplingMethod.RANDOM
) -> str:
    """The SHA-256 (hex) of the population in the method's order (see `population_order`).

    The text hashed is one line `case_ref 0x1F stratum 0x1E` per unit in that order, encoded as
    UTF-8: independent of the list's order except for `systematic_list_order`.
    """
    return _fingerprint(population_order(population, method))


def draw_sample(
    population: Sequence[SampleUnit],
    *,
    seed: str,
    method: SamplingMethod = SamplingMethod.RANDOM,
    size: int = DEFAULT_SAMPLE_SIZE,
    minimum_per_stratum: int = DEFAULT_MINIMUM_PER_STRATUM,
) -> SampleDraw:
    """Draw a reproducible sample of `size` cases.

    Args:
        population: the case list; its order does not matter. Case refs must be unique.
        seed: any text of 1–64 characters (surrounding spaces are ignored); see `generate_seed`.
        method: simple random, systematic or stratified (by `SampleUnit.stratum`).
        size: the number of cases wanted; more than the population takes every case.
        minimum_per_stratum: stratified only; each stratum gets at least this many cases (or
            all of its cases when it has fewer).

    Returns:
        The draw, with the cases in draw order.

    Raises:
        ValidationError: `sampling.empty_population`, `sampling.duplicate_case_ref`,
            `sampling.bad_size`, `sampling.bad_seed`, `sampling.bad_minimum` or
            `sampling.too_many_strata`.
    """
    seed = _checked_seed(seed)
    if size < 1:
        raise ValidationError("sampling.bad_size", size=size)
    if minimum_per_stratum < 0:
        raise ValidationError("sampling.bad_minimum", minimum=minimum_per_stratum)
    units = _canonical(population, method)
    fingerprint = _fingerprint(units)
    count = min(size, len(units))
    start: int | None = None
    minimum: int | None = None
    if method is SamplingMethod.RANDOM:
        rng = _rng(seed, method, fingerprint, "all")
        picked = [units[index] for index in _take(_permutation(rng, len(units)), count)]
    elif method.is_systematic:
        rng = _rng(seed, method, fingerprint, "start")
        start = _below(rng, len(units))
        picked = [units[index] for index in systematic_positions(len(units), count, start)]
    else:
        minimum = minimum_per_stratum
        picked = _stratified(units, count, minimum, seed, fingerprint)
    population_counts = Counter(unit.stratum for unit in units)
    sample_counts = Counter(unit.stratum for unit in picked)
    return SampleDraw(
        method=method,
        seed=seed,
        requested_size=size,
        population_size=len(units),
        population_fingerprint=fingerprint,
        case_refs=tuple(unit.case_ref for unit in picked),
        strata=tuple(
            StratumCount(name, population_counts[name], sample_counts[name])
            for name in sorted(population_counts)
        ),
        minimum_per_stratum=minimum,
        systematic_start=start,
    )


def systematic_positions(population_size: int, size: int, start_numerator: int) -> list[int]:
    """The positions floor(start + i·k), i = 0 … size − 1, with k = N/n and start = r/n.

    The picks of a systematic sample change only where start + i·k is a whole number, that is
    at multiples of 1/n, so a start drawn as a whole r in [0, N) and divided by n gives every
    possible sample with the same probability as a continuous start in [0, k). Whole-number
    arithmetic, floor((r + i·N) / n), keeps the positions exact on every platform.

    Raises:
        ValueError: a size outside 1 … N or a start outside 0 … N − 1.
    """
    if not 1 <= size <= population_size:
        raise ValueError(f"size must be 1 … {population_size}, got {size}")
    if not 0 <= start_numerator < population_size:
        raise ValueError(
            f"start numerator must be 0 … {population_size - 1}, got {start_numerator}"
        )
    return [(start_numerator + i * population_size) // size for i in range(size)]


def allocate_strata(
    stratum_sizes: Mapping[str, int], size: int, minimum: int = DEFAULT_MINIMUM_PER_STRATUM
) -> dict[str, int]:
    """Split `size` over the strata in proportion to their sizes, with a minimum per stratum.

    Each stratum first gets its exact share n·N_h/N; a stratum whose share is below
    min(minimum, N_h) is fixed at that floor and the rest is shared again among the others,
    until no share is below its floor. The shares are then rounded by largest remainder
    (ties: the larger stratum, then the stratum name in code point order), so the sizes sum to
    exactly `size`, no stratum gets fewer than its floor or more than its units, and a stratum
    whose minimum does not bind gets its share rounded down or up.

    Args:
        stratum_sizes: the number of units per stratum (strata with 0 units are left out).
        size: the total sample size, at most the sum of the stratum sizes.
        minimum: the minimum per stratum.

    Raises:
        ValidationError: `sampling.too_many_strata` when the minimums add up to more than `size`.
        ValueError: `size` is negative or larger than the population.
    """
    sizes = {name: units for name, units in stratum_sizes.items() if units > 0}
    total = sum(sizes.values())
    if not 0 <= size <= total:
        raise ValueError(f"size must be 0 … {total}, got {size}")
    floors = {name: min(minimum, units) for name, units in sizes.items()}
    needed = sum(floors.values())
    if needed > size:
        raise ValidationError(
            "sampling.too_many_strata",
            size=size,
            strata=len(sizes),
            minimum=minimum,
            needed=needed,
        )
    shares: dict[str, Fraction] = {}
    free = dict(sizes)
    while True:
        budget = size - sum(shares.values())
        free_units = sum(free.values())
        rate = Fraction(budget, free_units) if free_units else Fraction(0)
        below = [name for name, units in free.items() if rate * units < floors[name]]
        if not below:
            break
        for name in below:
            shares[name] = Fraction(floors[name])
            del free[name]
    for name, units in free.items():
        shares[name] = rate * units
    result = {name: int(share) for name, share in shares.items()}
    leftover = size - sum(result.values())
    by_remainder = sorted(
        shares, key=lambda name: (-(shares[name] - result[name]), -sizes[name], name)
    )
    for name in by_remainder[:leftover]:
        result[name] += 1
    return {name: result[name] for name in sorted(result)}


def next_replacement(
    draw: SampleDraw,
    population: Sequence[SampleUnit],
    replacing: str,
    already_used: Collection[str] = (),
) -> str:
    """The case that replaces `replacing`, continuing the draw's seeded sequence.

    - random: the next unit of the draw's permutation that is not used yet;
    - stratified: the next unused unit of the same stratum's permutation; when that stratum has
      no unused unit left, the next unused unit of a permutation of the whole population
      (stream `fallback`);
    - systematic: the next unused unit after `replacing` in the method's order (the list's
      order, or case_ref order for `systematic`), wrapping around.

    The result depends only on the seed, the population and the set of used cases, so drawing
    the replacements in the same order always gives the same cases.

    Args:
        draw: the original draw.
        population: the same population the draw was made from (in any order).
        replacing: the case ref being replaced.
        already_used: the case refs that may not be drawn again: earlier replacements and any
            case excluded by hand. The draw's own cases always count as used.

    Raises:
        ValidationError: `sampling.population_changed` when the population's fingerprint is not
            the draw's, `sampling.no_replacement` when every case is used.
        ValueError: `replacing` is not in the population.
    """
    units = _canonical(population, draw.method)
    if _fingerprint(units) != draw.population_fingerprint:
        raise ValidationError("sampling.population_changed")
    used = set(draw.case_refs) | set(already_used)
    position = _position(units, replacing)
    if draw.method.is_systematic:
        count = len(units)
        for step in range(1, count + 1):
            candidate = units[(position + step) % count].case_ref
            if candidate not in used:
                return candidate
        raise ValidationError("sampling.no_replacement")
    if draw.method is SamplingMethod.RANDOM:
        rng = _rng(draw.seed, draw.method, draw.population_fingerprint, "all")
        found = _first_unused(units, _permutation(rng, len(units)), used)
    else:
        stratum = units[position].stratum
        members = [unit for unit in units if unit.stratum == stratum]
        rng = _rng(draw.seed, draw.method, draw.population_fingerprint, f"stratum:{stratum}")
        found = _first_unused(members, _permutation(rng, len(members)), used)
        if found is None:
            rng = _rng(draw.seed, draw.method, draw.population_fingerprint, "fallback")
            found = _first_unused(units, _permutation(rng, len(units)), used)
    if found is None:
        raise ValidationError("sampling.no_replacement")
    return found


def _stratified(
    units: list[SampleUnit], count: int, minimum: int, seed: str, fingerprint: str
) -> list[SampleUnit]:
    groups: dict[str, list[SampleUnit]] = {}
    for unit in units:
        groups.setdefault(unit.stratum, []).append(unit)
    allocation = allocate_strata(
        {name: len(group) for name, group in groups.items()}, count, minimum
    )
    picked: list[SampleUnit] = []
    for name in sorted(groups):
        group = groups[name]
        rng = _rng(seed, SamplingMethod.STRATIFIED, fingerprint, f"stratum:{name}")
        picked.extend(
            group[index] for index in _take(_permutation(rng, len(group)), allocation[name])
        )
    return picked


def _checked_seed(seed: str) -> str:
    cleaned = seed.strip()
    if not cleaned or len(cleaned) > SEED_MAX_LENGTH:
        raise ValidationError("sampling.bad_seed", limit=SEED_MAX_LENGTH)
    return cleaned


def _canonical(population: Sequence[SampleUnit], method: SamplingMethod) -> list[SampleUnit]:
    if not population:
        raise ValidationError("sampling.empty_population")
    for previous, current in pairwise(sorted(population, key=_BY_REF)):
        if previous.case_ref == current.case_ref:
            raise ValidationError("sampling.duplicate_case_ref", case_ref=current.case_ref)
    return population_order(population, method)


def _fingerprint(units: Sequence[SampleUnit]) -> str:
    digest = hashlib.sha256()
    digest.update("".join(f"{unit.case_ref}\x1f{unit.stratum}\x1e" for unit in units).encode())
    return digest.hexdigest()


def _position(units: Sequence[SampleUnit], case_ref: str) -> int:
    for index, unit in enumerate(units):
        if unit.case_ref == case_ref:
            return index
    raise ValueError(f"case {case_ref!r} is not in the population")


def _rng(seed: str, method: SamplingMethod, fingerprint: str, stream: str) -> random.Random:
    material = "\x1f".join((ALGORITHM, seed, method.value, fingerprint, stream))
    digest = hashlib.sha256(material.encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _below(rng: random.Random, bound: int) -> int:
    """A uniform whole number in [0, bound), from `random()` only (exact rejection sampling)."""
    limit = _TWO_53 - _TWO_53 % bound
    while True:
        value = int(rng.random() * _TWO_53)
        if value < limit:
            return value % bound


def _permutation(rng: random.Random, count: int) -> Iterator[int]:
    """The positions 0 … count − 1 in a uniformly random order, drawn lazily (Fisher–Yates)."""
    moved: dict[int, int] = {}
    for index in range(count):
        chosen = index + _below(rng, count - index)
        value = moved.get(chosen, chosen)
        moved[chosen] = moved.get(index, index)
        yield value


def _take(positions: Iterator[int], count: int) -> list[int]:
    return [next(positions) for _ in range(count)]


def _first_unused(
    units: Sequence[SampleUnit], positions: Iterator[int], used: Collection[str]
) -> str | None:
    for index in positions:
        if units[index].case_ref not in used:
            return units[index].case_ref
    return None


@dataclass(frozen=True, slots=True)
class SampleRequest:
    """How to draw: method, size, seed, and for stratified sampling the field and minimum."""

    method: SamplingMethod
    size: int
    seed: str
    stratify_by: str = "case_type"
    minimum_per_stratum: int = DEFAULT_MINIMUM_PER_STRATUM
