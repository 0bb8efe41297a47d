"""Samples are reproducible from their seed, independent of input order, and fairly allocated."""

from __future__ import annotations

import random
import re
from collections import Counter
from fractions import Fraction
from itertools import pairwise
from math import floor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taskforce_app.domain.enums import SamplingMethod
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.sampling import (
    DEFAULT_SAMPLE_SIZE,
    SampleDraw,
    SampleUnit,
    allocate_strata,
    draw_sample,
    generate_seed,
    next_replacement,
    population_fingerprint,
    systematic_positions,
)

METHODS = list(SamplingMethod)


def _population(count: int, strata: str = "ABC") -> list[SampleUnit]:
    return [
        SampleUnit(f"S-{i:03d}", strata[i % len(strata)] if i % 7 else "D")
        for i in range(1, count + 1)
    ]


def _replacements(draw: SampleDraw, population: list[SampleUnit], count: int) -> list[str]:
    used: list[str] = []
    for index in range(count):
        replacing = draw.case_refs[index % draw.size]
        used.append(next_replacement(draw, population, replacing, used))
    return used


@pytest.mark.parametrize(
    ("method", "expected", "replacement"),
    [
        (SamplingMethod.RANDOM, ("S-086", "S-038", "S-015", "S-025", "S-020"), "S-035"),
        (
            SamplingMethod.SYSTEMATIC_BY_CASE_REF,
            ("S-008", "S-028", "S-048", "S-068", "S-088"),
            "S-009",
        ),
        (SamplingMethod.STRATIFIED, ("S-096", "S-009", "S-034", "S-041", "S-042"), "S-087"),
    ],
)
def test_known_draws_never_change(
    method: SamplingMethod, expected: tuple[str, ...], replacement: str
) -> None:
    # Pinned: a change here means recorded samples can no longer be reproduced.
    population = _population(100)
    draw = draw_sample(population, seed="5eed1e55", method=method, size=5)
    assert draw.case_refs == expected
    assert next_replacement(draw, population, expected[0]) == replacement


def test_a_known_list_order_draw_never_changes() -> None:
    # Pinned: the list's rows are a shuffle of 1 … 100 (row of S-i is 37·i mod 101).
    population = [SampleUnit(f"S-{i:03d}", "", (i * 37) % 101) for i in range(1, 101)]
    draw = draw_sample(population, seed="5eed1e55", method=SamplingMethod.SYSTEMATIC, size=5)
    assert draw.case_refs == ("S-082", "S-088", "S-094", "S-100", "S-005")  # rows 4, 24, …
    assert [(i * 37) % 101 for i in (82, 88, 94, 100, 5)] == [4, 24, 44, 64, 84]
    assert draw.parameters["order"] == "list_row" and draw.systematic_start == 16
    assert next_replacement(draw, population, "S-082") == "S-052"  # the case in row 5


def test_an_old_systematic_round_keeps_its_case_number_order() -> None:
    shuffled = [SampleUnit(f"S-{i:03d}", "", (i * 37) % 101) for i in range(1, 101)]
    unnumbered = [SampleUnit(f"S-{i:03d}") for i in range(1, 101)]
    method = SamplingMethod.SYSTEMATIC_BY_CASE_REF
    legacy = draw_sample(shuffled, seed="5eed1e55", method=method, size=5)
    assert legacy == draw_sample(unnumbered, seed="5eed1e55", method=method, size=5)
    assert legacy.case_refs == ("S-007", "S-027", "S-047", "S-067", "S-087")  # rows ignored
    assert legacy.parameters["order"] == "case_ref"
    assert SamplingMethod.SYSTEMATIC_BY_CASE_REF.for_new_draw is SamplingMethod.SYSTEMATIC
    assert SamplingMethod("systematic") is SamplingMethod.SYSTEMATIC_BY_CASE_REF


def test_the_fingerprint_is_pinned_and_order_free() -> None:
    population = _population(100)
    fingerprint = population_fingerprint(population)
    assert fingerprint == population_fingerprint(list(reversed(population)))
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint)
    assert population_fingerprint([SampleUnit("a", "x")]) != population_fingerprint(
        [SampleUnit("a", "y")]
    )


