"""Numbers of a text as canonical digit strings, for the lexical concept bags.

A thin view of ``corpus.numerals`` (which reads Chinese numerals, digits with separators, 万/亿,
percentages, dates and English number words): it keeps the quantities a translation carries
(``Quantity.strong``) plus ordinals (第三日 ↔ "the third day"), and drops list markers, vague
amounts and numerals inside words (统一, 十分, 万一).
"""

from __future__ import annotations

from decimal import Decimal

from corpus.numerals import extract


def canonical(value: float | Decimal) -> str:
    """Digits of ``value`` (at most 6 decimals): ``28500.0`` → ``"28500"``, ``2.5`` → ``"2.5"``,
    ``Decimal("8847.60")`` → ``"8847.6"``."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def number_values(text: str, lang: str) -> list[str]:
    """Canonical values of the numbers of ``text`` (``lang`` ``zh``, anything else read as English)."""
    found = extract(text, "zh" if lang == "zh" else "en")
    return [canonical(q.value) for q in found
            if q.strong or (q.kind == "ordinal" and not q.in_word and not q.approx)]
