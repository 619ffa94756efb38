"""Chinese numeral language data, and the word lexicon that tells numbers from words (统一, 百姓).

A run of numeral characters is judged by the longest dictionary word that covers it and crosses its
edge (or equals it): ``一直``/``统一``/``百姓``/``万物`` are ordinary words (``"word"``), ``三个``/
``十分钟``/``一九九一年``/``第一次`` are numeric words (numeral + unit, optional 第/约 prefix), and
``几十``/``上万`` are vague (``"approx"``). Without a covering word a run is a number, except a lone 百/千/万/亿
(利百加, 万国, 千夫长: names and "all, myriad" far more often than 100/1000/10000), which is vague. The words come
from jieba's own dictionary (``jieba/dict.txt``, every entry holding a numeral character), read once
on first use (≈0.2 s); tests may inject a small ``NumeralLexicon`` instead.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from corpus.errors import ConfigError

Verdict = Literal["number", "approx", "word"]

DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8,
    "玖": 9,
}
UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
SECTIONS: dict[str, int] = {"万": 10**4, "亿": 10**8}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(SECTIONS)
DIGIT_CHARS = "".join(DIGITS)
#: A lone unit character outside any numeric word is no reliable number (see the module doc).
LONE_UNITS = frozenset("百佰千仟万亿")

#: Measure words and units that may follow a numeral inside a numeric word (三个人, 十分钟).
UNIT_CHARS = (
    "个位名人口次件条种项只头匹张本册部台辆架艘座家所间层天周岁倍元块角斤两克米里亩吨度成折"
    "年月日号时点分秒刻钟代期届批群队组封句首篇章节页行段类样份双对副套把根支枝棵朵片颗粒滴"
    "碗杯瓶箱包袋车船场回遍趟下声步码级等国师旅团营连排班轮圈"
)
UNIT_WORDS = ("世纪", "星期", "礼拜", "小时", "公里", "公斤", "英里", "美元", "平方", "周年", "多")
PREFIXES = "第初约近逾共计每前后头这那整仅各"
APPROX_PREFIXES = "上成数几好"
APPROX_SUFFIX = "几"
#: Words whose characters all look numeric but which are (mostly) not numbers.
NOT_NUMBERS = frozenset(
    "十分 万分 四周 四处 千万 万万 万一 一一 一样 一二 一五一十 三三两两 十万八千 一下子 一口气".split()
)

_NUMERIC_WORD = re.compile(
    rf"(?P<pre>[{PREFIXES}{APPROX_PREFIXES}]?)[{NUMERAL_CHARS}]+(?P<suf>[{APPROX_SUFFIX}]?)"
    rf"(?:{'|'.join(UNIT_WORDS)}|[{UNIT_CHARS}])*"
)
_HAS_NUMERAL = re.compile(f"[{NUMERAL_CHARS}]")
MAX_WORD = 6


def classify_word(word: str) -> Verdict:
    """Whether a dictionary word holding numeral characters is a number, a vague one or a word."""
    if word in NOT_NUMBERS:
        return "word"
    m = _NUMERIC_WORD.fullmatch(word)
    if m is None:
        return "word"
    if (m["pre"] and m["pre"] in APPROX_PREFIXES) or m["suf"]:
        return "approx"
    return "number"


class NumeralLexicon:
    """Words holding numeral characters, each classified by ``classify_word``.

    Args:
        words: dictionary words (any; those without numeral characters are ignored).
    """

    def __init__(self, words: Iterable[str]):
        self._verdicts: dict[str, Verdict] = {
            w: classify_word(w) for w in words if 1 < len(w) <= MAX_WORD and _HAS_NUMERAL.search(w)
        }

    def __len__(self) -> int:
        return len(self._verdicts)

    def judge(self, text: str, start: int, end: int) -> Verdict | None:
        """Verdict on the numeral run ``text[start:end]`` from the longest word covering its edge.

        Returns:
            The covering word's verdict, or None when no dictionary word covers the run.
        """
        best, best_len = None, 0
        lo, hi = max(0, start - MAX_WORD + 1), min(len(text), end + MAX_WORD - 1)
        for i in range(lo, end):
            for j in range(max(i + 2, start + 1), min(hi, i + MAX_WORD) + 1):
                crosses = i < start < j or i < end < j or (i == start and j == end)
                if j - i > best_len and crosses and text[i:j] in self._verdicts:
                    best, best_len = text[i:j], j - i
        return None if best is None else self._verdicts[best]


@lru_cache(maxsize=1)
def default_lexicon() -> NumeralLexicon:
    """The lexicon built from jieba's bundled dictionary (read once, cached; jieba itself is
    not imported)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ConfigError("jieba is not installed; it is needed to read Chinese numerals")
    raw = Path(spec.origin).with_name("dict.txt").read_text(encoding="utf-8")
    words = re.findall(rf"^(\S*[{NUMERAL_CHARS}]\S*) ", raw, flags=re.MULTILINE)
    return NumeralLexicon(words + sorted(NOT_NUMBERS))
