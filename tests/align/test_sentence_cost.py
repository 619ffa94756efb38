"""Bead shapes, window sums and the bead score of ``align.sentence.cost``."""

from __future__ import annotations

import numpy as np
import pytest

from align.sentence.cost import BeadScorer, CostWeights, bead_shapes, window_sums

from .sentence_synth import meanings, parallel, windows


@pytest.mark.parametrize("max_bead, expected", [
    (2, [(1, 0), (1, 1)]),
    (3, [(1, 0), (1, 1), (2, 1), (1, 2)]),
    (5, [(1, 0), (1, 1), (2, 1), (1, 2), (3, 1), (2, 2), (1, 3),
         (4, 1), (3, 2), (2, 3), (1, 4)]),
])
def test_bead_shapes(max_bead: int, expected: list[tuple[int, int]]) -> None:
    assert [tuple(s) for s in bead_shapes(max_bead).tolist()] == expected


@pytest.mark.parametrize("values, k, expected", [
    ([1.0, 2.0, 3.0], 2, [[1, 2, 3], [3, 5, np.nan]]),
    ([4.0], 3, [[4], [np.nan], [np.nan]]),
])
def test_window_sums(values, k, expected) -> None:
    np.testing.assert_array_equal(window_sums(np.array(values), k), np.array(expected, dtype=float))


def _expected_score(zw, ew, zlen, elen, w: CostWeights, i: int, j: int, a: int, b: int) -> float:
    """The documented formula, computed one bead at a time."""
    x, y = zw[a - 1, i - a], ew[b - 1, j - b]
    ratio = elen.sum() / zlen.sum()
    near = []
    for other in (j - b - 1, j):
        if 0 <= other < ew.shape[1]:
            near.append(x @ ew[0, other])
    e_side = np.mean(near) if near else 0.0
    near = []
    for other in (i - a - 1, i):
        if 0 <= other < zw.shape[1]:
            near.append(y @ zw[0, other])
    z_side = np.mean(near) if near else 0.0
    lx, ly = zlen[i - a:i].sum() * ratio, elen[j - b:j].sum()
    agree = np.log2(1 + min(lx, ly) / max(lx, ly))
    value = (x @ y - w.neighbour * 0.5 * (e_side + z_side)) * agree ** w.length_power
    return value - w.merge * (a + b - 2)


@pytest.mark.parametrize("weights", [
    CostWeights(),
    CostWeights(neighbour=0.0, length_power=0.0, merge=0.0, skip=0.2),
    CostWeights(neighbour=0.5, length_power=2.0, merge=0.05, skip=0.1),
])
def test_block_scores_follow_the_formula(weights: CostWeights) -> None:
    zdoc, edoc, _ = parallel([(1, 1), (2, 1), (1, 2), (1, 1), (2, 2), (1, 1)])
    table = meanings(20)
    zw, ew = windows(zdoc, table, 4), windows(edoc, table, 4, seed=2)
    rng = np.random.default_rng(3)
    zlen, elen = rng.uniform(5, 50, len(zdoc.sents)), rng.uniform(5, 50, len(edoc.sents))
    shapes = bead_shapes(5)
    scorer = BeadScorer(zw, ew, zlen, elen, shapes, weights)
    n, m = zw.shape[1], ew.shape[1]
    block = scorer(1, n + 1, 0, m + 1)
    for s, (a, b) in enumerate(shapes.tolist()):
        for i in range(1, n + 1):
            for j in range(m + 1):
                got = block[s, i - 1, j]
                if i < a or j < b:
                    assert got == -np.inf
                elif b == 0:
                    assert got == -weights.skip
                else:
                    want = _expected_score(zw, ew, zlen, elen, weights, i, j, a, b)
                    assert got == pytest.approx(want, abs=1e-5)


def test_sub_blocks_equal_the_whole_block() -> None:
    zdoc, edoc, _ = parallel([(1, 1)] * 12)
    table = meanings(12)
    zw, ew = windows(zdoc, table, 4), windows(edoc, table, 4, seed=5)
    lens = np.full(12, 20.0)
    scorer = BeadScorer(zw, ew, lens, lens, bead_shapes(5), CostWeights())
    whole = scorer(1, 13, 0, 13)
    np.testing.assert_allclose(scorer(4, 9, 3, 11), whole[:, 3:8, 3:11], atol=1e-6)
