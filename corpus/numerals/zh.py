"""Numbers, percentages and dates in Chinese text → ``Quantity`` list (pure; see ``extract_zh``).

Handled: ASCII/full-width digits with thousands separators and decimals, digit + 万/亿/千 (2.85万),
Chinese numerals (十二, 二十一, 一百零五, 一万二, 3亿, 两, 〇/零), digit-by-digit years (一九九一年),
decimals with 点 (三点五; not the clock 三点五十分), 百分之三十 and 30%, fractions 三分之一, ordinals
第三, 年/月/日/号, 世纪 and 年代 (20世纪70年代 → decade 1970), vague pairs 三四个 → 3, 4 (approx),
list markers (一、 （一） 1.) and numerals inside words (统一, 百姓: see ``zh_lexicon``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from corpus.numerals.shared import finish, marker_at, to_ascii_digits
from corpus.numerals.types import Kind, Quantity
from corpus.numerals.zh_lexicon import (
    DIGIT_CHARS,
    DIGITS,
    LONE_UNITS,
    NUMERAL_CHARS,
    SECTIONS,
    UNITS,
    NumeralLexicon,
    Verdict,
    default_lexicon,
)

_NUM = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN = rf"[{NUMERAL_CHARS}]+(?:点[{DIGIT_CHARS}]+(?![十百千万亿分]))?"
_ZH_RX = re.compile(
    rf"(?P<pct>百分之)?(?P<ord>第)?"
    rf"(?:(?P<d>{_NUM})(?P<dm>(?:[万亿]|千(?![米克瓦]))*)|(?<![0-9.])(?P<c>{_CN}))"
    rf"(?P<frac>分之(?:(?P<fd>{_NUM})|(?P<fc>{_CN})))?"
    rf"(?P<sfx>[%‰]|世纪|年代|年|月|日|号)?"
)
_CANDIDATE = re.compile(f"[0-9０-９{NUMERAL_CHARS}]")
_MULT = {"万": 10**4, "亿": 10**8, "千": 10**3}


def parse_positional(s: str) -> int | None:
    """Value of a Chinese numeral in positional notation (二十一, 一百零五, 一万二); None if not."""
    total, section, digit, prev_unit = 0, 0, None, 0
    for ch in s:
        if ch in "〇零":
            digit, prev_unit = None, 0
        elif ch in DIGITS:
            if digit is not None:
                return None
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (1 if digit is None else digit) * UNITS[ch]
            digit, prev_unit = None, UNITS[ch]
        else:
            mult = SECTIONS[ch]
            sec = section + (digit or 0) or (0 if total else 1)  # 万 alone = 1万; 万亿 = ×1亿
            total = (total + sec) * mult if mult > 10**4 else total + sec * mult
            section, digit, prev_unit = 0, None, mult
    if digit is not None:
        section += digit * max(prev_unit // 10, 1)
    return total + section


def parse_run(s: str) -> list[int]:
    """Values of a numeral run: one value, two for a vague pair (三四 → 3, 4), none if unreadable."""
    if all(ch in DIGITS for ch in s):
        if len(s) >= 3 or "〇" in s or "零" in s:
            return [int("".join(str(DIGITS[ch]) for ch in s))]
        return [DIGITS[ch] for ch in s]
    if len(s) >= 2 and s[0] in DIGITS and s[1] in DIGITS:
        first, second = parse_positional(s[0] + s[2:]), parse_positional(s[1:])
        return [v for v in (first, second) if v is not None]
    value = parse_positional(s)
    return [] if value is None else [value]


def _cn_value(s: str) -> list[Decimal]:
    whole, _, frac = s.partition("点")
    values = [Decimal(v) for v in parse_run(whole)]
    if frac and len(values) == 1:
        return [values[0] + Decimal("0." + "".join(str(DIGITS[ch]) for ch in frac))]
    return values


def _digit_value(d: str, mult: str) -> Decimal:
    value = Decimal(d.replace(",", ""))
    for ch in mult:
        value *= _MULT[ch]
    return value


def _kind(m: re.Match[str], value: Decimal) -> Kind:
    sfx = m["sfx"] or ""
    if m["pct"] or sfx in ("%", "‰"):
        return "percent"
    if m["frac"]:
        return "fraction"
    if m["ord"]:
        return "ordinal"
    if sfx == "年":
        digits = m["d"] or ""
        spelled = m["c"] or ""
        year = (digits.isdigit() and len(digits) in (3, 4)) or (
            len(spelled) >= 3 and all(ch in DIGITS for ch in spelled))
        return "year" if year else "number"
    if sfx == "月":
        return "month" if 1 <= value <= 12 else "number"
    if sfx in ("日", "号"):  # 七日 alone is "seven days"; 1月7日 and 7日 are dates
        dated = m["d"] or m.string[m.start() - 1:m.start()] == "月"
        return "day" if dated and 1 <= value <= 31 else "number"
    return {"世纪": "century", "年代": "decade"}.get(sfx, "number")  # type: ignore[return-value]


def _values(m: re.Match[str]) -> list[Decimal]:
    values = _cn_value(m["c"]) if m["c"] else [_digit_value(m["d"], m["dm"] or "")]
    if m["frac"] and len(values) == 1:
        num = _cn_value(m["fc"]) if m["fc"] else [_digit_value(m["fd"], "")]
        return [num[0] / values[0]] if len(num) == 1 and values[0] else []
    if (m["sfx"] or "") == "‰":
        return [v / 10 for v in values]
    return values


def _quantities(text: str, m: re.Match[str], verdict: Verdict) -> list[Quantity]:
    values = _values(m)
    start, end = m.span()
    form = "digits" if m["d"] or m["fd"] else "words"
    approx = verdict == "approx" or len(values) > 1
    in_word = verdict == "word"
    return [
        Quantity(float(v), "marker" if marker_at(text, start, end, float(v)) else _kind(m, v),
                 start, end, text[start:end], form, approx, in_word)
        for v in values
    ]


def _judge(lexicon: NumeralLexicon, text: str, m: re.Match[str]) -> Verdict:
    found = lexicon.judge(text, m.start("c"), m.end("c"))
    if found == "word" and m["ord"]:
        return "number"
    if found is None:
        return "approx" if m["c"] in LONE_UNITS and not m["ord"] else "number"
    return found


def extract_zh(text: str, lexicon: NumeralLexicon | None = None) -> list[Quantity]:
    """All quantities in a Chinese text, in order.

    Args:
        text: Chinese text (may mix in English words and ASCII or full-width digits).
        lexicon: word lexicon judging numerals inside words; default: ``default_lexicon()``,
            loaded only when the text holds a Chinese numeral character.

    Returns:
        Quantities with character spans into ``text``.
    """
    if not _CANDIDATE.search(text):
        return []
    norm = to_ascii_digits(text)
    out: list[Quantity] = []
    for m in _ZH_RX.finditer(norm):
        verdict: Verdict = "number"
        if m["c"] and not (m["pct"] or m["frac"]):
            lexicon = lexicon or default_lexicon()
            verdict = _judge(lexicon, norm, m)
        out.extend(_quantities(norm, m, verdict))
    return finish(norm, out, "zh", text)
