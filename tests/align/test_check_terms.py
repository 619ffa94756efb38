"""Term checks on the bilingual case table, severities, messages, monolingual mode."""

from __future__ import annotations

import pytest

from align.check.base import CheckInput
from align.check.registry import CHECKS
from align.check.terms import TermForbidden, TermMissing
from align.check.terms_consistency import TermInconsistent, odd_ones
from tests.align.terms_check_cases import (
    TERM_CHECKS,
    fixture_glossary,
    load_cases,
    run_documents,
)

CASES = load_cases("cases.tsv")
GLOSSARY = fixture_glossary()


@pytest.fixture(scope="module")
def found() -> dict:
    return run_documents(CASES, GLOSSARY)


def test_case_table_is_large_enough() -> None:
    assert len(CASES) >= 30
    labels = {label.split("/")[0] for c in CASES for label in c.labels}
    assert labels == set(TERM_CHECKS)
    assert sum(not c.labels for c in CASES) >= 10  # clean controls


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cases(found: dict, case) -> None:
    assert {f"{f.check}/{f.rule}" for f in found[case.id]} == set(case.labels)


# (case id, check, severity)
SEVERITIES = [
    ("m3", "term-missing", "error"),
    ("m5", "term-missing", "warning"),  # derivation only
    ("f3", "term-forbidden", "error"),
    ("f8", "term-forbidden", "warning"),  # forbidden-ambiguous
    ("v4", "term-variant", "info"),
    ("v1", "term-inconsistent", "warning"),
    ("a3", "term-ambiguous", "warning"),
    ("r3", "term-inconsistent", "warning"),
]


@pytest.mark.parametrize(("case", "check", "severity"), SEVERITIES)
def test_severities(found: dict, case: str, check: str, severity: str) -> None:
    assert [f.severity for f in found[case] if f.check == check] == [severity]


# (case id, check, exact message)
MESSAGES = [
    ("m3", "term-missing", '"nuclear umbrella" (matched "nuclear umbrellas", inflection) should be '
     "rendered 核保护伞 (or 核保護傘, 核伞); none found in the Chinese"),
    ("m4", "term-missing", '"extended deterrence" should be rendered 延伸威慑 (or 扩展威慑, 延伸威懾, '
     "延伸嚇阻, 延伸性嚇阻, 延伸吓阻); none found in the Chinese"),
    ("f1", "term-missing", '"general deterrence" should be rendered 一般威慑 (or 一般性威慑, 一般性嚇阻); '
     "none found in the Chinese (found 常规威慑, which the glossary rejects)"),
    ("f3", "term-forbidden", '防火墙 is rejected for "firebreak": use 防火隔离带 (or 防火带)'),
    ("f8", "term-forbidden", '常规威慑 is rejected for "general deterrence": use 一般威慑 (or 一般性威慑, '
     '一般性嚇阻); keep it only where it means "conventional deterrence"'),
    ("v5", "term-variant", '核保護傘 is an admitted variant for "nuclear umbrella"; the preferred '
     "form is 核保护伞"),
    ("v1", "term-inconsistent", '"extended deterrence" is rendered 扩展威慑 here but 延伸威慑 in 2 other '
     "rows; use one form throughout"),
    ("a3", "term-ambiguous", '直接威慑 stands for "direct deterrence" here but for "primary deterrence" '
     "in 2 other rows; give each concept its own Chinese term"),
    ("r6", "term-inconsistent", '"military exercise" is rendered 军演 here but 军事演习 in 2 other rows; '
     "use one form throughout"),
]


@pytest.mark.parametrize(("case", "check", "message"), MESSAGES)
def test_messages(found: dict, case: str, check: str, message: str) -> None:
    assert [f.message for f in found[case] if f.check == check] == [message]


