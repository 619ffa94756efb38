"""Unit cases of the mechanisms fixed after the all-checks case table (``test_check_cases``)."""

from __future__ import annotations

import pytest

from align.check.base import CheckInput
from align.check.country_short import short_form_present
from align.check.names import NameMismatch
from align.check.numbers import NumberMismatch
from align.check.terms import TermMissing
from align.check.terms_consistency import TermAmbiguous
from align.termmatch.glossary import load_glossary
from align.translit.names import find_en_names
from corpus.numerals import extract_en

# (Chinese, full country form, present as a short form in a compound)
SHORT_FORMS = [
    ("美韩两国元首会晤", "韩国", True), ("驻韩美军司令部", "韩国", True), ("韩方表示", "韩国", True),
    ("朝核问题", "朝鲜", True), ("美朝签署协议", "朝鲜", True), ("韩正副总理", "韩国", False),
    ("朝向大海", "朝鲜", False), ("美韩同盟", "朝鲜", False), ("美韩同盟", "美国", True),
]


@pytest.mark.parametrize(("zh", "form", "present"), SHORT_FORMS)
def test_short_forms(zh: str, form: str, present: bool) -> None:
    assert short_form_present(zh, form) is present


# (English, expected value of the "decade" quantity or None)
DECADES = [("over the next decade", 10.0), ("for two decades", 20.0), ("3 decades later", 30.0),
           ("for decades", None)]


@pytest.mark.parametrize(("en", "value"), DECADES)
def test_decades_are_weak_spans_of_years(en: str, value: float | None) -> None:
    qs = extract_en(en)
    assert [q.value for q in qs] == ([] if value is None else [value])
    assert not any(q.strong for q in qs)


# (zh, en, number-mismatch finding expected)
ORDINALS = [("朝鲜进行了第五次核试验。", "North Korea conducted its sixth nuclear test.", True),
            ("朝鲜进行了第六次核试验。", "North Korea conducted its sixth nuclear test.", False),
            ("这是首次核试验。", "It was the first nuclear test.", False),
            ("美国在未来十年投入巨资。", "The U.S. will spend heavily over the next decade.", False)]


@pytest.mark.parametrize(("zh", "en", "flagged"), ORDINALS)
def test_ordinal_clash(zh: str, en: str, flagged: bool) -> None:
    assert bool(NumberMismatch().run(CheckInput([zh], [en]))) is flagged


# (English, names found)
EN_NAMES = [("The DPRK launched a Hwasong-17 missile.", ["Hwasong-17"]),
            ("the two Koreas signed it", []),
            ("Secretary of Defense Lloyd Austin writes", ["Lloyd Austin"]),
            ("the Naval War College press", []), ("It kept B61 bombs and F-35 jets.", [])]


@pytest.mark.parametrize(("en", "names"), EN_NAMES)
def test_en_names(en: str, names: list[str]) -> None:
    assert [n.text for n in find_en_names(en)] == names


# (zh, en, rules of the name-mismatch findings)
NAMES = [("格尔巴乔夫上台了。", "Gorbachev came to power.", ["table-variant"]),
         ("戈尔巴乔夫上台了。", "Gorbachev came to power.", []),
         ("防长奥斯丁写道。", "Defense Secretary Lloyd Austin writes.", ["table-variant"]),
         ("赫鲁雪夫同意了。", "Khrushchev agreed.", ["missing"]),  # 雪: no transliteration char
         ("布什总统宣布撤军。", "President George W. Bush announced the withdrawal.", []),
         ("美方表示将与韩方协调。", "Washington said it would coordinate with Seoul.", []),
         ("美韩都希望对话。", "Washington and Seoul both hope for talks.", []),
         ("他表示将与韩方协调。", "Washington said it would coordinate with Seoul.", ["missing"])]


@pytest.mark.parametrize(("zh", "en", "rules"), NAMES)
def test_names_table_forms(zh: str, en: str, rules: list[str]) -> None:
    assert [f.rule for f in NameMismatch().run(CheckInput([zh], [en]))] == rules


# (zh, en, severities of term-missing findings)
MISSING = [("双方应通过外交途径解决问题。", "Both sides should resolve the issue diplomatically.", []),
           ("美国展示了实力。", "The United States showed capability and resolve.", ["error"]),
           ("卡特放弃了计划。", "Carter abandoned the plan.", ["info"]),
           ("朝鲜的行为没有被阻止。", "North Korea was not deterred.", ["warning"]),
           ("驻韩美军发表声明。", "U.S. troops in South Korea issued a statement.", [])]


@pytest.mark.parametrize(("zh", "en", "severities"), MISSING)
def test_term_missing(zh: str, en: str, severities: list[str]) -> None:
    data = CheckInput([zh], [en], resources={"glossary": load_glossary()})
    assert [f.severity for f in TermMissing().run(data)] == severities


def test_form_inside_a_longer_word_counts_for_ambiguity() -> None:
    zh = ["强制往往比威慑更难成功。", "双方都曾以强制手段迫使对方让步。"]
    en = ["Compellence is often harder than deterrence.", "Both sides used coercion."]
    data = CheckInput(zh, en, resources={"glossary": load_glossary()})
    assert [(f.row, f.rule) for f in TermAmbiguous().run(data)] == [(0, "ambiguous")]
