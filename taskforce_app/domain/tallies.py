"""Counts written out for a report: how many there are, and how many of each kind."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

KindT = TypeVar("KindT")


def tally_text(values: Sequence[KindT], kinds: Iterable[KindT], labels: Mapping[KindT, str]) -> str:
    """The number of `values`, then the count of each kind present: "3 (1 kritisk, 2 mindre)".

    Args:
        values: one kind per item counted (a finding's severity, a recommendation's status).
        kinds: every kind, in the order they are listed.
        labels: each kind's name, written in lower case after its count.
    """
    parts = [f"{values.count(kind)} {labels[kind].lower()}" for kind in kinds if values.count(kind)]
    return f"{len(values)} ({', '.join(parts)})" if parts else str(len(values))
