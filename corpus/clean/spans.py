"""Blocks (runs of non-empty lines) of a tracked text and span edits that keep source offsets."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence

from corpus.tracked import TrackedText

#: A block: one or more consecutive non-empty lines (blank lines separate blocks).
BLOCK_RX = re.compile(r"[^\n]+(?:\n[^\n]+)*")

Edit = tuple[int, int, str]


def iter_blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every block of ``text``, in order."""
    for m in BLOCK_RX.finditer(text):
        yield m.span()


def _anchor(tt: TrackedText, i: int) -> int:
    if i < len(tt.offsets):
        return tt.offsets[i]
    return tt.offsets[-1] + 1 if tt.offsets else 0


def splice(tt: TrackedText, edits: Sequence[Edit]) -> TrackedText:
    """Replace ``tt.text[start:end]`` by ``new`` for each edit.

    Args:
        tt: the text.
        edits: (start, end, new) triples, sorted and non-overlapping; ``start == end`` inserts.

    Returns:
        The edited text. Kept characters keep their offsets; inserted characters take the source
        offset of the character at ``start``.
    """
    if not edits:
        return tt
    pieces: list[str] = []
    offs = array("l")
    last = 0
    for start, end, new in edits:
        pieces.append(tt.text[last:start])
        offs.extend(tt.offsets[last:start])
        pieces.append(new)
        offs.extend(array("l", [_anchor(tt, start)]) * len(new))
        last = end
    pieces.append(tt.text[last:])
    offs.extend(tt.offsets[last:])
    return TrackedText("".join(pieces), offs)


def concat(parts: Sequence[TrackedText], sep: str) -> TrackedText:
    """Join tracked parts with ``sep``; separator characters take the source offset of the last
    character before them (so they map to the previous part's last line)."""
    pieces: list[str] = []
    offs = array("l")
    for i, part in enumerate(parts):
        if i and sep:
            pieces.append(sep)
            prev = offs[-1] if offs else 0
            offs.extend(array("l", [prev]) * len(sep))
        pieces.append(part.text)
        offs.extend(part.offsets)
    return TrackedText("".join(pieces), offs)
