"""Dictionary alignment of an English term to Chinese spans of one sentence.

A *rendering* of a term (content words w1…wn) is a stretch of the Chinese made of adjacent
CC-CEDICT headwords (*pieces*, up to ``MAX_PIECE`` characters), each holding in its glosses the
lemma family of a term word not covered yet, together covering every word, in any order:
扩展 (extend) + 威慑 (deter) for "extended deterrence", 惩罚 + 性 + 威慑 for "deterrence by
punishment" (one linking character of ``LINKS`` may sit between pieces). At least one piece must
have two or more characters: single characters alone match far too much.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from align.termmatch.spans import drop_shadowed

MAX_PIECE = 4
LINKS = frozenset("的性之")


@dataclass(frozen=True, slots=True)
class Rendering:
    """A span ``start:end`` of the Chinese covering every word of the term."""

    start: int
    end: int


def grams(zh: str, longest: int = MAX_PIECE) -> frozenset[str]:
    """All substrings of ``zh`` of 1..``longest`` characters."""
    n = len(zh)
    return frozenset(zh[i:j] for i in range(n) for j in range(i + 1, min(n, i + longest) + 1))


def chains(zh: str, pieces: dict[tuple[int, int], int], full: int) -> list[Rendering]:
    """Spans made of adjacent pieces covering every bit of ``full`` (pure).

    Args:
        zh: the sentence.
        pieces: ``(start, end)`` → bit mask of the term words the piece covers.
        full: the mask of all words.
    """
    starts: dict[int, list[tuple[int, int]]] = {}
    for (s, e), mask in pieces.items():
        starts.setdefault(s, []).append((e, mask))
    found: list[Rendering] = []

    def extend(s: int, e: int, mask: int, multi: bool) -> None:
        if mask == full:
            if multi:
                found.append(Rendering(s, e))
            return
        nexts = [(e, e2, m2) for e2, m2 in starts.get(e, ())]
        if e < len(zh) and zh[e] in LINKS:
            nexts += [(e + 1, e2, m2) for e2, m2 in starts.get(e + 1, ())]
        for s2, e2, m2 in nexts:
            if m2 & ~mask:
                extend(s, e2, mask | m2, multi or e2 - s2 >= 2)

    for (s, e), mask in pieces.items():
        extend(s, e, mask, e - s >= 2)
    return drop_shadowed(list(set(found)))


class RenderingFinder:
    """Finds renderings of English terms with CC-CEDICT's reverse index.

    Args:
        cedict: a loaded ``align.dictionary.Cedict`` (default: ``Cedict.load()`` on first use).
    """

    def __init__(self, cedict: Any = None):
        self._cedict = cedict
        self._heads: dict[str, frozenset[str]] = {}

    def headwords(self, word: str) -> frozenset[str]:
        """Han headwords (≤ ``MAX_PIECE`` characters) whose glosses hold ``word``'s family."""
        found = self._heads.get(word)
        if found is None:
            if self._cedict is None:
                from align.dictionary import Cedict

                self._cedict = Cedict.load()
            found = frozenset(h for h in self._cedict.reverse(word)
                              if len(h) <= MAX_PIECE and all("\u4e00" <= c <= "\u9fff" for c in h))
            self._heads[word] = found
        return found

    def find(self, words: Sequence[str], zh: str, zh_grams: frozenset[str] | None = None
             ) -> list[Rendering]:
        """Renderings of the term ``words`` in ``zh`` (``zh_grams``: ``grams(zh)`` if known)."""
        zh_grams = grams(zh) if zh_grams is None else zh_grams
        pieces: dict[tuple[int, int], int] = {}
        for w, word in enumerate(words):
            for head in self.headwords(word) & zh_grams:
                at = zh.find(head)
                while at >= 0:
                    key = (at, at + len(head))
                    pieces[key] = pieces.get(key, 0) | (1 << w)
                    at = zh.find(head, at + 1)
        full = (1 << len(words)) - 1
        union = 0
        for mask in pieces.values():
            union |= mask
        if union != full or all(e - s < 2 for s, e in pieces):
            return []
        return chains(zh, pieces, full)
