"""typography: fixture cases, rule tables (zh/en/monolingual), script mixing, severities."""

from __future__ import annotations

import pytest

from align.check.base import CheckInput
from align.check.han_script import HanScript, default_han_script
from align.check.registry import CHECKS
from align.check.typography import Typography, ascii_punct_spans, bracket_spans, quote_spans
from tests.align.check_cases import expected_for, labels_by_case

FOUND = labels_by_case(Typography())


@pytest.mark.parametrize(("case", "expected"), expected_for("typography"))
def test_fixture_cases(case: str, expected: set[str]) -> None:
    assert FOUND[case] == expected


# Chinese text → the ASCII punctuation that must be flagged (as text)
ASCII_PUNCT = [
    ("北京,上海", [","]),
    ("他来了.", ["."]),
    ("北京(首都)", ["(", ")"]),
    ("真的吗?是的!", ["?", "!"]),
    ("他说:走吧;", [":", ";"]),
    ("他们...", ["..."]),
    ("“Hello”,他说", [","]),
    ("增长率为0.426，即3:00开会", []),
    ("美国(U.S.)和北约(NATO)", []),
    ("《Nuclear Deterrence: Theory and Practice》一书", []),
    ("他说：“Hello, world!”", []),
    ("见https://example.com/a,b.html。", []),
    ("写信到info@example.org。", []),
    ("Python,Java和C++", []),
]


@pytest.mark.parametrize(("zh", "flagged"), ASCII_PUNCT)
def test_ascii_punct(zh: str, flagged: list[str]) -> None:
    assert [zh[a:b] for a, b in ascii_punct_spans(zh)] == flagged


BRACKETS = [
    ("北京（首都）", []),
    ("北京（首都", ["（"]),
    ("首都）", ["）"]),
    ("《战争论》与《孙子兵法", ["《"]),
    ("【注】和「引」", []),
    ("（混用)", []),
    ("1) 第一 2) 第二", []),
    ("(a) and [b", ["["]),
]


@pytest.mark.parametrize(("text", "flagged"), BRACKETS)
def test_bracket_balance(text: str, flagged: list[str]) -> None:
    assert [text[a:b] for a, b in bracket_spans(text)] == flagged


@pytest.mark.parametrize(("text", "flagged"), [("“是”", []), ("“是", ["“"]), ("是”", ["”"]),
                                               ('"yes', ['"']), ('"yes"', [])])
def test_quote_balance(text: str, flagged: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == flagged


# (zh, en, expected rules with severities), bilingual
ROWS = [
    ("北京,上海", "Beijing, Shanghai", {("ascii-punct", "warning")}),
    ("北京、上海", "Beijing，Shanghai", {("cjk-punct-in-english", "warning")}),
    ("术语“威慑”", "the term 威慑（deterrence）", set()),
    ("他说：“走吧。", "He said: let's go.", {("unbalanced-quote", "info")}),
    ("他说：“走吧，", "He said, “let's go,", set()),
    ("（见下文", "(see below", set()),
    ("（见下文", "see below", {("unbalanced-bracket", "warning")}),
    ("北京是首都。", "Beijing is the capital.", set()),
]


@pytest.mark.parametrize(("zh", "en", "rules"), ROWS)
def test_rules_per_row(zh: str, en: str, rules: set[tuple[str, str]]) -> None:
    found = Typography().run(CheckInput([zh, "这是一个简体中文的句子。"], [en, "A sentence."]))
    assert {(f.rule, f.severity) for f in found if f.row == 0} == rules


def test_monolingual_mode_runs() -> None:
    data = CheckInput(["北京,上海", "他说：“走吧。", "这个问题很重要。"], ["", "", ""], monolingual=True)
    found = Typography().run(data)
    assert [(f.row, f.rule) for f in found] == [(0, "ascii-punct"), (1, "unbalanced-quote")]


SCRIPT_DOCS = [
    (["我们认为这个问题很重要。", "我們認為這個問題很重要。"], {1: "traditional-char"}),
    (["我們認為這個問題很重要。", "這是另一個問題。", "我们认为"], {2: "simplified-char"}),
    (["乾隆皇帝于是下令。", "他覆盖了一切。"], {}),
    (["这是简体。", "但是这里有臺灣两个字。"], {1: "traditional-char"}),
    (["Only English here."], {}),
]


@pytest.mark.parametrize(("zh", "expected"), SCRIPT_DOCS)
def test_script_mixing(zh: list[str], expected: dict[int, str]) -> None:
    found = Typography().run(CheckInput(zh, [""] * len(zh), monolingual=True))
    assert {f.row: f.rule for f in found if f.rule.endswith("-char")} == expected


def test_traditional_spans_and_suggestions() -> None:
    zh = ["我们认为这个问题很重要。", "这个問題"]
    (f,) = Typography().run(CheckInput(zh, ["", ""], monolingual=True))
    assert [zh[1][a:b] for a, b in f.zh_spans] == ["問", "題"]
    assert "問→问" in f.message and "題→题" in f.message


def test_injected_tables_without_opencc_converters() -> None:
    script = HanScript({"們": "们"}, {"们": "們", "这": "這"})
    found = Typography(han_script=script).run(CheckInput(["这是我们", "我們"], ["", ""], True))
    assert [(f.row, f.rule, f.zh_spans) for f in found] == [(1, "traditional-char", ((1, 2),))]


def test_characters_valid_in_both_scripts_are_never_stray() -> None:
    tables = default_han_script()
    assert not set("乾於瞭藉覆") & set(tables.trad_only)
    assert {"這", "們", "問"} <= set(tables.trad_only)


def test_registered_under_its_id() -> None:
    cls = CHECKS.get("typography")
    assert cls is Typography and cls.severity == "warning" and not cls.bilingual_only
