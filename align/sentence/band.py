"""Coarse-to-fine search band (Vecalign-style recursive downsampling; pure numpy).

The sentence vectors of both sides are averaged in blocks of ``factor`` sentences, level after
level, until the grid is small enough to search whole. The path found at a coarse level,
projected to the next finer level and widened by ``radius`` sentences, is that level's band. Each
level searches O((n + m) · radius) cells, so the whole is linear in the document length.
"""

from __future__ import annotations

import numpy as np

from align.embed.base import l2_normalise
from align.sentence.dp import Band, banded_dp

_COARSE_SHAPES = np.array([(1, 1), (1, 0), (1, 2), (2, 1)], dtype=np.int64)


def downsample(vecs: np.ndarray, factor: int) -> np.ndarray:
    """Unit-normalised means of consecutive blocks of ``factor`` rows.

    Args:
        vecs: (n, d) float vectors.
        factor: block size (>= 1).

    Returns:
        (ceil(n / factor), d) float32 array.
    """
    n, d = vecs.shape
    pad = (-n) % factor
    padded = np.concatenate([vecs, np.zeros((pad, d), dtype=vecs.dtype)]) if pad else vecs
    return l2_normalise(padded.reshape(-1, factor, d).sum(axis=1, dtype=np.float32))


def band_from_beads(beads: list[tuple[int, int, int, int]], factor: int, n: int, m: int,
                    radius: int) -> Band:
    """Project a coarse path to a finer grid and widen it.

    Args:
        beads: coarse path as ``(i0, i1, j0, j1)`` spans in coarse units.
        factor: how many fine sentences one coarse unit holds.
        n: fine row count; m: fine column count.
        radius: fine sentences added on every side of the projected path.

    Returns:
        The fine band (non-decreasing ``lo``/``hi``, containing ``(0, 0)`` and ``(n, m)``).
    """
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for i0, i1, j0, j1 in beads:
        r0, r1 = min(i0 * factor, n), min(i1 * factor, n)
        lo[r0: r1 + 1] = np.minimum(lo[r0: r1 + 1], min(j0 * factor, m))
        hi[r0: r1 + 1] = np.maximum(hi[r0: r1 + 1], min(j1 * factor, m))
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    rows = np.arange(n + 1)
    lo = np.clip(lo[np.maximum(rows - radius, 0)] - radius, 0, m)
    hi = np.clip(hi[np.minimum(rows + radius, n)] + radius, 0, m)
    lo[0], hi[-1] = 0, m
    return Band(lo, np.maximum(hi, lo))


def _sum_windows(vecs: np.ndarray, k: int) -> np.ndarray:
    """(n, d) unit-normalised sums of ``k`` consecutive rows (rows past the end are zero)."""
    out = np.zeros(vecs.shape, dtype=np.float32)
    n = len(vecs)
    for s in range(k):
        out[: n - k + 1] += vecs[s: n - k + 1 + s]
    return l2_normalise(out)


def _coarse_scorer(zv: np.ndarray, ev: np.ndarray, skip: float):
    """Block scorer over ``_COARSE_SHAPES`` from plain cosine (sums for 2-sentence sides)."""
    zw = [zv, _sum_windows(zv, 2)]
    ew = [ev, _sum_windows(ev, 2)]
    centre = float(zv.mean(axis=0) @ ev.mean(axis=0))

    def block(r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        out = np.full((len(_COARSE_SHAPES), r1 - r0, c1 - c0), -np.inf)
        for s, (a, b) in enumerate(_COARSE_SHAPES):
            rows = np.arange(r0, r1) - a
            if b == 0:
                out[s] = -skip
                continue
            cols = np.arange(c0, c1) - b
            sims = zw[a - 1][np.maximum(rows, 0)] @ ew[b - 1][np.maximum(cols, 0)].T
            sims -= centre + (a + b - 2) * skip
            sims[rows < 0] = -np.inf
            sims[:, cols < 0] = -np.inf
            out[s] = sims
        return out

    return block


def coarse_band(zv: np.ndarray, ev: np.ndarray, *, radius: int = 10, factor: int = 4,
                max_cells: int = 250_000, skip: float = 0.1) -> Band:
    """Search band for aligning ``zv`` with ``ev`` at sentence level.

    Args:
        zv: (n, d) unit sentence vectors of the row side.
        ev: (m, d) unit sentence vectors of the column side.
        radius: sentences of slack around the projected path at every level.
        factor: downsampling factor between levels.
        max_cells: grids up to this many cells are searched whole.
        skip: coarse penalty of a 1-0 / 0-1 bead (in cosine units).

    Returns:
        The band for the sentence-level DP (the full grid when it is small).
    """
    n, m = len(zv), len(ev)
    if (n + 1) * (m + 1) <= max_cells:
        return Band.full(n, m)
    cz, ce = downsample(zv, factor), downsample(ev, factor)
    band = coarse_band(cz, ce, radius=radius, factor=factor, max_cells=max_cells, skip=skip)
    beads = banded_dp(band, _COARSE_SHAPES, _coarse_scorer(cz, ce, skip),
                      np.full(len(ce), -skip))
    return band_from_beads(beads, factor, n, m, radius)
