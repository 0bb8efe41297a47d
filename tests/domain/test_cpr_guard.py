"""The CPR guard finds a CPR number however it is written, and nothing else."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taskforce_app.domain.cpr import (
    MASKED,
    contains_cpr_number,
    ensure_no_cpr,
    find_cpr_numbers,
    mask,
    redact_cpr,
)
from taskforce_app.domain.errors import CprNumberError

FALSE_POSITIVES = Path(__file__).parents[1] / "fixtures" / "cpr_false_positives.txt"

SEPARATORS = [
    "-",
    *(chr(code) for code in range(0x2010, 0x2016)),  # hyphen, dashes, horizontal bar
    "\u2212",  # minus sign
    "\ufe63",  # small hyphen-minus
    "\uff0d",  # fullwidth hyphen-minus
    ".",
    "/",
    "_",
    " ",
    "\u00a0",  # no-break space (what Excel and Word paste)
    "\u2009",  # thin space
    "\u202f",  # narrow no-break space
    "\u2007",  # figure space
    "\u3000",  # ideographic space
    "\t",
]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]

# Days 1-28 exist in every month of every century, whatever century the serial implies.
birth_dates = st.dates(min_value=date(1858, 1, 1), max_value=date(2057, 12, 31)).filter(
    lambda d: d.day <= 28
)
serials = st.integers(min_value=0, max_value=9999).map(lambda n: f"{n:04d}")
separators = st.sampled_from(SEPARATORS)
maybe_separator = st.one_of(st.just(""), separators)
surrounding_text = st.text(alphabet="abcæøå ,:;()[]!?\n", max_size=30)


def _false_positive_corpus() -> list[str]:
    lines = FALSE_POSITIVES.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@st.composite
def written_cpr_numbers(draw: st.DrawFn) -> str:
    """A CPR number as a person or a program writes it: any grouping, any separators."""
    day = draw(birth_dates)
    groups = [f"{day:%d}", f"{day:%m}", f"{day:%y}", draw(serials)]
    grouping = draw(
        st.sampled_from(
            [
                ("", "", "-"),  # DDMMYY-SSSS
                (".", ".", "-"),  # DD.MM.YY-SSSS
                ("-", "-", "-"),  # DD-MM-YY-SSSS
                ("", " ", ""),  # DDMM YYSSSS
                ("", "", ""),  # DDMMYYSSSS
                ("any", "any", "any"),
            ]
        )
    )
    text = groups[0]
    for template, group in zip(grouping, groups[1:], strict=True):
        separator = draw(maybe_separator) if template == "any" else template
        if template not in ("", "any"):
            separator = draw(st.sampled_from([template, *SEPARATORS]))
        text += separator + group
    return text


@pytest.mark.parametrize(
    "text",
    [
        "0101901234",
        "010190-1234",
        "010190 1234",
        "01.02.03-1234",
        "01-02-03-1234",
        "010203/1234",
        "0102 031234",
        "010203\u00a01234",
        "010203\u20141234",
        "010203\u22121234",
        "010203\t1234",
        "0102\u200b031234",
        "010203 - 1234",
        "\uff10\uff11\uff10\uff12\uff10\uff13\uff0d\uff11\uff12\uff13\uff14",  # fullwidth
        "Barnet (310805-2345) blev hørt",
        "se sag 2912991234 i DUBU",
        "cpr:241224-4321.",
        "cpr0102031234",
        "Født 290204-1111",  # 29 Feb 2004 is a real date
    ],
)
def test_cpr_numbers_are_found_alone_and_inside_text(text: str) -> None:
    assert contains_cpr_number(text)
    assert len(find_cpr_numbers(text)) == 1
    with pytest.raises(CprNumberError) as caught:
        ensure_no_cpr("Noter", text)
    message = caught.value.message("da")
    assert "CPR-nummer" in message
    assert "Noter" in message
    assert not any(character.isdigit() for character in message)  # no digit of it is echoed


@pytest.mark.parametrize("text", _false_positive_corpus())
def test_the_false_positive_corpus_passes(text: str) -> None:
    assert find_cpr_numbers(text) == []
    ensure_no_cpr("Noter", text)
    assert redact_cpr(text) == text


def test_the_corpus_holds_every_kind_the_issue_names() -> None:
    corpus = "\n".join(_false_positive_corpus())
    for example in (
        "27.24.00-P00-1-24",
        "01-02-2024",
        "2024-02-01",
        "2024-02-01T10:15:30",
        "+45 12 34 56 78",
        "§ 50, stk. 7",
        "1.234.567,89 kr.",
    ):
        assert example in corpus


def test_an_empty_or_missing_text_passes() -> None:
    ensure_no_cpr("Noter", "")
    ensure_no_cpr("Noter", None)
    assert not contains_cpr_number("")


def test_the_mask_and_the_message_keep_no_digit_of_the_number() -> None:
    assert mask("010190-1234") == MASKED
    assert not any(character.isdigit() for character in MASKED)
    with pytest.raises(CprNumberError) as caught:
        ensure_no_cpr("Titel", "Sag 010190-1234")
    assert "1234" not in caught.value.message("en")
    assert "010190" not in str(caught.value)
    assert all("010190" not in str(value) for value in caught.value.params.values())


@given(written_cpr_numbers(), surrounding_text, surrounding_text)
def test_every_written_form_is_found_wherever_it_stands(
    written: str, prefix: str, suffix: str
) -> None:
    assert contains_cpr_number(f"{prefix}{written}{suffix}")


@given(written_cpr_numbers(), st.lists(st.sampled_from(INVISIBLE), min_size=1, max_size=3))
def test_invisible_characters_do_not_hide_a_number(written: str, invisible: list[str]) -> None:
    middle = len(written) // 2
    hidden = written[:middle] + "".join(invisible) + written[middle:]
    assert contains_cpr_number(hidden)


@given(written_cpr_numbers(), surrounding_text, surrounding_text)
def test_redaction_removes_every_digit_of_the_number(
    written: str, prefix: str, suffix: str
) -> None:
    redacted = redact_cpr(f"{prefix}{written}{suffix}")
    assert MASKED in redacted
    assert not contains_cpr_number(redacted)
    assert not any(character.isdigit() for character in redacted)


@given(written_cpr_numbers(), st.integers(min_value=0, max_value=9), st.booleans())
def test_a_digit_glued_on_makes_it_a_longer_number(written: str, digit: int, before: bool) -> None:
    glued = f"{digit}{written}" if before else f"{written}{digit}"
    assert not contains_cpr_number(glued)


@given(
    st.integers(min_value=32, max_value=99),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
    serials,
    maybe_separator,
)
def test_a_day_that_no_month_has_is_no_cpr_number(
    day: int, month: int, year: int, serial: str, separator: str
) -> None:
    assert not contains_cpr_number(f"{day:02d}{month:02d}{year:02d}{separator}{serial}")


@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=13, max_value=99),
    st.integers(min_value=0, max_value=99),
    serials,
    maybe_separator,
)
def test_a_month_above_twelve_is_no_cpr_number(
    day: int, month: int, year: int, serial: str, separator: str
) -> None:
    assert not contains_cpr_number(f"{day:02d}{month:02d}{year:02d}{separator}{serial}")


@given(
    st.text(alphabet="0123456789 -./:\u00a0", max_size=60).filter(
        lambda text: sum(character.isdigit() for character in text) < 10
    )
)
def test_fewer_than_ten_digits_are_no_cpr_number(text: str) -> None:
    assert not contains_cpr_number(text)


@given(
    st.integers(min_value=10**10, max_value=10**16),
    surrounding_text,
    surrounding_text,
)
def test_a_run_of_more_than_ten_digits_is_no_cpr_number(
    number: int, prefix: str, suffix: str
) -> None:
    assert not contains_cpr_number(f"{prefix}{number}{suffix}")


@given(birth_dates, serials, st.sampled_from(["", "-"]))
def test_dates_with_a_four_digit_year_and_a_time_are_not_refused(
    day: date, serial: str, separator: str
) -> None:
    for text in (
        f"{day:%d-%m-%Y}",
        f"{day:%Y-%m-%d}",
        f"{day:%Y-%m-%d}T{serial[:2]}:{serial[2:]}:00",
        f"{day:%d.%m.%Y} kl. {serial[:2]}.{serial[2:]}",
    ):
        assert not contains_cpr_number(text), text


@given(st.uuids(), st.binary(min_size=8, max_size=32))
def test_uuids_and_hex_digests_are_not_refused(identifier: uuid.UUID, data: bytes) -> None:
    assert not contains_cpr_number(str(identifier))
    assert not contains_cpr_number(identifier.hex)
    assert not contains_cpr_number(hashlib.sha256(data).hexdigest())
    assert not contains_cpr_number(hashlib.sha1(data).hexdigest())


def test_redaction_keeps_the_rest_of_the_text() -> None:
    assert redact_cpr("Liste 010203-1234 (sagsnr).xlsx") == "Liste XXXXXX-XXXX (sagsnr).xlsx"
    assert redact_cpr("Liste 01.02.03\u00a01234.xlsx") == "Liste XXXXXX-XXXX.xlsx"
    assert redact_cpr("sager.csv") == "sager.csv"
