"""Criteria files parse into frozen specs, malformed ones are refused, the right law is chosen."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from taskforce_app import paths
from taskforce_app.domain.cpr import ensure_no_cpr
from taskforce_app.domain.criteria import (
    DEADLINE_RULES,
    CriteriaFormatError,
    CriteriaSetSpec,
    check_benchmark_links,
    choose_legal_set,
    comparison,
    latest_benchmark,
    legal_set_on,
    parse_benchmarks,
    parse_criteria_set,
)
from taskforce_app.domain.enums import Answer, Pejlemaerke, Track

CRITERIA = paths.resources_dir() / "criteria"


def _data(name: str) -> dict[str, object]:
    data = json.loads((CRITERIA / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _set(name: str) -> CriteriaSetSpec:
    return parse_criteria_set(_data(name), origin=name)


@pytest.fixture(scope="module")
def shipped() -> list[CriteriaSetSpec]:
    return [
        _set(name)
        for name in ("barnets_lov_v2.json", "serviceloven_v2.json", "socialfaglig_v2.json")
    ]


def test_the_shipped_legal_sets_are_complete(shipped: list[CriteriaSetSpec]) -> None:
    barnets_lov, serviceloven, social = shipped
    assert barnets_lov.name == "Barnets lov (fra 1.1.2024)"
    assert barnets_lov.valid_from == date(2024, 1, 1) and barnets_lov.valid_to is None
    assert serviceloven.valid_to == date(2023, 12, 31)
    for spec in (barnets_lov, serviceloven):
        assert spec.track is Track.JURIDISK
        assert 14 <= len(spec.criteria) <= 20
        assert {item.pejlemaerke for item in spec.criteria} == set(Pejlemaerke)
        assert all(item.provision and item.question for item in spec.criteria)
        assert {point.answer for point in spec.scale} == {
            Answer.MET,
            Answer.NOT_MET,
            Answer.NOT_RELEVANT,
            Answer.CANNOT_ASSESS,
        }
    assert {item.topic for item in barnets_lov.criteria} >= {
        item.topic for item in serviceloven.criteria
    }
    assert {item.topic for item in barnets_lov.criteria} - {
        item.topic for item in serviceloven.criteria
    } == {"child_as_party", "siblings_on_placement", "supervision_visits"}
    assert social.track is Track.SOCIALFAGLIG
    assert [point.answer for point in social.scale] == [
        Answer.QUALITY_1,
        Answer.QUALITY_2,
        Answer.QUALITY_3,
        Answer.QUALITY_4,
    ]
    assert [point.label_da for point in social.scale] == [
        "Utilstrækkelig",
        "Delvis tilstrækkelig",
        "Tilstrækkelig",
        "God",
    ]
    assert {item.pejlemaerke for item in social.criteria} == set(Pejlemaerke)


@pytest.mark.parametrize(
    ("topic", "serviceloven", "barnets_lov"),
    [
        ("bfu_made", "Serviceloven § 50", "Barnets lov § 20"),
        ("bfu_within_4_months", "Serviceloven § 50, stk. 7", "Barnets lov § 20, stk. 3"),
        ("child_talk_in_bfu", "Serviceloven § 50, stk. 3", "Barnets lov § 5, stk. 3–4"),
        ("child_talk_before_decision", "Serviceloven § 48", "Barnets lov § 5, stk. 3–4"),
        ("bisidder", "Serviceloven § 48 a", "Barnets lov § 6, stk. 1"),
        ("custody_holder_in_bfu", "Serviceloven § 50", "Barnets lov § 22, stk. 2"),
        ("plan", "Serviceloven § 140", "Barnets lov § 91, stk. 1–2"),
        ("first_follow_up", "Serviceloven § 70", "Barnets lov § 95, stk. 2, og § 96"),
        ("ongoing_follow_up", "Serviceloven § 70", "Barnets lov § 95, stk. 3, og § 96"),
        ("personal_supervision", "Serviceloven § 148", "Barnets lov § 156, stk. 2"),
        ("notification_24h", "Serviceloven § 155, stk. 1–2", "Barnets lov § 136"),
        ("acute_action", "Serviceloven § 155", "Barnets lov § 136"),
        ("reassessment", "Serviceloven § 155 a", "Barnets lov § 137"),
    ],
)
def test_each_requirement_cites_the_mapped_provisions(
    shipped: list[CriteriaSetSpec], topic: str, serviceloven: str, barnets_lov: str
) -> None:
    by_topic = {spec.key: {item.topic: item for item in spec.criteria} for spec in shipped[:2]}
    assert by_topic["serviceloven"][topic].provision == serviceloven
    assert by_topic["barnets_lov"][topic].provision == barnets_lov


def test_deadline_rules_and_unconfirmed_paragraph(shipped: list[CriteriaSetSpec]) -> None:
    barnets_lov, serviceloven, _ = shipped
    rules = {item.deadline_rule for spec in shipped for item in spec.criteria} - {None}
    assert rules == DEADLINE_RULES
    receipt = next(i for i in barnets_lov.criteria if i.topic == "receipt_6_working_days")
    assert receipt.deadline_rule == "6_working_days"
    assert receipt.provision.startswith("Barnets lov § 138 (formentlig")
    assert "ikke bekræftet" in receipt.provision and "IKKE bekræftet" in receipt.guidance
    unconfirmed = [i.code for i in barnets_lov.criteria if "ikke bekræftet" in i.provision]
    assert unconfirmed == [receipt.code], "only BL § 138 is unconfirmed"
    assert not [i.code for i in serviceloven.criteria if "ikke bekræftet" in i.provision]
    assert serviceloven.criterion("SL-11").provision == "Serviceloven § 155 b, stk. 1"
    assert serviceloven.criterion("SL-05").deadline_rule == "before_decision"
    assert "§ 20" not in barnets_lov.criterion("BL-03").provision


@pytest.mark.parametrize(
    ("topic", "provision", "rule"),
    [
        ("bisidder", "Barnets lov § 6, stk. 1", None),
        ("child_as_party", "Barnets lov § 3", None),
        ("custody_holder_in_bfu", "Barnets lov § 22, stk. 2", None),
        ("siblings_on_placement", "Barnets lov § 21, stk. 2–3", None),
        ("acute_action", "Barnets lov § 136", None),
        ("supervision_visits", "Barnets lov § 156, stk. 5", "two_visits_a_year"),
    ],
)
def test_the_missing_requirements_are_there_with_guidance(
    shipped: list[CriteriaSetSpec], topic: str, provision: str, rule: str | None
) -> None:
    item = next(i for i in shipped[0].criteria if i.topic == topic)
    assert (item.provision, item.deadline_rule) == (provision, rule)
    assert item.question and item.guidance and item.applies_when


def test_a_changed_set_is_a_new_version() -> None:
    for key in ("barnets_lov", "serviceloven", "socialfaglig"):
        old, new = _set(f"{key}_v1.json"), _set(f"{key}_v2.json")
        assert (old.key, old.version, new.version) == (key, 1, 2)
        assert old != new
    assert "13/06/2023" in _set("barnets_lov_v2.json").source
    assert "ministeriets" in _set("socialfaglig_v2.json").source.lower()


def test_unknown_topic_is_refused_with_one_line() -> None:
    data = _data("barnets_lov_v2.json")
    criteria = data["criteria"]
    assert isinstance(criteria, list) and isinstance(criteria[0], dict)
    criteria[0]["topic"] = "bfu_maade"
    with pytest.raises(CriteriaFormatError) as caught:
        parse_criteria_set(data, origin="barnets_lov_v2.json")
    assert str(caught.value) == (
        "barnets_lov_v2.json: criteria[0] (BL-01): unknown topic 'bfu_maade'"
    )


def test_comparability_table(shipped: list[CriteriaSetSpec]) -> None:
    barnets_lov, serviceloven, _ = shipped
    listed = {item.topic for item in barnets_lov.comparability}
    assert listed == {item.topic for item in barnets_lov.criteria}
    assert comparison(shipped, "bfu_within_4_months", "serviceloven", "barnets_lov").same
    assert comparison(shipped, "notification_24h", "barnets_lov", "serviceloven").same
    plan = comparison(shipped, "plan", "serviceloven", "barnets_lov")
    assert not plan.same and "§ 140" in plan.reason and "§ 91" in plan.reason
    assert not comparison(shipped, "ongoing_follow_up", "serviceloven", "barnets_lov").same
    assert comparison(shipped, "plan", "serviceloven", "serviceloven").same
    unknown = comparison([serviceloven], "plan", "serviceloven", "barnets_lov")
    assert not unknown.same and unknown.reason


def test_comparability_needs_a_reason_and_a_known_topic() -> None:
    data = _data("barnets_lov_v2.json")
    table = data["comparability"]
    assert isinstance(table, dict) and isinstance(table["topics"], list)
    table["topics"][0] = {"topic": "bfu_made", "same": False}
    with pytest.raises(CriteriaFormatError, match="'reason' is needed"):
        parse_criteria_set(data)
    table["topics"][0] = {"topic": "faglig_udredning", "same": True}
    with pytest.raises(CriteriaFormatError, match="not a topic of the set"):
        parse_criteria_set(data)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2023, 12, 31), "serviceloven"),
        (date(2024, 1, 1), "barnets_lov"),
        (None, "barnets_lov"),
    ],
)
def test_legal_set_on_a_decision_day(
    shipped: list[CriteriaSetSpec], day: date | None, expected: str
) -> None:
    assert legal_set_on(day, shipped).key == expected


def test_shipped_texts_hold_no_cpr_numbers(shipped: list[CriteriaSetSpec]) -> None:
    for spec in shipped:
        for item in spec.criteria:
            for field in ("question", "guidance", "applies_when", "provision"):
                ensure_no_cpr(field, getattr(item, field))


def test_benchmarks_parse_and_every_link_resolves(shipped: list[CriteriaSetSpec]) -> None:
    benchmarks = parse_benchmarks(_data("benchmarks.json"))
    assert check_benchmark_links(shipped, benchmarks) == []
    latest = latest_benchmark(benchmarks, "follow_up_3_months")
    assert latest is not None and latest.value_pct == 75 and latest.year == 2024
    notification = latest_benchmark(benchmarks, "notification_assessed_24h")
    assert notification is not None and notification.value_pct == 96  # 2023
    assert latest_benchmark(benchmarks, "nope") is None


def _mutated(name: str, path: str, value: object) -> dict[str, object]:
    data = copy.deepcopy(_data(name))
    target: object = data
    *parents, last = path.split(".")
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]  # type: ignore[index]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        assert isinstance(target, dict)
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("track", "legal", "'track' is 'legal'"),
        ("version", "1", "'version'"),
        ("valid_from", "1.1.2024", "'valid_from' is not a date"),
        ("criteria", [], "'criteria' must not be empty"),
        ("criteria.0.pejlemaerke", "tidsfrister", "criteria\\[0\\] \\(BL-01\\): 'pejlemaerke'"),
        ("criteria.1.deadline_rule", "2_weeks", "unknown deadline_rule"),
        ("criteria.1.code", "BL-01", "repeated"),
        ("criteria.2.question", "", "'question' must be a non-empty text"),
        ("scale.0.code", "yes", "scale\\[0\\]"),
    ],
)
def test_a_malformed_file_is_refused_with_a_clear_message(
    path: str, value: object, message: str
) -> None:
    data = _mutated("barnets_lov_v1.json", path, value)
    with pytest.raises(CriteriaFormatError, match=message) as caught:
        parse_criteria_set(data, origin="barnets_lov_v1.json")
    assert str(caught.value).startswith("barnets_lov_v1.json")


def test_malformed_benchmarks_are_refused() -> None:
    data = _data("benchmarks.json")
    rows = list(data["benchmarks"])  # type: ignore[call-overload]
    with pytest.raises(CriteriaFormatError, match="value_pct"):
        parse_benchmarks({"benchmarks": [{**rows[0], "value_pct": 120}]})
    with pytest.raises(CriteriaFormatError, match="repeated"):
        parse_benchmarks({"benchmarks": [rows[0], rows[0]]})


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([date(2024, 1, 1)], "barnets_lov"),
        ([date(2023, 12, 31)], "serviceloven"),
        ([date(2023, 3, 1), date(2023, 6, 1), date(2024, 2, 1)], "serviceloven"),
        ([date(2023, 3, 1), date(2024, 6, 1), date(2024, 2, 1)], "barnets_lov"),
        ([date(2023, 3, 1), date(2024, 2, 1)], "barnets_lov"),  # tie → the latest decision
        ([date(2024, 2, 1), None, date(2023, 3, 1)], "barnets_lov"),
        ([], "barnets_lov"),  # no dates → the newest law
        ([None], "barnets_lov"),
    ],
)
def test_choose_legal_set_by_majority_then_latest(
    shipped: list[CriteriaSetSpec], dates: list[date | None], expected: str
) -> None:
    assert choose_legal_set(dates, shipped).key == expected


def test_choose_legal_set_prefers_the_newest_version_in_force(
    shipped: list[CriteriaSetSpec],
) -> None:
    from dataclasses import replace

    newer = replace(shipped[0], version=2, valid_from=date(2025, 7, 1))
    sets = [*shipped, newer]
    assert choose_legal_set([date(2025, 8, 1)], sets) is newer
    assert choose_legal_set([date(2025, 1, 1)], sets) is shipped[0]


def test_choose_legal_set_needs_a_legal_set(shipped: list[CriteriaSetSpec]) -> None:
    with pytest.raises(ValueError, match="juridisk"):
        choose_legal_set([date(2024, 1, 1)], [shipped[2]])
    with pytest.raises(ValueError, match="in force"):
        choose_legal_set([date(2024, 1, 1)], [shipped[1]])
