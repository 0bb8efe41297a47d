"""docs/sampling.md is enough to redraw a sample: an independent implementation of the text
(own MT19937, own hashing and draw) gets the app's cases."""

from __future__ import annotations

import hashlib
import itertools
from fractions import Fraction

import pytest

from taskforce_app.domain.enums import SamplingMethod
from taskforce_app.domain.sampling import SampleUnit, draw_sample


class MersenneTwister:
    """MT19937 as in mt19937ar.c: init_by_array and genrand_int32."""

    def __init__(self, key: list[int]) -> None:
        mt = [0] * 624
        mt[0] = 19650218
        for i in range(1, 624):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
        i, j = 1, 0
        for _ in range(max(624, len(key))):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525)) + key[j] + j) & (
                0xFFFFFFFF
            )
            i, j = i + 1, j + 1
            if i >= 624:
                mt[0], i = mt[623], 1
            if j >= len(key):
                j = 0
        for _ in range(623):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
            i += 1
            if i >= 624:
                mt[0], i = mt[623], 1
        mt[0] = 0x80000000
        self.mt, self.index = mt, 624

    def next32(self) -> int:
        if self.index >= 624:
            mt = self.mt
            for k in range(624):
                y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7FFFFFFF)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)


def stream(seed: str, method: str, fingerprint: str, label: str) -> MersenneTwister:
    texts = ["taskforce-sample-v1", seed, method, fingerprint, label]
    number = int.from_bytes(hashlib.sha256("\x1f".join(texts).encode("utf-8")).digest(), "big")
    words = []
    while number:
        words.append(number & 0xFFFFFFFF)
        number >>= 32
    return MersenneTwister(words or [0])


def below(generator: MersenneTwister, m: int) -> int:
    limit = 2**53 - 2**53 % m
    while True:
        a, b = generator.next32(), generator.next32()
        v = (a >> 5) * 2**26 + (b >> 6)
        if v < limit:
            return v % m


def permutation(generator: MersenneTwister, m: int, count: int) -> list[int]:
    p = list(range(m))
    for i in range(count):
        j = i + below(generator, m - i)
        p[i], p[j] = p[j], p[i]
    return p[:count]


def fingerprint(units: list[tuple[str, str]]) -> str:
    text = "".join(f"{ref}\x1f{stratum}\x1e" for ref, stratum in units)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shares(sizes: dict[str, int], n: int, minimum: int) -> dict[str, int]:
    floors = {name: min(minimum, size) for name, size in sizes.items()}
    fixed: dict[str, Fraction] = {}
    while True:
        free = {name: size for name, size in sizes.items() if name not in fixed}
        rate = Fraction(n - sum(fixed.values()), sum(free.values()) or 1)
        low = [name for name, size in free.items() if rate * size < floors[name]]
        if not low:
            break
        fixed.update({name: Fraction(floors[name]) for name in low})
    exact = {**{name: rate * size for name, size in free.items()}, **fixed}
    result = {name: int(share) for name, share in exact.items()}
    order = sorted(exact, key=lambda name: (result[name] - exact[name], -sizes[name], name))
    for name in order[: n - sum(result.values())]:
        result[name] += 1
    return result


def ordered(cases: list[tuple[str, str, int]], method: str) -> list[tuple[str, str]]:
    """§ 2: the list's rows (ties by case number) for systematic_list_order, else code point
    order of case_ref (unique, so strata never decide)."""
    if method == "systematic_list_order":
        return [(ref, stratum) for ref, stratum, _ in sorted(cases, key=lambda c: (c[2], c[0]))]
    return sorted((ref, stratum) for ref, stratum, _ in cases)


def redraw(cases: list[tuple[str, str, int]], seed: str, method: str, n: int) -> list[str]:
    """The sample, from docs/sampling.md alone."""
    seed = seed.strip()
    units = ordered(cases, method)
    print_ = fingerprint(units)
    big_n = len(units)
    n = min(n, big_n)
    if method == "random":
        return [units[i][0] for i in permutation(stream(seed, method, print_, "all"), big_n, n)]
    if method in ("systematic", "systematic_list_order"):
        r = below(stream(seed, method, print_, "start"), big_n)
        return [units[(r + i * big_n) // n][0] for i in range(n)]
    groups: dict[str, list[str]] = {}
    for ref, stratum in units:
        groups.setdefault(stratum, []).append(ref)
    allocation = shares({name: len(refs) for name, refs in groups.items()}, n, 1)
    picked: list[str] = []
    for name in sorted(groups):
        refs = groups[name]
        generator = stream(seed, method, print_, f"stratum:{name}")
        picked += [refs[i] for i in permutation(generator, len(refs), allocation[name])]
    return picked


CASES = [
    *((f"B-{number}", "Anbringelse") for number in range(1, 140)),
    *((f"F-{number}", "Forebyggende") for number in range(1, 140)),
    *((f"U-{number}", "Underretning") for number in range(3, 140, 3)),
]


@pytest.mark.parametrize("seed", ["3f9a0c21", "  Odense 2025 ", "æøå-ü"])
@pytest.mark.parametrize("method", list(SamplingMethod))
@pytest.mark.parametrize("size", [3, 20, 37, 500])
def test_the_description_redraws_the_apps_sample(
    seed: str, method: SamplingMethod, size: int
) -> None:
    # the list's rows: the order of CASES (B-2 before B-10), from row 2 below the heading
    units = [
        SampleUnit(ref, kind if method is SamplingMethod.STRATIFIED else "", row)
        for row, (ref, kind) in enumerate(CASES, start=2)
    ]
    app = draw_sample(list(reversed(units)), seed=seed, method=method, size=size)
    cases = [(unit.case_ref, unit.stratum, unit.list_row) for unit in units]
    assert list(app.case_refs) == redraw(cases, seed, method.value, size)
    assert app.population_fingerprint == fingerprint(ordered(cases, method.value))


def test_the_systematic_sample_counts_through_the_lists_own_order() -> None:
    units = [SampleUnit(ref, "", row) for row, (ref, _) in enumerate(CASES, start=2)]
    draw = draw_sample(units, seed="3f9a0c21", method=SamplingMethod.SYSTEMATIC, size=20)
    rows = {unit.case_ref: unit.list_row for unit in units}
    picked_rows = [rows[ref] for ref in draw.case_refs]
    assert picked_rows == sorted(picked_rows)  # in the list's order, not B-10 before B-9
    gaps = {b - a for a, b in itertools.pairwise(picked_rows)}
    assert gaps <= {len(units) // 20, len(units) // 20 + 1}  # the interval k = N/n
