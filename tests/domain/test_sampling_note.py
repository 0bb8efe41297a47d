"""The report's sampling note: the stored draw parameters told in Danish sentences."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from taskforce_app.domain.enums import RoundKind, RoundStatus, SamplingMethod
from taskforce_app.domain.review import RoundView
from taskforce_app.domain.sampling import SampleUnit, draw_sample
from taskforce_app.domain.sampling_note import sampling_note

DRAWN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _round(method: SamplingMethod, parameters: dict[str, object], **changes: object) -> RoundView:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "engagement_id": uuid.uuid4(),
        "kind": RoundKind.ANALYSE,
        "name": "Analyse 2026",
        "status": RoundStatus.OPEN,
        "legal_set_name": "Barnets lov",
        "social_set_name": "Socialfaglig vurdering",
        "sampling_method": method,
        "sampling_parameters": parameters,
        "sample_size": 20,
        "seed": "a1b2c3d4",
        "population_fingerprint": "f" * 64,
        "population_size": 127,
        "sampled_by": "MNL",
        "sampled_at": DRAWN,
        "sampled_cases": 20,
        "answered": 0,
        "expected": 0,
        "signed_off_by": "",
        "signed_off_at": None,
    }
    values.update(changes)
    return RoundView(**values)  # type: ignore[arg-type]


def _text(view: RoundView, language: str = "da", replaced: int = 0) -> str:
    return " ".join(notice.message(language) for notice in sampling_note(view, replaced=replaced))


def _stratified_parameters() -> dict[str, object]:
    units = [
        SampleUnit(f"S-{i:03d}", "Anbringelse" if i % 3 else "Forebyggende") for i in range(90)
    ]
    draw = draw_sample(
        units, seed="seed-1", method=SamplingMethod.STRATIFIED, size=12, minimum_per_stratum=2
    )
    return {**draw.parameters, "stratify_by": "case_type", "case_list_import": str(uuid.uuid4())}


def test_stratified_draw_is_told_in_words_without_raw_parameters() -> None:
    parameters = _stratified_parameters()
    assert "allocation" in parameters and "takes_all" in parameters
    text = _text(_round(SamplingMethod.STRATIFIED, parameters, population_size=90, sample_size=12))
    assert "stratificeret udvælgelse efter sagstype" in text
    assert "delt i 2 grupper (strata)" in text
    assert "mindst 2 pr. gruppe" in text
    allocation = parameters["allocation"]
    assert isinstance(allocation, dict)
    for name, count in allocation.items():
        assert f"{name} ({count})" in text
    assert "seed (startværdi) »a1b2c3d4«" in text
    assert "f" * 64 in text
    for raw in ("allocation", "takes_all", "stratify_by", "case_list_import", "{", "}", "True"):
        assert raw not in text


def test_random_systematic_and_whole_list() -> None:
    random_text = _text(_round(SamplingMethod.RANDOM, {"size": 20, "takes_all": False}))
    assert "simpel tilfældig udvælgelse: 20 af sagslistens 127 sager" in random_text
    assert "udtrukket 02-03-2026" in random_text and "af MNL" in random_text
    assert "endnu ikke godkendt" in random_text
    systematic = _round(
        SamplingMethod.SYSTEMATIC, {"size": 20, "interval": 6.35, "start": 0.4, "takes_all": False}
    )
    assert "fast interval på 6,35 sager" in _text(systematic)
    assert "listens egen rækkefølge" in _text(systematic)
    by_number = _round(
        SamplingMethod.SYSTEMATIC_BY_CASE_REF,
        {"size": 20, "interval": 6.35, "start": 0.4, "takes_all": False},
    )
    assert "fast interval på 6,35 sager" in _text(by_number)
    assert "sagsnumrene sorteret tegn for tegn" in _text(by_number)
    whole = _round(
        SamplingMethod.RANDOM,
        {"size": 12, "requested_size": 20, "takes_all": True},
        population_size=12,
    )
    whole_text = _text(whole)
    assert "alle sagerne i listen" in whole_text and "12 sager" in whole_text
    assert "simpel tilfældig" not in whole_text


def test_replacements_sign_off_and_english() -> None:
    signed = _round(
        SamplingMethod.RANDOM,
        {"size": 20, "takes_all": False},
        signed_off_by="KØW",
        signed_off_at=datetime(2026, 4, 1, 12, 0, tzinfo=UTC),
    )
    text = _text(signed, replaced=2)
    assert "2 sag(er) er senere erstattet" in text
    assert "godkendt 01-04-2026 af KØW" in text
    english = _text(signed, "en")
    assert "simple random sample: 20 of the 127 cases" in english
    assert "signed off on 01-04-2026 by KØW" in english


def test_round_without_a_sample() -> None:
    text = _text(_round(SamplingMethod.RANDOM, {}, sampling_method=None))
    assert text == "Der er endnu ikke udtrukket en stikprøve til denne gennemgang."