@pytest.mark.parametrize("method", METHODS)
def test_same_seed_same_sample_in_any_input_order(method: SamplingMethod) -> None:
    population = _population(300)
    shuffled = population[:]
    random.Random(1).shuffle(shuffled)
    first = draw_sample(population, seed="abc", method=method)
    again = draw_sample(shuffled, seed="abc", method=method)
    assert first == again
    assert first.size == DEFAULT_SAMPLE_SIZE
    assert first.population_size == 300


@pytest.mark.parametrize("method", METHODS)
def test_different_seeds_give_different_samples(method: SamplingMethod) -> None:
    # 997 cases: a systematic sample has 997 possible starts, so 20 seeds rarely collide.
    population = _population(997)
    samples = {draw_sample(population, seed=f"s{i}", method=method).case_refs for i in range(20)}
    assert len(samples) >= 19


def test_method_is_part_of_the_derivation() -> None:
    population = _population(300, strata="A")
    random_draw = draw_sample(population, seed="x", method=SamplingMethod.RANDOM)
    stratified = draw_sample(population, seed="x", method=SamplingMethod.STRATIFIED)
    assert random_draw.case_refs != stratified.case_refs


def test_seed_is_trimmed_and_checked() -> None:
    population = _population(30)
    assert draw_sample(population, seed="  abc ").seed == "abc"
    assert (
        draw_sample(population, seed=" abc").case_refs
        == draw_sample(population, seed="abc").case_refs
    )
    for bad in ("", "   ", "x" * 65):
        with pytest.raises(ValidationError) as caught:
            draw_sample(population, seed=bad)
        assert caught.value.error_code == "sampling.bad_seed"


def test_generate_seed_is_short_hex_and_random() -> None:
    seeds = {generate_seed() for _ in range(50)}
    assert len(seeds) == 50
    assert all(re.fullmatch(r"[0-9a-f]{8}", seed) for seed in seeds)


@pytest.mark.parametrize(
    ("population", "size", "minimum", "code"),
    [
        ([], 20, 1, "sampling.empty_population"),
        ([SampleUnit("A"), SampleUnit("A")], 20, 1, "sampling.duplicate_case_ref"),
        ([SampleUnit("A")], 0, 1, "sampling.bad_size"),
        ([SampleUnit("A")], 20, -1, "sampling.bad_minimum"),
    ],
)
def test_bad_input_is_refused(
    population: list[SampleUnit], size: int, minimum: int, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        draw_sample(population, seed="s", size=size, minimum_per_stratum=minimum)
    assert caught.value.error_code == code


@pytest.mark.parametrize("method", METHODS)
def test_a_size_above_the_population_takes_every_case(method: SamplingMethod) -> None:
    population = _population(12)
    draw = draw_sample(population, seed="s", method=method, size=20)
    assert draw.takes_all and draw.requested_size == 20
    assert sorted(draw.case_refs) == sorted(unit.case_ref for unit in population)
    assert draw.parameters["takes_all"] is True
    assert not draw_sample(population, seed="s", method=method, size=11).takes_all


def test_simple_random_is_uniform_enough() -> None:
    population = [SampleUnit(str(i)) for i in range(5)]
    counts = Counter(draw_sample(population, seed=str(i), size=1).case_refs[0] for i in range(5000))
    assert all(850 <= count <= 1150 for count in counts.values())
    assert len(counts) == 5


def test_systematic_sample_follows_its_interval() -> None:
    population = _population(50)
    draw = draw_sample(population, seed="sys", method=SamplingMethod.SYSTEMATIC, size=20)
    assert draw.interval == 2.5
    assert draw.systematic_start is not None and 0 <= draw.systematic_start < 50
    refs = sorted(unit.case_ref for unit in population)
    positions = [refs.index(ref) for ref in draw.case_refs]
    start = Fraction(draw.systematic_start, 20)
    assert positions == [floor(start + i * Fraction(50, 20)) for i in range(20)]
    assert {b - a for a, b in pairwise(positions)} <= {2, 3}
    assert draw.parameters["interval"] == 2.5
    assert draw.parameters["start"] == draw.systematic_start / 20


@pytest.mark.parametrize(("count", "size"), [(7, 3), (10, 4), (12, 12), (9, 1)])
def test_whole_number_starts_give_every_continuous_start_sample(count: int, size: int) -> None:
    # A continuous start in [0, k) can only change the picks at multiples of 1/n.
    interval = Fraction(count, size)
    continuous = {
        tuple(floor(Fraction(step, 97 * size) + i * interval) for i in range(size))
        for step in range(97 * count)
    }
    whole = {tuple(systematic_positions(count, size, r)) for r in range(count)}
    assert whole == continuous


def test_systematic_positions_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError, match="size must be"):
        systematic_positions(5, 6, 0)
    with pytest.raises(ValueError, match="start numerator"):
        systematic_positions(5, 2, 5)


