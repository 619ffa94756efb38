"""Cut a text into pieces by the spans of several findings, for highlighting (pure).

Each piece knows which findings cover it, so overlapping findings need no nesting: a piece covered
by findings 3 and 5 becomes one ``<mark>`` listing both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text and the ids of the findings whose spans cover all of it.

    An empty ``text`` with ids marks a zero-width span (an insertion point).
    """

    text: str
    ids: tuple[int, ...] = ()


def cut(text: str, marks: Sequence[tuple[int, Sequence[Span]]]) -> list[Piece]:
    """Pieces of ``text`` (concatenated they give ``text`` back).

    Args:
        text: the row's text.
        marks: ``(finding id, spans)`` pairs; spans are ``(start, end)`` offsets into ``text``
            (clamped to the text; spans with ``start > end`` are ignored).

    Returns:
        Pieces in text order; covered pieces carry the sorted ids of the findings covering them.
    """
    n = len(text)
    clamped = [(fid, [(max(0, min(s, n)), max(0, min(e, n))) for s, e in spans if s <= e])
               for fid, spans in marks]
    bounds = sorted({0, n, *(x for _, spans in clamped for span in spans for x in span)})
    points: dict[int, list[int]] = {}
    for fid, spans in clamped:
        for s, e in spans:
            if s == e:
                points.setdefault(s, []).append(fid)
    pieces: list[Piece] = []
    for a, b in zip(bounds, bounds[1:] + [None]):
        if a in points:
            pieces.append(Piece("", tuple(sorted(set(points[a])))))
        if b is None or a == b:
            continue
        ids = sorted({fid for fid, spans in clamped if any(s <= a and b <= e for s, e in spans)})
        pieces.append(Piece(text[a:b], tuple(ids)))
    return pieces
