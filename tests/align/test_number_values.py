"""Numbers in Chinese numerals, ASCII digits and English words, as canonical digit strings
(the lexical embedder's view of ``corpus.numerals``)."""

from __future__ import annotations

import pytest

from align.dictionary.numbers import canonical, number_values

TEXTS = [
    ("1991年人口增长了2.85万人", "zh", ["1991", "28500"]),
    ("一九九一年", "zh", ["1991"]),
    ("第三日", "zh", ["3"]),
    ("七日", "zh", ["7"]),
    ("十二个支派", "zh", ["12"]),
    ("共有3,500人", "zh", ["3500"]),
    ("百分之八十五", "zh", ["85"]),
    ("一个人", "zh", []),  # 一 alone is an article
    ("万一他来", "zh", []),  # idiom, not a number
    ("十分重要", "zh", []),
    ("v1.2版本", "zh", ["1.2"]),
    ("统一", "zh", []),
    ("二十世纪七十年代", "zh", ["1970"]),
    ("seven days", "en", ["7"]),
    ("five and twenty years", "en", ["25"]),
    ("nine hundred and thirty years", "en", ["930"]),
    ("a thousand men", "en", ["1000"]),
    ("twelve thousand armed", "en", ["12000"]),
    ("the third day", "en", ["3"]),
    ("no one came", "en", []),
    ("2.5 million people", "en", ["2500000"]),
    ("In 1991, 12 men", "en", ["1991", "12"]),
    ("F-35 and x3", "en", ["35", "3"]),
]


@pytest.mark.parametrize(("text", "lang", "values"), TEXTS)
def test_number_values(text: str, lang: str, values: list[str]) -> None:
    assert number_values(text, lang) == values


@pytest.mark.parametrize(
    ("value", "text"), [(28500.0, "28500"), (2.5, "2.5"), (7, "7"), (0.125, "0.125")]
)
def test_canonical(value: float, text: str) -> None:
    assert canonical(value) == text