def test_stratified_sizes_are_proportional_with_a_minimum() -> None:
    population = [SampleUnit(f"A{i:04d}", "big") for i in range(900)]
    population += [SampleUnit(f"B{i:04d}", "mid") for i in range(95)]
    population += [SampleUnit(f"C{i:04d}", "tiny") for i in range(5)]
    draw = draw_sample(population, seed="st", method=SamplingMethod.STRATIFIED, size=20)
    sizes = {item.stratum: item.sample for item in draw.strata}
    # Quotas 18 / 1.9 / 0.1: tiny is lifted to 1, the other 19 split 17.19 / 1.81 → 17 / 2.
    assert sizes == {"big": 17, "mid": 2, "tiny": 1}
    assert {item.stratum: item.population for item in draw.strata} == {
        "big": 900,
        "mid": 95,
        "tiny": 5,
    }
    assert draw.parameters["allocation"] == sizes
    assert draw.parameters["minimum_per_stratum"] == 1
    assert Counter(ref[0] for ref in draw.case_refs) == {"A": 17, "B": 2, "C": 1}


def test_allocation_examples() -> None:
    assert allocate_strata({"a": 10, "b": 10, "c": 10}, 20) == {"a": 7, "b": 7, "c": 6}
    assert allocate_strata({"a": 100, "b": 5, "c": 1}, 20, 2) == {"a": 17, "b": 2, "c": 1}
    assert allocate_strata({"a": 50, "b": 30, "c": 20}, 10, 0) == {"a": 5, "b": 3, "c": 2}
    assert allocate_strata({"a": 1, "b": 1}, 2, 5) == {"a": 1, "b": 1}
    assert allocate_strata({"a": 3, "b": 0}, 2) == {"a": 2}


def test_allocation_refuses_more_minimums_than_the_size() -> None:
    with pytest.raises(ValidationError) as caught:
        allocate_strata({name: 10 for name in "abcde"}, 4, 1)
    assert caught.value.error_code == "sampling.too_many_strata"
    assert caught.value.params == {"size": 4, "strata": 5, "minimum": 1, "needed": 5}
    with pytest.raises(ValueError, match="size must be"):
        allocate_strata({"a": 3}, 4)


@given(
    sizes=st.lists(st.integers(1, 400), min_size=1, max_size=12),
    size=st.integers(0, 60),
    minimum=st.integers(0, 3),
)
def test_allocation_properties(sizes: list[int], size: int, minimum: int) -> None:
    strata = {f"s{i:02d}": units for i, units in enumerate(sizes)}
    size = min(size, sum(sizes))
    floors = {name: min(minimum, units) for name, units in strata.items()}
    if sum(floors.values()) > size:
        with pytest.raises(ValidationError):
            allocate_strata(strata, size, minimum)
        return
    allocation = allocate_strata(strata, size, minimum)
    assert sum(allocation.values()) == size
    assert all(floors[name] <= allocation[name] <= strata[name] for name in strata)
    if minimum == 0:
        total = sum(sizes)
        for name, units in strata.items():
            quota = Fraction(size * units, total)
            assert floor(quota) <= allocation[name] <= floor(quota) + 1


@pytest.mark.parametrize("method", METHODS)
def test_replacements_are_deterministic_and_never_repeat(method: SamplingMethod) -> None:
    population = _population(40)
    draw = draw_sample(population, seed="rep", method=method, size=10)
    first = _replacements(draw, population, 30)
    assert first == _replacements(draw, list(reversed(population)), 30)
    assert len(set(first) | set(draw.case_refs)) == 40
    with pytest.raises(ValidationError) as caught:
        next_replacement(draw, population, draw.case_refs[0], first)
    assert caught.value.error_code == "sampling.no_replacement"


def test_random_replacements_continue_the_draw() -> None:
    population = _population(200)
    draw = draw_sample(population, seed="cont", size=20)
    longer = draw_sample(population, seed="cont", size=23)
    assert longer.case_refs[:20] == draw.case_refs
    assert _replacements(draw, population, 3) == list(longer.case_refs[20:])


