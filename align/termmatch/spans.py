"""Span helpers shared by the Chinese and English matchers (pure).

The *shadowing rule*: an occurrence whose character span lies inside the span of a longer
occurrence (of another form) is dropped; occurrences that only partly overlap are both kept.
So with 核武器 and 战术核武器 both in a glossary, ``战术核武器`` is one occurrence of 战术核武器 and
none of 核武器, and "tactical nuclear weapons" is no occurrence of "nuclear weapons".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=HasSpan)


def drop_shadowed(found: Sequence[S]) -> list[S]:
    """Occurrences not lying inside a longer one, sorted by (start, -length).

    Args:
        found: occurrences with ``start``/``end`` character offsets (any order).
    """
    ordered = sorted(found, key=lambda o: (o.start, o.start - o.end))
    kept: list[S] = []
    reach_start, reach_end = -1, -1  # the longest span seen so far that reaches furthest
    for occ in ordered:
        inside = reach_start <= occ.start and occ.end <= reach_end
        if inside and (reach_end - reach_start) > (occ.end - occ.start):
            continue
        kept.append(occ)
        if occ.end > reach_end:
            reach_start, reach_end = occ.start, occ.end
    return kept


def token_offsets(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each token in ``text`` (tokens are substrings of ``text`` in order).

    A token not found at or after the previous one (a tokenizer that normalised it) gets an
    empty span at the current position, so it can never be part of a match.
    """
    spans: list[tuple[int, int]] = []
    at = 0
    for tok in tokens:
        i = text.find(tok, at)
        if i < 0:
            spans.append((at, at))
            continue
        spans.append((i, i + len(tok)))
        at = i + len(tok)
    return spans
