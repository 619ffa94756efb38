"""The banded DP core: optimality against brute force, insertion scans, bands, traceback."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from align.sentence.band import band_from_beads, coarse_band
from align.sentence.cost import bead_shapes
from align.sentence.dp import Band, _scan_insertions, banded_dp

from .sentence_synth import path_score, random_scores


def _random_problem(n: int, m: int, seed: int):
    """Random bead scores for every shape of ``bead_shapes(4)`` at every cell, and insertions."""
    shapes = bead_shapes(4)
    return (shapes, *random_scores(n, m, shapes, seed))


def _brute_best(n: int, m: int, shapes, table, ins) -> float:
    @cache
    def best(i: int, j: int) -> float:
        if i == 0 and j == 0:
            return 0.0
        out = best(i, j - 1) + ins[j - 1] if j > 0 else -np.inf
        for s, (a, b) in enumerate(shapes):
            if i >= a and j >= b:
                out = max(out, best(i - a, j - b) + table[s, i, j])
        return out

    return best(n, m)


@pytest.mark.parametrize("n, m, seed", [(1, 1, 0), (1, 5, 1), (5, 1, 2), (4, 6, 3), (7, 7, 4),
                                        (9, 5, 5), (6, 10, 6)])
def test_full_band_dp_is_optimal(n: int, m: int, seed: int) -> None:
    shapes, table, ins, block = _random_problem(n, m, seed)
    spans = banded_dp(Band.full(n, m), shapes, block, ins)
    assert path_score(spans, shapes, table, ins) == pytest.approx(_brute_best(n, m, shapes, table, ins))


@pytest.mark.parametrize("n, m, seed", [(3, 4, 7), (8, 8, 8), (10, 6, 9)])
def test_spans_tile_both_sides_in_order(n: int, m: int, seed: int) -> None:
    shapes, _, ins, block = _random_problem(n, m, seed)
    spans = banded_dp(Band.full(n, m), shapes, block, ins)
    assert [s[0] for s in spans[1:]] == [s[1] for s in spans[:-1]]
    assert [s[2] for s in spans[1:]] == [s[3] for s in spans[:-1]]
    assert (spans[0][0], spans[0][2], spans[-1][1], spans[-1][3]) == (0, 0, n, m)


@pytest.mark.parametrize("base, prefix", [
    ([0.0, -np.inf, -np.inf], [0.0, -1.0, -2.0]),
    ([1.0, 5.0, 0.0, 2.0], [0.0, 0.5, 1.0, 1.5]),
    ([3.0, 1.0, 1.0, 9.0, 0.0], [0.0, -2.0, -1.0, -3.0, -3.5]),
])
def test_scan_insertions_matches_direct_maximum(base: list[float], prefix: list[float]) -> None:
    b, p = np.array(base), np.array(prefix)
    best, start = _scan_insertions(b, p)
    for t in range(len(b)):
        cands = [b[k] + p[t] - p[k] for k in range(t + 1)]
        assert best[t] == pytest.approx(max(cands))
        assert b[start[t]] + p[t] - p[start[t]] == pytest.approx(best[t])


@pytest.mark.parametrize("beads, factor, n, m, radius", [
    ([(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)], 2, 6, 6, 1),
    ([(0, 1, 0, 2), (1, 3, 2, 3)], 4, 11, 12, 3),
])
def test_band_from_beads_covers_projected_path(beads, factor, n, m, radius) -> None:
    band = band_from_beads(beads, factor, n, m, radius)
    assert band.lo[0] == 0 and band.hi[-1] == m
    assert (np.diff(band.lo) >= 0).all() and (np.diff(band.hi) >= 0).all()
    for i0, i1, j0, j1 in beads:
        for i in range(min(i0 * factor, n), min(i1 * factor, n) + 1):
            assert band.lo[i] <= min(j0 * factor, m) and band.hi[i] >= min(j1 * factor, m)


def test_band_from_coarse_path_finds_the_same_alignment_as_the_full_grid() -> None:
    rng = np.random.default_rng(11)
    n = 300
    zv = rng.normal(size=(n, 32)).astype(np.float32)
    zv /= np.linalg.norm(zv, axis=1, keepdims=True)
    ev = zv + 0.2 * rng.normal(size=zv.shape).astype(np.float32) / np.sqrt(32)
    ev = np.delete(ev, [40, 41, 200], axis=0)
    ev /= np.linalg.norm(ev, axis=1, keepdims=True)
    band = coarse_band(zv, ev, radius=8, max_cells=5_000)
    assert band.cells < 0.25 * (n + 1) * (len(ev) + 1)
    full = coarse_band(zv, ev, max_cells=10**9)
    assert full.cells == (n + 1) * (len(ev) + 1)
    shapes = np.array([(1, 1), (1, 0)])

    def block(r0, r1, c0, c1):
        out = np.full((2, r1 - r0, c1 - c0), -0.3)
        out[0] = zv[np.arange(r0, r1) - 1] @ ev[np.maximum(np.arange(c0, c1) - 1, 0)].T
        out[0][:, np.arange(c0, c1) < 1] = -np.inf
        return out

    ins = np.full(len(ev), -0.3)
    assert banded_dp(band, shapes, block, ins) == banded_dp(full, shapes, block, ins)
