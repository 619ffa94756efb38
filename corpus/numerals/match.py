"""Multiset matching of quantities between two texts (a Chinese one and its English translation)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.numerals.types import Quantity


@dataclass(frozen=True, slots=True)
class Matching:
    """Result of ``match_quantities``.

    Attributes:
        pairs: matched ``(a, b)`` quantities.
        a_left: quantities of ``a`` without a counterpart (markers excluded).
        b_left: quantities of ``b`` without a counterpart (markers excluded).
    """

    pairs: tuple[tuple[Quantity, Quantity], ...]
    a_left: tuple[Quantity, ...]
    b_left: tuple[Quantity, ...]


def _key(q: Quantity) -> float:
    return round(q.value, 9)


def _priority(q: Quantity) -> tuple[bool, int]:
    return (not q.strong, q.start)


def _same_decade(a: Quantity, b: Quantity) -> bool:
    """70年代 ↔ the 1970s: a two-digit decade matches any full one ending in the same digits."""
    short, full = (a, b) if a.value < b.value else (b, a)
    return (short.kind == "decade" and short.value < 100 and full.value >= 1000
            and full.kind in ("decade", "year", "number") and full.value % 100 == short.value)


def match_quantities(a: Sequence[Quantity], b: Sequence[Quantity]) -> Matching:
    """Pair quantities of equal value (any kind: 1958年 ↔ 1958, 第三 ↔ 3rd), then equal decades.

    Strong quantities are paired before weak ones of the same value, so a numeral inside a word
    (三国) never takes the counterpart of a real number. List markers are ignored.

    Args:
        a: quantities of one text (e.g. ``extract_zh(zh)``).
        b: quantities of the other (e.g. ``extract_en(en)``).
    """
    by_value: dict[float, list[Quantity]] = defaultdict(list)
    for q in sorted((q for q in b if q.kind != "marker"), key=_priority):
        by_value[_key(q)].append(q)
    pairs: list[tuple[Quantity, Quantity]] = []
    a_left: list[Quantity] = []
    for q in sorted((q for q in a if q.kind != "marker"), key=_priority):
        bucket = by_value.get(_key(q))
        if bucket:
            pairs.append((q, bucket.pop(0)))
        else:
            a_left.append(q)
    b_left = [q for bucket in by_value.values() for q in bucket]
    for q in list(a_left):
        other = next((r for r in b_left if _same_decade(q, r)), None)
        if other is not None:
            pairs.append((q, other))
            a_left.remove(q)
            b_left.remove(other)
    order = sorted
    return Matching(tuple(pairs), tuple(order(a_left, key=lambda q: q.start)),
                    tuple(order(b_left, key=lambda q: q.start)))
