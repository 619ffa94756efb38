"""The ``Quantity`` record: one number, date part or percentage found in a text, with its span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: What a quantity is. ``marker`` = list enumerator ("1." "（一）"), never compared.
Kind = Literal[
    "number", "percent", "ordinal", "fraction", "year", "month", "day", "decade", "century", "marker"
]
#: How it was written: with digits (28,500; 2.85万) or with words (二十一; twenty-one).
Form = Literal["digits", "words"]

#: Kinds a translation must always carry, however they are written.
ALWAYS_STRONG: frozenset[str] = frozenset({"percent", "year", "month", "day", "decade", "century"})
_KIND_WORDS = {"percent": "percentage", "ordinal": "ordinal number"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised number found in a text.

    Attributes:
        value: normalised value (2.85万 → 28500.0, 30% → 30.0, 1970s → 1970.0, 70年代 → 70.0).
        kind: what it is (see ``Kind``).
        start: character offset of the first character in the text.
        end: offset after the last character (``text[start:end]`` is the written form).
        text: the written form.
        form: ``"digits"`` or ``"words"``.
        approx: a vague quantity (三四个 "three or four", 十几 "ten-odd").
        in_word: numeral characters inside an ordinary word (统一, 百姓, 三国): maybe no number.
    """

    value: float
    kind: Kind
    start: int
    end: int
    text: str
    form: Form = "digits"
    approx: bool = False
    in_word: bool = False

    @property
    def strong(self) -> bool:
        """True when a translation is expected to carry this quantity.

        Markers, vague quantities and numerals inside words are weak; so are numbers written in
        words below 3 (一/one/两/two stand for articles, "both", "a pair") and word ordinals
        (第一/first often become "top", "leading", "never before"). Digits are always strong.
        """
        if self.kind == "marker" or self.approx or self.in_word:
            return False
        if self.form == "digits" or self.kind in ALWAYS_STRONG:
            return True
        return self.kind == "number" and self.value >= 3

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` character offsets."""
        return (self.start, self.end)

    def describe(self) -> str:
        """Plain words for messages: ``number 2.85万 (= 28,500)``, ``year 1958``."""
        kind = _KIND_WORDS.get(self.kind, self.kind)
        shown = format_value(self.value)
        if self.kind == "percent":
            shown += "%"
        same = shown.replace(",", "") in self.text.replace(",", "")
        return f"{kind} {self.text}" if same else f"{kind} {self.text} (= {shown})"


def format_value(value: float) -> str:
    """``28500.0`` → ``"28,500"``, ``0.426`` → ``"0.426"``, years stay without separator."""
    if value == int(value):
        n = int(value)
        return str(n) if 1000 <= n <= 2999 else f"{n:,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")
