"""``number-mismatch``: the numbers of a pair differ (compared as multisets of normalised values).

Both sides go through ``corpus.numerals`` (1958年1月 ↔ January 1958, 2.85万 ↔ 28,500, 一九九一年 ↔
1991, 651—684 ↔ 651-684, 百分之三十 ↔ 30%, 20世纪70年代 ↔ the 1970s), then ``match_quantities``
pairs equal values. Every *strong* quantity left over (see ``Quantity.strong``: digits, dates,
percentages, spelled numbers from three up) is reported, with the leftovers of the other side as
"found …". Weak leftovers (一/one, 两/two, 第一/first, numerals inside words, list markers) never
raise a finding alone: they are articles, "both", "top", 统一 or enumerators far more often than
dropped numbers. But word ordinals left over on *both* sides clash (第五次 ↔ sixth: the
translation has an ordinal where the original has another) and are reported too. Score = number
of strong leftovers plus clashing ordinals; threshold 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from align.check.base import Check, CheckInput, Evidence
from corpus.numerals import NumeralLexicon, Quantity, extract_en, extract_zh, match_quantities

_SIDES = {"zh": "the Chinese", "en": "the English"}


def _found(others: Iterable[Quantity]) -> str:
    shown = [q.text for q in others if not q.in_word]
    return f" (found {', '.join(shown)})" if shown else ""


def describe_mismatch(zh_left: tuple[Quantity, ...], en_left: tuple[Quantity, ...]) -> str:
    """Plain-words message for the strong leftovers of both sides ("" when there are none)."""
    parts = []
    for side, left, others in (("en", en_left, zh_left), ("zh", zh_left, en_left)):
        other = "zh" if side == "en" else "en"
        for q in (q for q in left if q.strong):
            parts.append(f"{q.describe()} in {_SIDES[side]} is missing from {_SIDES[other]}"
                         + _found(others))
    return "; ".join(parts)


def clashing_ordinals(zh_left: tuple[Quantity, ...], en_left: tuple[Quantity, ...]
                      ) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    """Weak ordinals left over on both sides (第五次 ↔ sixth), or two empty tuples."""
    def weak(left: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
        return tuple(q for q in left if q.kind == "ordinal" and not q.strong and not q.in_word)

    zh, en = weak(zh_left), weak(en_left)
    return (zh, en) if zh and en else ((), ())


def describe_ordinals(zh: tuple[Quantity, ...], en: tuple[Quantity, ...]) -> str:
    """Plain words for clashing ordinals ("" when there are none)."""
    if not zh:
        return ""
    return (f"ordinal {', '.join(q.text for q in zh)} in the Chinese does not match "
            f"{', '.join(q.text for q in en)} in the English")


class NumberMismatch(Check):
    """Numbers, dates and percentages must agree between the Chinese and the English.

    Args:
        threshold: strong leftovers tolerated per pair (default 0).
        lexicon: Chinese numeral word lexicon (default: built from jieba's dictionary on first use).
    """

    id = "number-mismatch"
    severity = "error"
    direction = "high"
    bilingual_only = True

    def __init__(self, threshold: float = 0.0, lexicon: NumeralLexicon | None = None):
        self.threshold = threshold
        self.lexicon = lexicon

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        """One evidence per pair with text on both sides; value = strong leftovers."""
        for row, (zh, en) in enumerate(zip(data.zh, data.en)):
            if not zh.strip() or not en.strip():
                continue
            m = match_quantities(extract_zh(zh, self.lexicon), extract_en(en))
            strong = [q for q in m.a_left + m.b_left if q.strong]
            zh_ord, en_ord = clashing_ordinals(m.a_left, m.b_left)
            if not strong and not zh_ord:
                yield Evidence(row, 0.0, "")
                continue
            shown_zh = [q.span for q in m.a_left if not q.in_word]
            shown_en = [q.span for q in m.b_left]
            message = "; ".join(p for p in (describe_mismatch(m.a_left, m.b_left),
                                             describe_ordinals(zh_ord, en_ord)) if p)
            yield Evidence(row, float(len(strong) + len(zh_ord) + len(en_ord)), message,
                           tuple(shown_zh), tuple(shown_en))
