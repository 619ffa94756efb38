"""Numbers, percentages and dates in English text → ``Quantity`` list (pure; see ``extract_en``).

Handled: digits with thousands separators and decimals, ``%``/percent/per cent, ``2.85 million``,
``bn``, ordinals (21st; first … ninetieth, twenty-first), decades (1970s, '70s, the seventies),
spelled numbers (twelve, twenty-one, one hundred and five, a dozen, threescore and ten), month
names next to a number or after in/of/since… (``January 1958``, ``15 Jan. 1958``, ``in May``;
a bare "May" or "March" is no month), list markers (``1.`` at the start, ``(2)``), and decades as
spans of years (``a decade`` → 10, ``two decades`` → 20: weak, so they pair with 十年/二十年 but
never count as missing; a bare "decades" is no number).
"""

from __future__ import annotations

import re
from decimal import Decimal

from corpus.numerals.en_words import MONTHS, Token, parse_words, word_runs
from corpus.numerals.shared import finish, marker_at, to_ascii_digits
from corpus.numerals.types import Kind, Quantity

_SCALE = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
          "trillion": 10**12, "bn": 10**9}
_EN_RX = re.compile(
    r"(?P<apos>['’](?=\d\ds\b))?(?<!\d)(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<ordsfx>st|nd|rd|th)\b|(?P<dec>'?s)\b)?"
    r"(?P<pct>\s?%|\s+(?:percent|per\s+cent)\b)?"
    r"(?P<scale>\s+(?:hundred|thousand|million|billion|trillion)\b|\s?bn\b)?"
)
_DIGIT = re.compile(r"\d")
_WORD_PCT = re.compile(r"\s+(?:percent|per\s+cent)\b", re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_RX = re.compile(rf"\b(?:{_MONTH_NAMES})\b\.?")
_MONTH_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|of|since|until|till|by|from|to|early|late|mid|last|next|this|each|every"
    r"|during|through|before|after|on)[\s-]+|\d(?:st|nd|rd|th)?\s+(?:of\s+)?)$"
)
_MONTH_AFTER = re.compile(r"\.?,?\s+\d")
_DECADES = re.compile(r"\b(?:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                      r"decade(?P<pl>s)?\b", re.IGNORECASE)
_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _digit_quantity(text: str, m: re.Match[str]) -> Quantity:
    value = Decimal(m["num"].replace(",", ""))
    kind: Kind = "number"
    if m["scale"]:
        value *= _SCALE[m["scale"].strip()]
    if m["ordsfx"]:
        kind = "ordinal"
    elif m["dec"] and value == int(value) and (value < 100 or value % 10 == 0):
        kind = "decade"
    elif m["pct"]:
        kind = "percent"
    start, end = m.span()
    if kind == "number" and marker_at(text, start, end, float(value)):
        kind = "marker"
    return Quantity(float(value), kind, start, end, text[start:end])


def _word_quantities(text: str, run: list[Token]) -> list[Quantity]:
    numbers = parse_words(run)
    out = []
    for i, n in enumerate(numbers):
        kind, end = n.kind, n.end
        pct = _WORD_PCT.match(text, end) if i == len(numbers) - 1 else None
        if pct:
            kind, end = "percent", pct.end()
        out.append(Quantity(float(n.value), kind, n.start, end, text[n.start:end], "words"))
    return out


def _month(text: str, m: re.Match[str]) -> Quantity | None:
    name = m.group().rstrip(".")
    before, after = text[:m.start()], text[m.start() + len(name):]
    if not (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return None
    return Quantity(float(MONTHS[name]), "month", m.start(), m.end(), m.group(), "words")


def _decades(text: str) -> list[Quantity]:
    """``a decade`` (10), ``two decades`` (20): spans of years, weak (``approx``)."""
    out = []
    for m in _DECADES.finditer(text):
        n = m["n"]
        if m["pl"] and n is None:
            continue  # "for decades": vague
        count = 1 if n is None else int(n) if n.isdigit() else _SMALL[n.lower()]
        out.append(Quantity(float(10 * count), "number", m.start(), m.end(), m.group(), "words",
                            approx=True))
    return out


def extract_en(text: str) -> list[Quantity]:
    """All quantities in an English text, in order.

    Args:
        text: English text (full-width digits are read too).

    Returns:
        Quantities with character spans into ``text``.
    """
    norm = to_ascii_digits(text)
    out = [_digit_quantity(norm, m) for m in _EN_RX.finditer(norm)] if _DIGIT.search(norm) else []
    taken = [q.span for q in out]
    for run in word_runs(norm):
        if not any(a <= run[0][1] < b for a, b in taken):  # "million" of "2.85 million"
            out.extend(_word_quantities(norm, run))
    for m in _MONTH_RX.finditer(norm):
        month = _month(norm, m)
        if month is not None:
            out.append(month)
    decades = _decades(norm)
    if decades:
        spans = [d.span for d in decades]
        out = [q for q in out if not any(a <= q.start < b for a, b in spans)] + decades
    return finish(norm, out, "en", text)
