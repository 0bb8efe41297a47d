"""The written-out counts of the report's summary."""

from __future__ import annotations

from taskforce_app.domain.enums import Severity
from taskforce_app.domain.tallies import tally_text

LABELS = {Severity.CRITICAL: "Kritisk", Severity.SIGNIFICANT: "Væsentlig", Severity.MINOR: "Mindre"}


def test_counts_each_kind_in_the_order_of_the_kinds() -> None:
    values = [Severity.MINOR, Severity.CRITICAL, Severity.MINOR]
    assert tally_text(values, Severity, LABELS) == "3 (1 kritisk, 2 mindre)"


def test_nothing_counted_is_a_bare_zero() -> None:
    assert tally_text([], Severity, LABELS) == "0"
