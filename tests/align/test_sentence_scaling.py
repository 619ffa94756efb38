"""Time and memory of the parallel aligner grow linearly with the document length."""

from __future__ import annotations

import tracemalloc

import numpy as np

from align.sentence.band import coarse_band
from align.sentence.cost import BeadScorer, CostWeights, bead_shapes
from align.sentence.dp import banded_dp


def _align_peak(n: int) -> tuple[int, int, float]:
    """(peak traced bytes, band cells, share of rows aligned 1-1 on the diagonal) for n x n."""
    rng = np.random.default_rng(n)
    base = rng.normal(size=(n, 8)).astype(np.float32)
    zw = np.stack([base] * 4)
    ew = zw + 0.05 * rng.normal(size=zw.shape).astype(np.float32)
    for arr in (zw, ew):
        arr /= np.linalg.norm(arr, axis=-1, keepdims=True)
    lens = np.full(n, 30.0)
    tracemalloc.start()
    band = coarse_band(zw[0], ew[0], radius=10, max_cells=100_000)
    scorer = BeadScorer(zw, ew, lens, lens, bead_shapes(5), CostWeights())
    spans = banded_dp(band, scorer.shapes, scorer, scorer.insertion)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    diagonal = sum(s == (i, i + 1, i, i + 1) for i, s in enumerate(spans)) / n
    return peak, band.cells, diagonal


def test_memory_and_band_grow_linearly() -> None:
    small, large = _align_peak(600), _align_peak(2400)
    assert small[2] > 0.99 and large[2] > 0.99
    assert large[1] / small[1] < 4.5  # 4x the sentences: about 4x the cells, not 16x
    assert large[0] / small[0] < 5.0  # peak traced memory too
    assert large[1] < 0.05 * 2401 * 2401
