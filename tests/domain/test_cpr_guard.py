"""The CPR guard refuses CPR numbers anywhere in a text, and nothing else."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taskforce_app.domain.cpr import contains_cpr_number, ensure_no_cpr, find_cpr_numbers, mask
from taskforce_app.domain.errors import CprNumberError


@pytest.mark.parametrize(
    "text",
    [
        "0101901234",
        "010190-1234",
        "010190 1234",
        "Barnet (310805-2345) blev hørt",
        "se sag 2912991234 i DUBU",
        "cpr:241224-4321.",
        "Født 290204-1111",  # 29 Feb 2004 is a real date
    ],
)
def test_cpr_numbers_are_found_alone_and_inside_text(text: str) -> None:
    assert contains_cpr_number(text)
    with pytest.raises(CprNumberError) as caught:
        ensure_no_cpr("Noter", text)
    message = caught.value.message("da")
    assert "CPR-nummer" in message
    assert "Noter" in message
    assert find_cpr_numbers(text)[0][-4:] not in message  # the full number is never echoed


@pytest.mark.parametrize(
    "text",
    [
        "",
        "SAG-2024-0173",
        "Sagsnr. 2023-001234",
        "3202901234",  # 32 February is no date
        "0113901234",  # month 13
        "12345678901",  # eleven digits: part of a longer number
        "telefon 12 34 56 78",
        "Mødet 03-02-2025 kl. 10",
        "290203-1111",  # 29 Feb 2003 does not exist
    ],
)
def test_ordinary_text_passes(text: str) -> None:
    assert not contains_cpr_number(text)
    ensure_no_cpr("Noter", text)


def test_mask_hides_the_serial_number() -> None:
    assert mask("010190-1234") == "010190-XXXX"


@given(
    st.dates().filter(lambda d: d.day <= 28),
    st.integers(min_value=0, max_value=9999),
    st.sampled_from(["", "-", " "]),
    st.text(alphabet="abcæøå ,.:(", max_size=20),
    st.text(alphabet="abcæøå ,.:)", max_size=20),
)
def test_any_ddmmyy_with_a_serial_is_caught_wherever_it_stands(
    day: date, serial: int, dash: str, prefix: str, suffix: str
) -> None:
    # Days 1-28 exist in every month of every century, whatever century the serial implies.
    assert contains_cpr_number(f"{prefix}{day:%d%m%y}{dash}{serial:04d}{suffix}")


def test_redaction_keeps_the_rest_of_the_text() -> None:
    from taskforce_app.domain.cpr import redact_cpr

    assert redact_cpr("Liste 010203-1234 (sagsnr).xlsx") == "Liste XXXXXX-XXXX (sagsnr).xlsx"
    assert redact_cpr("sager.csv") == "sager.csv"
