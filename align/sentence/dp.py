"""Banded many-to-many alignment DP, vectorised row by row (pure numpy).

The grid has rows ``i = 0..n`` (first-language prefix length) and columns ``j = 0..m``. Row ``i``
is searched only in its band ``lo[i] <= j <= hi[i]`` (both non-decreasing), so time and memory
are linear in the band area, never ``n × m`` unless the band is full.

``D[i, j]`` is the best total score of aligning the prefixes; a bead of shape ``(a, b)`` ending at
``(i, j)`` covers rows ``i-a .. i-1`` and columns ``j-b .. j-1``. Shapes with ``a >= 1`` (including
the deletion ``(1, 0)``) are scored by a caller-supplied block function; the insertion ``(0, 1)``
is done for a whole row at once by a cumulative-max scan over per-column insertion scores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: ``block(r0, r1, c0, c1) -> (S, r1 - r0, c1 - c0)`` scores of every shape ``s`` for beads ending
#: at rows ``r0..r1-1`` and columns ``c0..c1-1`` (``-inf`` where a shape does not fit).
BlockScorer = Callable[[int, int, int, int], np.ndarray]

_BLOCK_CELLS = 16384  # rows × band columns scored per block call (bounds the transient memory)
_NEG = -np.inf


@dataclass(frozen=True)
class Band:
    """Per-row column ranges of the search region.

    Attributes:
        lo: (n + 1,) int64 first column searched in each row, non-decreasing, ``lo[0] == 0``.
        hi: (n + 1,) int64 last column (inclusive), non-decreasing, ``hi[n] == m``.
    """

    lo: np.ndarray
    hi: np.ndarray

    @property
    def n(self) -> int:
        return len(self.lo) - 1

    @property
    def m(self) -> int:
        return int(self.hi[-1])

    @property
    def cells(self) -> int:
        """Number of grid cells searched."""
        return int((self.hi - self.lo + 1).sum())

    @classmethod
    def full(cls, n: int, m: int) -> Band:
        """The whole ``(n + 1) × (m + 1)`` grid."""
        return cls(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64))


def _row_blocks(band: Band) -> list[tuple[int, int]]:
    """Split rows 1..n into runs whose band bounding box stays under ``_BLOCK_CELLS``."""
    blocks, r0 = [], 1
    while r0 <= band.n:
        r1 = r0 + 1
        while r1 <= band.n and (r1 + 1 - r0) * (band.hi[r1] - band.lo[r0] + 1) <= _BLOCK_CELLS:
            r1 += 1
        blocks.append((r0, r1))
        r0 = r1
    return blocks


def _scan_insertions(base: np.ndarray, prefix: np.ndarray,
                     pos: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Best of ``base[k] + prefix[t] - prefix[k]`` over ``k <= t`` (a run of 0-1 beads).

    Args:
        base: (w,) row scores before insertions.
        prefix: (w,) cumulative insertion scores of the row's columns.
        pos: ``np.arange(w)`` (passed in to save making it per row).

    Returns:
        (w,) row scores and (w,) int index ``k`` where each insertion run starts.
    """
    v = base - prefix
    best = np.maximum.accumulate(v)
    pos = np.arange(len(v)) if pos is None else pos
    start = np.maximum.accumulate(np.where(v == best, pos, 0))
    return best + prefix, start


