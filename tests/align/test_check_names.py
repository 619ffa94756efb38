"""The name-mismatch check: names missing or spelled otherwise, interpunct forms."""

from __future__ import annotations

import pytest

from align.check.base import CheckInput
from align.check.names import NameMismatch
from align.check.registry import CHECKS
from corpus.glossary.model import Glossary, make_concept

#: (zh, en, expected findings as (rule, zh span text or "", en span text or ""))
BILINGUAL = [
    ("1991年10月，美国总统乔治·布什宣布撤军。布什总统还希望戈尔巴乔夫也这样做。",
     "In October 1991, U.S. President George H. W. Bush announced the withdrawal. Bush also "
     "hoped Gorbachev would do the same.", []),
    ("美国总统宣布撤军。", "President George H. W. Bush announced the withdrawal.",
     [("missing", "", "George H. W. Bush")]),
    ("然而，美国和北约同意了。", "However, the U.S. and NATO agreed.", []),
    ("美国、朝鲜、韩国和苏联。", "The United States, North Korea, South Korea and the Soviet Union.",
     []),
    ("它们都同意。", "The United States and the Soviet Union agreed.", []),
    ("文在寅在平壤会见了金正恩。", "Moon Jae-in met Kim Jong-un in Pyongyang.", []),
    ("文在寅会见了他。", "Moon Jae-in met Kim Jong-un in Pyongyang.",
     [("missing", "", "Kim Jong-un"), ("missing", "", "Pyongyang")]),
    ("米尔斯海默不同意，罗里格则认为不然。", "Mearsheimer disagreed, but Roehrig thought otherwise.",
     []),
    ("布热津斯基不同意。", "Kissinger disagreed.", [("missing", "", "Kissinger")]),
    ("Roehrig认为核保护伞具有象征意义。", "Roehrig argues that the umbrella is symbolic.", []),
    ("核威慑依然重要。", "Deterrence still matters. Nuclear weapons remain central.", []),
    ("华盛顿和首尔可能会协商。", "Washington and Seoul might consult.", []),
]


def _run(zh: list[str], en: list[str], check: NameMismatch | None = None,
         **resources: object) -> list[tuple[str, str, str]]:
    findings = (check or NameMismatch()).run(CheckInput(zh, en, resources=dict(resources)))
    out = []
    for f in findings:
        assert f.check == "name-mismatch" and f.severity == "warning"
        zh_text = "".join(f.zh[s:e] for s, e in f.zh_spans)
        en_text = "".join(f.en[s:e] for s, e in f.en_spans)
        out.append((f.rule, zh_text, en_text))
    return out


def test_registered() -> None:
    assert CHECKS.get("name-mismatch") is NameMismatch


@pytest.mark.parametrize(("zh", "en", "expected"), BILINGUAL)
def test_bilingual(zh: str, en: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run([zh], [en]) == expected


def test_missing_message_names_the_expected_form() -> None:
    (finding,) = NameMismatch().run(CheckInput(["布什总统宣布撤军。"], ["Gorbachev agreed."]))
    assert "'Gorbachev'" in finding.message and "戈尔巴乔夫" in finding.message


def test_threshold_decides() -> None:
    zh, en = ["米尔斯海默不同意。"], ["Mearsheimer disagreed."]
    assert _run(zh, en) == []
    assert _run(zh, en, NameMismatch(threshold=0.99)) == [("missing", "", "Mearsheimer")]


GLOSSARY = Glossary((make_concept("c1", "Gorbachev", "戈尔巴乔夫", zh_variants=["戈氏"],
                                  zh_forbidden=["戈尔巴卓夫"]),))
GLOSSARY_CASES = [
    ("布什希望戈尔巴乔夫也这样做。", []),
    ("布什希望戈氏也这样做。", []),
    ("布什希望戈巴契夫也这样做。", [("glossary-variant", "戈巴契夫", "Gorbachev")]),
    ("布什希望戈尔巴卓夫也这样做。", [("glossary-deprecated", "戈尔巴卓夫", "Gorbachev")]),
    ("布什希望他也这样做。", [("missing", "", "Gorbachev")]),
]


@pytest.mark.parametrize(("zh", "expected"), GLOSSARY_CASES)
def test_glossary_forms_are_required(zh: str, expected: list[tuple[str, str, str]]) -> None:
    en = "Bush hoped that Gorbachev would do the same."
    assert _run([zh], [en], glossary=GLOSSARY) == expected


def test_variant_spelling_passes_without_glossary() -> None:
    assert _run(["布什希望戈巴契夫也这样做。"], ["Bush hoped that Gorbachev would do the same."]) == []


INTERPUNCT = [
    ("美国总统乔治布什宣布", [("interpunct-missing", "乔治布什", "")]),
    ("美国总统乔治·布什宣布", []),
    ("美国总统乔治.布什宣布", [("interpunct-wrong", "乔治.布什", "")]),
    ("美国总统乔治•布什宣布", [("interpunct-wrong", "乔治•布什", "")]),
    ("美国总统乔治・布什宣布", [("interpunct-wrong", "乔治・布什", "")]),
    ("作者特伦斯 ·罗里格教授", [("interpunct-space", "特伦斯 ·罗里格", "")]),
    ("约翰逊总统和约翰·史密斯", []),
    ("版本3.5于2017年发布", []),
]


@pytest.mark.parametrize(("zh", "expected"), INTERPUNCT)
def test_interpunct_forms_monolingual(zh: str, expected: list[tuple[str, str, str]]) -> None:
    findings = NameMismatch().run(CheckInput([zh], [""], monolingual=True))
    got = [(f.rule, "".join(f.zh[s:e] for s, e in f.zh_spans), "") for f in findings]
    assert got == expected


def test_glossary_dotted_form_is_required() -> None:
    glossary = Glossary((make_concept("c1", "Victor Cha", "维克托·车"),))
    findings = NameMismatch().run(CheckInput(["学者维克托车认为"], [""], monolingual=True,
                                             resources={"glossary": glossary}))
    assert [(f.rule, f.zh_spans) for f in findings] == [("interpunct-missing", ((2, 6),))]


def test_sample_monolingual(sample_text: str) -> None:
    rows = [line for line in sample_text.splitlines() if line.strip()]
    findings = NameMismatch().run(CheckInput(rows, [""] * len(rows), monolingual=True))
    got = sorted((f.rule, "".join(f.zh[s:e] for s, e in f.zh_spans)) for f in findings)
    assert got == [("interpunct-missing", "乔治布什"), ("interpunct-space", "特伦斯 ·罗里格")]
