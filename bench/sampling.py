"""Sampling speed: a stratified sample of 20 from 50,000 cases in 10 skewed strata.

Run: `.venv/bin/python bench/sampling.py [--runs 20]`. Each run draws with a new seed from the
population in shuffled order (so the canonical sort does real work); the median is printed with
the goal (< 100 ms), and the exit code is 1 when the goal is missed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from taskforce_app.domain.enums import SamplingMethod
from taskforce_app.domain.sampling import SampleUnit, draw_sample, next_replacement

POPULATION = 50_000
STRATA = 10
SIZE = 20
GOAL_MS = 100.0


def skewed_population(count: int = POPULATION, strata: int = STRATA) -> list[SampleUnit]:
    """`count` cases whose stratum sizes halve from one stratum to the next (shuffled)."""
    rng = random.Random(2024)
    weights = [2.0**-index for index in range(strata)]
    names = [f"stratum-{index}" for index in range(strata)]
    units = [
        SampleUnit(f"{rng.randrange(10**9):09d}-{number}", rng.choices(names, weights)[0])
        for number in range(count)
    ]
    rng.shuffle(units)
    return units


def main(argv: list[str] | None = None) -> int:
    """Time the draws and print the median; 1 when it misses the goal."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    population = skewed_population()
    timings: list[float] = []
    draw = None
    for run in range(args.runs):
        start = time.perf_counter()
        draw = draw_sample(
            population, seed=f"bench{run}", method=SamplingMethod.STRATIFIED, size=SIZE
        )
        timings.append((time.perf_counter() - start) * 1000)
    assert draw is not None
    start = time.perf_counter()
    next_replacement(draw, population, draw.case_refs[0])
    replacement_ms = (time.perf_counter() - start) * 1000
    median = statistics.median(timings)
    allocation = ", ".join(f"{item.population}→{item.sample}" for item in draw.strata)
    print(f"strata (population→sample): {allocation}")
    print(
        f"stratified sample of {SIZE} from {POPULATION:,} ({STRATA} strata): "
        f"median {median:.1f} ms over {args.runs} runs (min {min(timings):.1f}, "
        f"max {max(timings):.1f}); goal < {GOAL_MS:.0f} ms"
    )
    print(f"one replacement: {replacement_ms:.1f} ms")
    return 0 if median < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
