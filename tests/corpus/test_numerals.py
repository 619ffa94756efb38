"""corpus.numerals: extraction tables (zh, en), matching tables, spans, lexicon, parsers."""

from __future__ import annotations

import pytest

from corpus.numerals import (
    NumeralLexicon,
    Quantity,
    classify_word,
    default_lexicon,
    extract,
    extract_en,
    extract_zh,
    match_quantities,
    parse_positional,
    parse_run,
)


def _values(qs: list[Quantity]) -> list[tuple[float, str]]:
    return [(round(q.value, 6), q.kind) for q in qs]


# text → [(value, kind), ...] of every quantity, in order
ZH_CASES = [
    ("他在1958年1月来到北京", [(1958, "year"), (1, "month")]),
    ("１９５８年１月", [(1958, "year"), (1, "month")]),
    ("共有28,500人", [(28500, "number")]),
    ("增长率为0.426", [(0.426, "number")]),
    ("占30%", [(30, "percent")]),
    ("占３０％", [(30, "percent")]),
    ("百分之三十", [(30, "percent")]),
    ("百分之零点五", [(0.5, "percent")]),
    ("一九九一年", [(1991, "year")]),
    ("二〇〇八年", [(2008, "year")]),
    ("十二个", [(12, "number")]),
    ("二十一条", [(21, "number")]),
    ("一百零五人", [(105, "number")]),
    ("三千人", [(3000, "number")]),
    ("一万二", [(12000, "number")]),
    ("两万元", [(20000, "number")]),
    ("2.85万人", [(28500, "number")]),
    ("3亿美元", [(300000000, "number")]),
    ("1.2万亿", [(1200000000000, "number")]),
    ("3千米", [(3, "number")]),
    ("三点五", [(3.5, "number")]),
    ("三点五十分", [(3, "number"), (50, "number")]),
    ("20世纪70年代", [(1970, "decade")]),
    ("二十世纪七十年代", [(1970, "decade")]),
    ("七十年代", [(70, "decade")]),
    ("19世纪", [(19, "century")]),
    ("651-684", [(651, "number"), (684, "number")]),
    ("651—684", [(651, "number"), (684, "number")]),
    ("651至684年", [(651, "number"), (684, "year")]),
    ("1958—59年", [(1958, "number"), (1959, "number")]),
    ("第三章", [(3, "ordinal")]),
    ("第一次", [(1, "ordinal")]),
    ("三分之一", [(0.333333, "fraction")]),
    ("一月十五日", [(1, "month"), (15, "day")]),
    ("七日之后", [(7, "number")]),
    ("（一）总则", [(1, "marker")]),
    ("一、背景", [(1, "marker")]),
    ("1. 背景", [(1, "marker")]),
    ("**2.美国的核保护伞", [(2, "marker")]),
    ("1.拥有力量；2.采用惩罚", [(1, "marker"), (2, "marker")]),
    ("增长了2.", [(2, "number")]),
    ("分别为1、2、3", [(1, "number"), (2, "number"), (3, "number")]),
    ("没有数字", []),
]


