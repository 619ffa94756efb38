"""Numbers written in Chinese or English, as canonical digit strings.

``number_values("1991年增长了2.85万人", "zh")`` → ``["1991", "28500"]``;
``number_values("seven days and five and twenty years", "en")`` → ``["7", "25"]``.
Chinese numerals are read when they are certainly numbers: runs of two or more numeral
characters (十二, 一九九一, 三百), or one numeral before a counter (七日) or after 第.
"""

from __future__ import annotations

import re

_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_RUN_RE = re.compile(r"(?<![\d.])(第?)([〇零一二两三四五六七八九十百千万亿]+)(.?)")
_ZH_COUNTERS = frozenset("年月日天个人岁次位名只头条件匹口座本章节元斤里尺丈代世倍层节")
_ZH_IDIOMS = frozenset({"万一", "千万", "一一", "两两", "三三两两", "千千万万", "一二"})
_ASCII_RE = re.compile(
    r"(?<![0-9A-Za-z.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万|亿|million|billion)?"
)
_EN_WORD_RE = re.compile(r"[A-Za-z]+")

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_UNITS.update({w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)})
_EN_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
    start=1)}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_EN_HINT_RE = re.compile(
    r"\b(?:" + "|".join([*_EN_UNITS, *_EN_ORDINALS, *_EN_SCALES]) + r")\b", re.IGNORECASE
)
_EN_MULT = {"million": 10**6, "billion": 10**9, "万": 10_000, "亿": 100_000_000}


def canonical(value: float) -> str:
    """Digits of ``value``: ``28500.0`` → ``"28500"``, ``2.5`` → ``"2.5"``."""
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def parse_zh_numeral(run: str) -> int | None:
    """Value of a Chinese numeral string (一九九一, 十二, 三百零五, 两万三千); None if invalid."""
    if run and all(c in _ZH_DIGITS for c in run):
        return int("".join(str(_ZH_DIGITS[c]) for c in run)) if len(run) > 1 else _ZH_DIGITS[run]
    yi = wan = section = digit = 0  # 亿 part, 万 part, current part below 万, pending digit
    for char in run:
        if char in _ZH_DIGITS:
            digit = _ZH_DIGITS[char]
        elif char in _ZH_UNITS:
            section += (digit or 1) * _ZH_UNITS[char]
            digit = 0
        elif char == "万":
            wan, section, digit = (wan + section + digit or 1) * 10_000, 0, 0
        elif char == "亿":
            yi, wan, section, digit = (yi + wan + section + digit or 1) * 10**8, 0, 0, 0
        else:
            return None
    return yi + wan + section + digit


def zh_numbers(text: str) -> list[str]:
    """Chinese-numeral numbers of ``text`` (see the module docstring for which runs count)."""
    out = []
    for m in _ZH_RUN_RE.finditer(text):
        ordinal, run, after = m.groups()
        if run in _ZH_IDIOMS or (run == "一" and not ordinal):
            continue
        if len(run) == 1 and not ordinal and after not in _ZH_COUNTERS:
            continue
        value = parse_zh_numeral(run)
        if value is not None:
            out.append(canonical(value))
    return out


def ascii_numbers(text: str) -> list[str]:
    """Numbers written with ASCII digits (``2,850``, ``2.85万``, ``3 million``) as digits."""
    out = []
    for m in _ASCII_RE.finditer(text):
        whole, frac, scale = m.groups()
        value = float(whole.replace(",", "") + (frac or ""))
        out.append(canonical(value * _EN_MULT.get(scale or "", 1)))
    return out


def en_numbers(text: str) -> list[str]:
    """Numbers written as English words (``five and twenty``, ``nine hundred``, ``third``).

    A lone ``one`` is skipped: it is far more often a pronoun than a number.
    """
    out: list[str] = []
    if not _EN_HINT_RE.search(text):
        return out
    total = current = 0
    run: list[str] = []
    for word in [*(w.lower() for w in _EN_WORD_RE.findall(text)), ""]:
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_SCALES:
            current = (current or 1) * _EN_SCALES[word]
            if _EN_SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word == "and" and run:
            continue
        else:
            if run and run != ["one"]:
                out.append(canonical(total + current))
            total = current = 0
            run = []
            if word in _EN_ORDINALS:
                out.append(canonical(_EN_ORDINALS[word]))
            continue
        run.append(word)
    return out


def number_values(text: str, lang: str) -> list[str]:
    """All numbers of ``text`` as canonical digit strings, in order of kind then position.

    Args:
        text: a sentence.
        lang: ``"zh"`` reads Chinese numerals, anything else English number words; ASCII
            digits are read in both.
    """
    rest = _ASCII_RE.sub(" ", text)  # "2.5 million" is read once, as digits
    words = zh_numbers(rest) if lang == "zh" else en_numbers(rest)
    return ascii_numbers(text) + words