def test_stratified_replacements_stay_in_the_stratum_until_it_is_used_up() -> None:
    population = [SampleUnit(f"A{i}", "a") for i in range(20)]
    population += [SampleUnit(f"B{i}", "b") for i in range(3)]
    draw = draw_sample(population, seed="z", method=SamplingMethod.STRATIFIED, size=6)
    b_drawn = [ref for ref in draw.case_refs if ref.startswith("B")]
    assert len(b_drawn) == 1
    used: list[str] = []
    for _ in range(2):
        used.append(next_replacement(draw, population, b_drawn[0], used))
    assert all(ref.startswith("B") for ref in used)
    fallback = next_replacement(draw, population, b_drawn[0], used)
    assert fallback.startswith("A") and fallback not in draw.case_refs


def test_a_replacement_depends_only_on_its_own_stratum() -> None:
    population = [SampleUnit(f"A{i}", "a") for i in range(20)] + [
        SampleUnit(f"B{i}", "b") for i in range(20)
    ]
    draw = draw_sample(population, seed="z", method=SamplingMethod.STRATIFIED, size=6)
    a_case = next(ref for ref in draw.case_refs if ref.startswith("A"))
    b_case = next(ref for ref in draw.case_refs if ref.startswith("B"))
    b_alone = next_replacement(draw, population, b_case)
    a_first = next_replacement(draw, population, a_case)
    assert next_replacement(draw, population, b_case, [a_first]) == b_alone


def test_systematic_replacement_is_the_next_unused_unit() -> None:
    population = [SampleUnit(f"C{i:02d}") for i in range(10)]
    draw = draw_sample(population, seed="w", method=SamplingMethod.SYSTEMATIC, size=5)
    last = max(draw.case_refs)
    replacement = next_replacement(draw, population, draw.case_refs[0])
    assert replacement == f"C{int(draw.case_refs[0][1:]) + 1:02d}"
    wrapped = next_replacement(draw, population, last)
    assert wrapped == ("C00" if last == "C09" else f"C{int(last[1:]) + 1:02d}")


def test_replacement_needs_the_same_population() -> None:
    population = _population(30)
    draw = draw_sample(population, seed="p", size=5)
    with pytest.raises(ValidationError) as caught:
        next_replacement(draw, population[:-1], draw.case_refs[0])
    assert caught.value.error_code == "sampling.population_changed"
    with pytest.raises(ValueError, match="not in the population"):
        next_replacement(draw, population, "nope")


@settings(max_examples=150, deadline=None)
@given(
    count=st.integers(1, 500),
    size=st.integers(1, 50),
    strata=st.integers(1, 8),
    method=st.sampled_from(METHODS),
    seed=st.text(min_size=1, max_size=12).filter(lambda text: text.strip() != ""),
    order_seed=st.integers(0, 2**32),
)
def test_sampling_properties(
    count: int, size: int, strata: int, method: SamplingMethod, seed: str, order_seed: int
) -> None:
    population = [SampleUnit(f"K{i}", f"s{i * 7 % strata}") for i in range(count)]
    strata_used = len({unit.stratum for unit in population})
    if method is SamplingMethod.STRATIFIED and min(size, count) < strata_used:
        with pytest.raises(ValidationError):
            draw_sample(population, seed=seed, method=method, size=size)
        return
    draw = draw_sample(population, seed=seed, method=method, size=size)
    shuffled = population[:]
    random.Random(order_seed).shuffle(shuffled)
    assert draw_sample(shuffled, seed=seed, method=method, size=size) == draw
    assert draw.size == min(size, count)
    assert len(set(draw.case_refs)) == draw.size
    assert set(draw.case_refs) <= {unit.case_ref for unit in population}
    assert sum(item.sample for item in draw.strata) == draw.size
    assert sum(item.population for item in draw.strata) == count
    if method is SamplingMethod.STRATIFIED:
        assert all(item.sample >= 1 for item in draw.strata)
    if draw.size < count:
        used: list[str] = []
        for index in range(min(5, count - draw.size)):
            replacement = next_replacement(draw, shuffled, draw.case_refs[index % draw.size], used)
            assert replacement not in used and replacement not in draw.case_refs
            used.append(replacement)
