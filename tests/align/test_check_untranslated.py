"""untranslated: fixture cases, score table (shares), empty/identical rules, modes, threshold."""

from __future__ import annotations

import pytest

from align.check.base import CheckInput
from align.check.registry import CHECKS
from align.check.untranslated import Untranslated, han_share, latin_share
from tests.align.check_cases import expected_for, labels_by_case

FOUND = labels_by_case(Untranslated())


@pytest.mark.parametrize(("case", "expected"), expected_for("untranslated"))
def test_fixture_cases(case: str, expected: set[str]) -> None:
    assert FOUND[case] == expected


# (zh, en, rule, low, high): the score must lie in [low, high]
SCORES = [
    ("", "Hello there.", "empty", 1.0, 1.0),
    ("你好。", "", "empty", 1.0, 1.0),
    ("The treaty was signed.", "The treaty was signed.", "identical", 1.0, 1.0),
    ("the treaty  was signed", "The treaty was SIGNED", "identical", 1.0, 1.0),
    ("NATO", "NATO", "latin-script", 0.0, 0.0),
    ("1958", "1958", "latin-script", 0.0, 0.0),
    ("the treaty was signed yesterday", "The treaty was signed yesterday.", "latin-script", 1.0, 1.0),
    ("The Treaty Was Signed Yesterday", "The treaty was signed.", "latin-script", 1.0, 1.0),
    ("基辛格（Henry Kissinger）说", "Kissinger said", "latin-script", 0.0, 0.0),
    ("他写了《Nuclear Deterrence Theory》一书", "He wrote it", "latin-script", 0.0, 0.0),
    ("美国(U.S.)经济增长0.426", "The U.S. grew", "latin-script", 0.0, 0.0),
    ("参见https://example.com/some/long/path/words", "see the link", "latin-script", 0.0, 0.0),
    ("我们讨论了extended deterrence", "We discussed extended deterrence", "latin-script", 0.45, 0.5),
    ("我们讨论了 extended deterrence and the nuclear umbrella", "We discussed it", "latin-script",
     0.65, 0.75),
    ("双方签署了条约。", "双方于昨日签署了该条约", "han-script", 1.0, 1.0),
    ("术语威慑", "the term 威慑 means deterrence", "han-script", 0.25, 0.4),
]


@pytest.mark.parametrize(("zh", "en", "rule", "low", "high"), SCORES)
def test_scores(zh: str, en: str, rule: str, low: float, high: float) -> None:
    (ev,) = Untranslated().score(CheckInput([zh], [en]))
    assert ev.rule == rule
    assert low <= ev.value <= high


@pytest.mark.parametrize(("zh", "en", "flagged"), [(r[0], r[1], r[3] > 0.6) for r in SCORES])
def test_decision_at_default_threshold(zh: str, en: str, flagged: bool) -> None:
    assert bool(Untranslated().run(CheckInput([zh], [en]))) is flagged


def test_threshold_is_configurable() -> None:
    data = CheckInput(["我们讨论了extended deterrence"], ["We discussed extended deterrence"])
    assert Untranslated().run(data) == []
    (f,) = Untranslated(threshold=0.3).run(data)
    assert f.severity == "error" and f.rule == "latin-script" and "English words" in f.message
    assert [data.zh[0][a:b] for a, b in f.zh_spans] == ["extended", "deterrence"]


def test_blank_pairs_and_monolingual_mode_are_skipped() -> None:
    assert list(Untranslated().score(CheckInput(["", "  "], ["", ""]))) == []
    assert Untranslated().run(CheckInput(["the treaty was signed yesterday"], [""], True)) == []


def test_share_functions() -> None:
    share, spans = latin_share("中文 words")
    assert share == pytest.approx(5 / (5 + 2 * 3.75)) and spans == ((3, 8),)
    assert han_share("plain English")[0] == 0.0


def test_registered_under_its_id() -> None:
    cls = CHECKS.get("untranslated")
    assert cls is Untranslated and cls.severity == "error" and cls.bilingual_only
