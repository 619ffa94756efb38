"""English number words: vocabulary and a small parser (``one hundred and five`` → 105).

A run of number words may hold several numbers (``three or four`` is matched as two runs; ``three
and four`` → 3, 4; ``nineteen fifty-eight`` → 19, 58): the parser starts a new number whenever a
word cannot continue the current one. The archaic forms of older texts are read as one number:
``sixty and five`` (65), ``five and thirty`` (35), ``the seven and twentieth day`` (27th),
``fifty and four thousand and four hundred`` (54,400), ``threescore and ten`` (70).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from corpus.numerals.types import Kind

_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD_SMALL = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
              "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()

#: word → (category, value, is-ordinal)
VOCAB: dict[str, tuple[str, int, bool]] = {
    **{w: ("unit", i, False) for i, w in enumerate(_UNITS)},
    **{w: ("teen", 10 + i, False) for i, w in enumerate(_TEENS)},
    **{w: ("tens", 20 + 10 * i, False) for i, w in enumerate(_TENS)},
    **{w: ("unit" if i < 9 else "teen", i + 1, True) for i, w in enumerate(_ORD_SMALL)},
    **{w[:-1] + "ieth": ("tens", 20 + 10 * i, True) for i, w in enumerate(_TENS)},
    **{w[:-1] + "ies": ("decade", 20 + 10 * i, False) for i, w in enumerate(_TENS)},
    "hundred": ("hundred", 100, False), "hundredth": ("hundred", 100, True),
    "thousand": ("scale", 10**3, False), "thousandth": ("scale", 10**3, True),
    "million": ("scale", 10**6, False), "millionth": ("scale", 10**6, True),
    "billion": ("scale", 10**9, False), "trillion": ("scale", 10**12, False),
    "dozen": ("dozen", 12, False), "score": ("score", 20, False),
    "twoscore": ("scorenum", 40, False), "threescore": ("scorenum", 60, False),
    "fourscore": ("scorenum", 80, False), "and": ("and", 0, False), "a": ("unit", 1, False),
    "an": ("unit", 1, False), "once": ("times", 1, False), "twice": ("times", 2, False),
    "thrice": ("times", 3, False),
}
#: category → categories it may follow (None = start of a number, "and" = after "and")
_FOLLOWS: dict[str, set[str | None]] = {
    "unit": {None, "tens", "hundred", "scale", "and"},
    "teen": {None, "hundred", "scale", "and"},
    "tens": {None, "hundred", "scale", "and"},
    "scorenum": {None, "hundred", "scale", "and"},
    "score": {"unit"},
    "hundred": {None, "unit", "teen", "tens"},
    "scale": {None, "unit", "teen", "tens", "hundred", "scorenum", "score"},
    "dozen": {None, "unit"},
    "decade": {None},
    "times": {None},
}
#: category before "and" → categories allowed after it ("sixty and five", "five and thirty")
_AFTER_AND: dict[str | None, set[str]] = {
    "hundred": {"unit", "teen", "tens", "scorenum"},
    "scale": {"unit", "teen", "tens", "scorenum"},
    "scorenum": {"unit", "teen"},
    "score": {"unit", "teen"},
    "tens": {"unit"},
    "unit": {"tens"},
}
MONTHS: dict[str, int] = {
    name: i + 1 for i, names in enumerate(
        ["January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun", "July Jul",
         "August Aug", "September Sept Sep", "October Oct", "November Nov", "December Dec"])
    for name in names.split()
}



def _alternation(words: list[str]) -> str:
    """Regex alternation grouped by first letter (much faster than a flat one in ``re``)."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{k}(?:{'|'.join(v)})" for k, v in groups.items())


_NUMBER_WORDS = [w for w in VOCAB if w not in ("and", "a", "an")]
_HIT = re.compile(rf"\b(?:{_alternation(_NUMBER_WORDS)})\b")
_GAP = re.compile(r"\s*-\s*|\s+|\s+(and)\s+")
_A_BEFORE = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
_ARTICLE = re.compile(r"\b(an?)\s+$")
Token = tuple[str, int, int]  # (word, start, end)


def word_runs(text: str) -> list[list[Token]]:
    """Runs of adjacent number words (joined by spaces, hyphens or "and"), in text order.

    "a"/"an" open a run only before hundred/thousand/million/billion/dozen ("a dozen").
    """
    low = text.lower()
    runs: list[list[Token]] = []
    for m in _HIT.finditer(low):
        gap = _GAP.fullmatch(low, runs[-1][-1][2], m.start()) if runs else None
        if gap is None:
            runs.append([])
            art = _ARTICLE.search(low, max(0, m.start() - 4), m.start())
            if m.group() in _A_BEFORE and art:
                runs[-1].append((text[art.start(1):art.end(1)], art.start(1), art.end(1)))
        elif gap.group(1):
            runs[-1].append((text[gap.start(1):gap.end(1)], gap.start(1), gap.end(1)))
        runs[-1].append((text[m.start():m.end()], m.start(), m.end()))
    return runs


@dataclass(frozen=True, slots=True)
class WordNumber:
    """One number read from words, with offsets into the text."""

    value: Decimal
    kind: Kind
    start: int
    end: int


class _Reader:
    """Accumulates words into numbers (total + current group, as in "two thousand three hundred")."""

    def __init__(self) -> None:
        self.out: list[WordNumber] = []
        self._reset()

    def _reset(self) -> None:
        self.total, self.cur, self.last = 0, 0, None
        self.start = self.end = -1

    def flush(self, kind: Kind = "number") -> None:
        if self.start >= 0:
            self.out.append(WordNumber(Decimal(self.total + self.cur), kind, self.start, self.end))
        self._reset()

    def add(self, word: str, start: int, end: int, nxt: str | None) -> None:
        """Take one word; ``nxt`` is the following word (decides whether "and" joins)."""
        cat, value, ordinal = VOCAB[word.lower()]
        if cat == "and":
            follows = VOCAB[nxt.lower()][0] if nxt else None
            if follows in _AFTER_AND.get(self.last, ()):
                self.last = "and"
            else:
                self.flush()
            return
        if self.last not in _FOLLOWS[cat]:
            self.flush()
            if cat == "score":  # "the score", not "three score"
                return
        self._apply(cat, value)
        self.last, self.end = cat, end
        self.start = start if self.start < 0 else self.start
        if ordinal or cat in ("decade", "times"):
            self.flush("ordinal" if ordinal else "decade" if cat == "decade" else "number")

    def _apply(self, cat: str, value: int) -> None:
        if cat in ("unit", "teen", "tens", "scorenum", "decade", "times"):
            self.cur += value
        elif cat in ("hundred", "dozen", "score"):
            self.cur = (self.cur or 1) * value
        else:
            self.total += (self.cur or 1) * value
            self.cur = 0


def parse_words(run: list[Token]) -> list[WordNumber]:
    """Numbers in a run of number words (from ``word_runs``)."""
    reader = _Reader()
    for i, (word, start, end) in enumerate(run):
        nxt = run[i + 1][0] if i + 1 < len(run) else None
        reader.add(word, start, end, nxt)
    reader.flush()
    return reader.out