@pytest.mark.parametrize(("text", "expected"), ZH_CASES)
def test_extract_zh(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(extract_zh(text)) == expected


EN_CASES = [
    ("He arrived in January 1958.", [(1, "month"), (1958, "number")]),
    ("on 15 Jan. 1958", [(15, "number"), (1, "month"), (1958, "number")]),
    ("In May, they met.", [(5, "month")]),
    ("May I come in?", []),
    ("in the 1970s", [(1970, "decade")]),
    ("the '70s", [(70, "decade")]),
    ("the seventies", [(70, "decade")]),
    ("28,500 people", [(28500, "number")]),
    ("2.85 million", [(2850000, "number")]),
    ("$1.2bn", [(1200000000, "number")]),
    ("30 percent", [(30, "percent")]),
    ("30 per cent", [(30, "percent")]),
    ("thirty percent", [(30, "percent")]),
    ("0.426", [(0.426, "number")]),
    ("twelve", [(12, "number")]),
    ("twenty-one", [(21, "number")]),
    ("one hundred and five", [(105, "number")]),
    ("two thousand three hundred", [(2300, "number")]),
    ("a dozen eggs", [(12, "number")]),
    ("three and four", [(3, "number"), (4, "number")]),
    ("thirty and forty", [(30, "number"), (40, "number")]),
    ("threescore and ten", [(70, "number")]),
    ("fifty and four thousand and four hundred", [(54400, "number")]),
    ("the seven and twentieth day", [(27, "ordinal")]),
    ("the score was close", []),
    ("the first time", [(1, "ordinal")]),
    ("the 21st century", [(21, "ordinal")]),
    ("651-684", [(651, "number"), (684, "number")]),
    ("the 1958-59 crisis", [(1958, "number"), (1959, "number")]),
    ("1. Introduction", [(1, "marker")]),
    ("see (2) below", [(2, "marker")]),
    ("version 1.2.3", [(1.2, "number"), (3, "number")]),
    ("someone and no one", [(1, "number")]),
    ("often", []),
]


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_extract_en(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(extract_en(text)) == expected


# (zh, en, agree): agree = no strong quantity left unmatched on either side
PAIR_CASES = [
    ("1958年1月", "January 1958", True),
    ("1958年1月", "Jan. 1958", True),
    ("20世纪70年代", "the 1970s", True),
    ("70年代", "the 1970s", True),
    ("二十世纪七十年代", "the seventies", True),
    ("651-684", "651—684", True),
    ("651至684", "651–684", True),
    ("2.85万", "28,500", True),
    ("3亿", "300 million", True),
    ("一九九一年", "1991", True),
    ("十二", "twelve", True),
    ("百分之三十", "30%", True),
    ("第三章", "Chapter 3", True),
    ("第一次", "never before", True),
    ("两国", "both countries", True),
    ("一些人一直", "some people always", True),
    ("（一）总则", "General provisions", True),
    ("1958—59年", "1958-59", True),
    ("1958年", "1985", False),
    ("2.85万", "2,850", False),
    ("三个", "four", False),
    ("1958年1月", "1958", False),
    ("百分之三十", "13%", False),
    ("20世纪70年代", "the 1980s", False),
]


@pytest.mark.parametrize(("zh", "en", "agree"), PAIR_CASES)
def test_pairs_agree(zh: str, en: str, agree: bool) -> None:
    m = match_quantities(extract_zh(zh), extract_en(en))
    left = [q for q in m.a_left + m.b_left if q.strong]
    assert (not left) is agree, (m.a_left, m.b_left)


# (text, in_word flags of the quantities): numerals inside ordinary words are flagged
IN_WORD_CASES = [
    ("一些人一直在说统一的问题", [True, True, True]),
    ("一方面", [True]),
    ("他十分重视", [True]),
    ("百姓四处逃散", [True, True]),
    ("十分钟以后", [False]),
    ("三个人", [False]),
    ("第一", [False]),
]


@pytest.mark.parametrize(("text", "flags"), IN_WORD_CASES)
def test_numerals_inside_words(text: str, flags: list[bool]) -> None:
    assert [q.in_word for q in extract_zh(text)] == flags


STRONG_CASES = [
    ("zh", "一个人", [False]),
    ("zh", "三个人", [True]),
    ("zh", "三四个人", [False, False]),
    ("zh", "第一", [False]),
    ("zh", "第3", [True]),
    ("zh", "利百加", [False]),
    ("zh", "一月", [True]),
    ("en", "one of them", [False]),
    ("en", "two sons", [False]),
    ("en", "three sons", [True]),
    ("en", "the first", [False]),
    ("en", "1 son", [True]),
]


@pytest.mark.parametrize(("lang", "text", "strong"), STRONG_CASES)
def test_strength(lang: str, text: str, strong: list[bool]) -> None:
    assert [q.strong for q in extract(text, lang)] == strong  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["他在1958年1月到达，共2.85万人", "In January 1958, 28,500 came",
                                  "他说：“一百零五”", "共１２３人"])
def test_spans_point_at_text(text: str) -> None:
    qs = extract_zh(text) + extract_en(text)
    assert qs
    for q in qs:
        assert text[q.start:q.end] == q.text


POSITIONAL_CASES = [("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21), ("一百零五", 105),
                    ("三千", 3000), ("一万二", 12000), ("三百五", 350), ("两万", 20000),
                    ("一亿三千万", 130000000), ("三万亿", 3 * 10**12), ("一千零一", 1001),
                    ("三四", None)]


@pytest.mark.parametrize(("s", "value"), POSITIONAL_CASES)
def test_parse_positional(s: str, value: int | None) -> None:
    assert parse_positional(s) == value


@pytest.mark.parametrize(("s", "values"), [("一九九一", [1991]), ("三四", [3, 4]),
                                           ("三四十", [30, 40]), ("二〇", [20]), ("五", [5])])
def test_parse_run(s: str, values: list[int]) -> None:
    assert parse_run(s) == values


@pytest.mark.parametrize(("word", "verdict"), [("三个", "number"), ("十分钟", "number"),
                                               ("第一次", "number"), ("几十", "approx"),
                                               ("统一", "word"), ("十分", "word"),
                                               ("百姓", "word"), ("三番五次", "word")])
def test_classify_word(word: str, verdict: str) -> None:
    assert classify_word(word) == verdict


def test_injected_lexicon_decides() -> None:
    text = "他们统一了"
    assert extract_zh(text, NumeralLexicon(["统一"]))[0].in_word
    assert not extract_zh(text, NumeralLexicon(["三个"]))[0].in_word


def test_default_lexicon_is_built_from_jieba() -> None:
    assert len(default_lexicon()) > 10_000


def test_describe_in_plain_words() -> None:
    assert extract_zh("2.85万")[0].describe() == "number 2.85万 (= 28,500)"
    assert extract_en("1958")[0].describe() == "number 1958"
    assert extract_zh("百分之三十")[0].describe() == "percentage 百分之三十 (= 30%)"