def test_spans_point_at_the_terms(found: dict) -> None:
    (f,) = [f for f in found["m3"] if f.check == "term-missing"]
    assert [f.en[a:b] for a, b in f.en_spans] == ["nuclear umbrellas"]
    (f,) = [f for f in found["f1"] if f.check == "term-forbidden"]
    assert [f.zh[a:b] for a, b in f.zh_spans] == ["常规威慑"]


# Monolingual documents: (rows, expected (row, check/rule) findings)
MONO = [
    (["扩展威慑很重要。", "延伸威慑的可信度。", "延伸威慑需要决心。"],
     {(0, "term-variant/variant"), (0, "term-inconsistent/variants")}),
    (["常规威慑（general deterrence）是长期的。"], {(0, "term-forbidden/forbidden")}),
    (["常规威慑（conventional deterrence）依赖常规力量。"], set()),
    (["常规威慑很稳定。"], {(0, "term-forbidden/forbidden-ambiguous")}),
    (["常规威慑（conventional deterrence）很贵。", "常规威慑（general deterrence）很久。"],
     {(1, "term-forbidden/forbidden"), (1, "term-ambiguous/ambiguous")}),
    (["常规武器、常规攻击和常规冲突。"], set()),
    (["核反应堆已经关闭。"], set()),
]


@pytest.mark.parametrize(("rows", "expected"), MONO)
def test_monolingual(rows: list[str], expected: set) -> None:
    data = CheckInput(rows, [""] * len(rows), monolingual=True, resources={"glossary": GLOSSARY})
    got = {(f.row, f"{f.check}/{f.rule}") for cid in TERM_CHECKS for f in CHECKS.get(cid)().run(data)}
    assert got == expected


def test_missing_skips_empty_translations() -> None:
    data = CheckInput([""], ["extended deterrence"], resources={"glossary": GLOSSARY})
    assert TermMissing().run(data) == []


def test_missing_is_bilingual_only() -> None:
    data = CheckInput(["没有术语。"], ["extended deterrence"], monolingual=True,
                      resources={"glossary": GLOSSARY})
    assert TermMissing().run(data) == []


def test_without_glossary_only_alignment_findings() -> None:
    cases = [c for c in CASES if c.doc in ("variant", "free")]
    found = run_documents(cases, None)
    labels = {f"{f.check}/{f.rule}" for fs in found.values() for f in fs}
    assert labels == {"term-inconsistent/alignment"}
    assert {c for c, fs in found.items() if fs} == {"r3", "r6", "v1"}


def test_given_tokens_are_used() -> None:
    zh = ["常规威慑很稳定。"]
    res = {"glossary": GLOSSARY, "zh_tokens": [["常规", "威", "慑很", "稳定", "。"]]}
    assert TermForbidden().run(CheckInput(zh, [""], monolingual=True, resources=res)) == []


def test_resources_are_shared_between_checks() -> None:
    data = CheckInput(["扩展威慑。"], ["extended deterrence"], resources={"glossary": GLOSSARY})
    TermMissing().run(data)
    rows = data.resources["term_rows"]
    TermInconsistent().run(data)
    assert data.resources["term_rows"] is rows


def test_registry_ids() -> None:
    for check_id in TERM_CHECKS:
        assert CHECKS.get(check_id).id == check_id


# (variants: form → rows, reference given, expected reference, expected odd (form, row))
ODD = [
    ({"A": {0: [], 2: []}, "B": {1: []}}, None, "A", [("B", 1)]),
    ({"A": {0: []}, "B": {1: []}}, None, "A", [("B", 1)]),  # tie: first used
    ({"A": {0: []}, "B": {1: [], 2: []}}, "A", "A", [("B", 1), ("B", 2)]),
    ({"A": {0: [], 1: []}, "B": {1: []}}, None, "A", []),  # a row with both is not odd
]


@pytest.mark.parametrize(("variants", "given", "ref", "odd"), ODD)
def test_odd_ones(variants: dict, given: str | None, ref: str, odd: list) -> None:
    assert odd_ones(variants, given) == (ref, odd)
