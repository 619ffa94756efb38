"""Split a Chinese string into dictionary words (pure dynamic programming, no dictionary I/O)."""

from __future__ import annotations

from collections.abc import Callable


def decompose(text: str, is_word: Callable[[str], bool], max_len: int = 8) -> tuple[str, ...]:
    """Split ``text`` into the fewest pieces that ``is_word`` accepts.

    Characters no accepted piece covers become one-character pieces. Among splits with as many
    pieces, the one with fewer unknown pieces wins, then the one with longer pieces (larger sum of
    squared lengths), then the one whose last piece is longer.

    Args:
        text: the string to split, e.g. ``"扩展威慑"``.
        is_word: dictionary membership test for a candidate piece.
        max_len: longest piece tried, in characters.

    Returns:
        the pieces in order, joining back to ``text``; e.g. ``("扩展", "威慑")``.
    """
    n = len(text)
    # best[i] = (pieces, unknown pieces, -sum of squared lengths) for text[:i]; back[i] = start
    best: list[tuple[int, int, int]] = [(0, 0, 0)] + [(n + 1, n + 1, 0)] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - max_len), end):
            piece = text[start:end]
            known = is_word(piece)
            if not known and end - start > 1:
                continue
            pieces, unknown, neg_sq = best[start]
            cand = (pieces + 1, unknown + (not known), neg_sq - (end - start) ** 2)
            if cand < best[end]:
                best[end], back[end] = cand, start
    out: list[str] = []
    end = n
    while end > 0:
        out.append(text[back[end]:end])
        end = back[end]
    return tuple(reversed(out))