def _block_gathers(lo: np.ndarray, width: np.ndarray, off: np.ndarray, a: np.ndarray,
                   b: np.ndarray, r0: int, r1: int,
                   scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows ``r0..r1-1``, padded to the widest row W: (R, S, W) flat index of the cell each
    shape's bead starts from (-1, the ``-inf`` sentinel, when outside the band or the grid) and
    (R, S, W) the bead scores taken from the block's ``scores``."""
    rows = np.arange(r0, r1)
    wide = np.arange(int(width[r0:r1].max()))
    cols = lo[rows][:, None] + wide[None, :]  # (R, W); past a row's width: never read
    prev = np.maximum(rows[:, None] - a[None, :], 0)  # (R, S)
    t = cols[:, None, :] - b[None, :, None] - lo[prev][:, :, None]
    ok = (t >= 0) & (t < width[prev][:, :, None]) & (a[None, :] <= rows[:, None])[:, :, None]
    idx = np.where(ok, off[prev][:, :, None] + t, -1)
    at = np.minimum(cols - lo[r0], scores.shape[2] - 1)  # (R, W) column in the block
    add = np.take_along_axis(scores.transpose(1, 0, 2), at[:, None, :], axis=2)
    return idx, add


def banded_dp(
    band: Band,
    shapes: np.ndarray,
    block: BlockScorer,
    ins: np.ndarray,
    on_rows: Callable[[int], None] | None = None,
) -> list[tuple[int, int, int, int]]:
    """Best monotone segmentation of the grid into beads inside ``band``.

    Args:
        band: search region (its ``m`` is the number of columns).
        shapes: (S, 2) int bead shapes ``(a, b)``, every ``a >= 1`` (``(1, 0)`` is a deletion).
        block: scores of those shapes for a block of cells (see ``BlockScorer``).
        ins: (m,) score of leaving column sentence ``j`` unaligned (a 0-1 bead).
        on_rows: called with the number of rows done after each block (progress).

    Returns:
        Beads in order as ``(i0, i1, j0, j1)`` half-open row/column spans.
    """
    width = band.hi - band.lo + 1
    off = np.concatenate([[0], np.cumsum(width)])
    prefix = np.concatenate([[0.0], np.cumsum(ins, dtype=np.float64)])
    score, start = _first_row(band, off, prefix)
    back = np.zeros(off[-1], dtype=np.int8)
    for r0, r1 in _row_blocks(band):
        scores = block(r0, r1, int(band.lo[r0]), int(band.hi[r1 - 1]) + 1)
        idx, add = _block_gathers(band.lo, width, off, shapes[:, 0], shapes[:, 1], r0, r1, scores)
        _fill_rows(band, off, prefix, idx, add, r0, score, start, back)
        if on_rows is not None:
            on_rows(r1 - 1)
    return _trace(band, shapes, off, back, start)


def _fill_rows(band: Band, off: np.ndarray, prefix: np.ndarray, idx: np.ndarray,
               add: np.ndarray, r0: int, score: np.ndarray, start: np.ndarray,
               back: np.ndarray) -> None:
    """Fill ``score``, ``start`` and ``back`` (flat, in place) for the rows ``r0 ..`` of one
    block, from its (R, S, W) gathers ``idx`` / ``add`` (see ``_block_gathers``)."""
    pos = np.arange(idx.shape[2])
    for i in range(r0, r0 + len(idx)):
        lo, hi = int(band.lo[i]), int(band.hi[i])
        w = hi - lo + 1
        cand = score[idx[i - r0, :, :w]] + add[i - r0, :, :w]
        best = np.argmax(cand, axis=0)
        row = slice(off[i], off[i + 1])
        score[row], start[row] = _scan_insertions(cand[best, pos[:w]], prefix[lo:hi + 1], pos[:w])
        back[row] = best


def _first_row(band: Band, off: np.ndarray,
               prefix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flat score (cells + one ``-inf`` sentinel read by out-of-band gathers) and insertion-start
    arrays, with row 0 filled in (only insertions reach it)."""
    score = np.empty(off[-1] + 1)
    score[-1] = _NEG
    start = np.zeros(off[-1], dtype=np.int64)
    w0 = int(band.hi[0] - band.lo[0] + 1)
    base0 = np.full(w0, _NEG)
    base0[0] = 0.0
    score[:w0], start[:w0] = _scan_insertions(base0, prefix[band.lo[0]: band.hi[0] + 1])
    return score, start


def _trace(band: Band, shapes: np.ndarray, off: np.ndarray, back: np.ndarray,
           start: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Follow back-pointers from ``(n, m)`` to ``(0, 0)``."""
    beads: list[tuple[int, int, int, int]] = []
    i, j = band.n, band.m
    while i > 0 or j > 0:
        k = int(band.lo[i] + start[off[i] + j - band.lo[i]])
        beads.extend((i, i, c, c + 1) for c in range(j - 1, k - 1, -1))
        j = k
        if i == 0:
            break
        a, b = shapes[back[off[i] + j - band.lo[i]]]
        beads.append((i - int(a), i, j - int(b), j))
        i, j = i - int(a), j - int(b)
    beads.reverse()
    return beads
