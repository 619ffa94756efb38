"""number-mismatch: fixture cases, tricky clean controls, messages, spans, modes, threshold."""

from __future__ import annotations

import pytest

from align.check.base import CheckInput
from align.check.numbers import NumberMismatch
from align.check.registry import CHECKS
from tests.align.check_cases import expected_for, labels_by_case

FOUND = labels_by_case(NumberMismatch())


@pytest.mark.parametrize(("case", "expected"), expected_for("number-mismatch"))
def test_fixture_cases(case: str, expected: set[str]) -> None:
    assert FOUND[case] == expected


# pairs that must not raise a finding (the equivalences of corpus.numerals, and weak numerals)
CLEAN = [
    ("他于1958年1月抵达。", "He arrived in January 1958."),
    ("20世纪70年代", "In the 1970s"),
    ("651-684年", "651—684"),
    ("一些人一直反对统一。", "Some people have always opposed unification."),
    ("美国(U.S.)增长0.426。", "The U.S. grew by 0.426."),
    ("一九九一年", "in 1991"),
    ("十二个国家", "twelve countries"),
    ("共2.85万人", "28,500 people"),
    ("百分之三十", "30 percent"),
    ("两国都同意。", "Both countries agreed."),
    ("这是第一次。", "This has never happened before."),
    ("1. 背景", "Background"),
    ("他有一个儿子。", "He had a son."),
    ("他十分重视。", "He cared a lot."),
]


@pytest.mark.parametrize(("zh", "en"), CLEAN)
def test_clean_pairs(zh: str, en: str) -> None:
    assert NumberMismatch().run(CheckInput([zh], [en])) == []


# (zh, en, words the message must contain, zh spans, en spans)
FAULTY = [
    ("他于1985年抵达。", "He arrived in 1958.",
     ["number 1958 in the English is missing from the Chinese (found 1985年)"], [(2, 7)], [(14, 18)]),
    ("共2.85万人", "2,850 people", ["number 2.85万 (= 28,500) in the Chinese", "found 2,850"],
     [(1, 6)], [(0, 5)]),
    ("三个核电站", "four plants", ["number 三 (= 3) in the Chinese", "found four"], [(0, 1)],
     [(0, 4)]),
    ("1958年1月", "in 1958", ["month 1月 in the Chinese is missing from the English"], [(5, 7)],
     []),
    ("他来了。", "He came with 12 men.", ["number 12 in the English is missing from the Chinese"],
     [], [(13, 15)]),
]


@pytest.mark.parametrize(("zh", "en", "words", "zh_spans", "en_spans"), FAULTY)
def test_faulty_pairs(zh: str, en: str, words: list[str], zh_spans: list[tuple[int, int]],
                      en_spans: list[tuple[int, int]]) -> None:
    (finding,) = NumberMismatch().run(CheckInput([zh], [en]))
    assert finding.severity == "error" and finding.check == "number-mismatch"
    for w in words:
        assert w in finding.message
    assert list(finding.zh_spans) == zh_spans and list(finding.en_spans) == en_spans


def test_monolingual_mode_skips() -> None:
    data = CheckInput(["他于1985年抵达。"], [""], monolingual=True)
    assert NumberMismatch().run(data) == []


def test_threshold_tolerates_leftovers() -> None:
    data = CheckInput(["他于1985年抵达。"], ["He arrived in 1958."])
    (ev,) = NumberMismatch().score(data)
    assert ev.value == 2.0
    assert NumberMismatch(threshold=2).run(data) == []


def test_registered_under_its_id() -> None:
    cls = CHECKS.get("number-mismatch")
    assert cls is NumberMismatch and cls.id == "number-mismatch" and cls.severity == "error"
    assert cls.bilingual_only
