"""Bead shapes, window sums and the bead score of ``align.sentence.cost``."""

from __future__ import annotations

import numpy as np
import pytest

from align.sentence.anchors import anchor_features
from align.sentence.cost import BeadScorer, CostWeights, bead_shapes, skip_costs, window_sums

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


def _weak(window: np.ndarray, singles: np.ndarray, floor: float) -> float:
    """Sum over the member sentences of how far their cosine with the window is below floor."""
    return float(sum(max(floor - float(window @ v), 0.0) for v in singles))


def _expected_score(zw, ew, zlen, elen, w: CostWeights, i: int, j: int, a: int, b: int) -> float:
    """The documented formula (without anchors), computed one bead at a time."""
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
    weak = _weak(x, ew[0, j - b:j], w.member_floor) + _weak(y, zw[0, i - a:i], w.member_floor)
    return value - w.member * weak - w.merge * (a + b - 2)


@pytest.mark.parametrize("weights", [
    CostWeights(),
    CostWeights(neighbour=0.0, length_power=0.0, merge=0.0, skip=0.2, member=0.0),
    CostWeights(neighbour=0.5, length_power=2.0, merge=0.05, skip=0.1, member=0.5,
                member_floor=0.6),
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


def _anchor_problem():
    """Two 4-sentence sides with known keys (channel ``num``) and their features (K = 3)."""
    zkeys = [{"1"}, {"2", "7"}, set(), {"3"}]
    ekeys = [{"1"}, {"2"}, {"3", "9"}, {"7"}]
    feats = anchor_features({"num": [frozenset(k) for k in zkeys]},
                            {"num": [frozenset(k) for k in ekeys]}, 3, {"num": 0.4}, 0.5, 1.0)
    return zkeys, ekeys, feats


def test_anchor_term_follows_the_formula() -> None:
    zkeys, ekeys, feats = _anchor_problem()
    zdoc, edoc, _ = parallel([(1, 1)] * 4)
    table = meanings(4)
    zw, ew = windows(zdoc, table, 3), windows(edoc, table, 3, seed=2)
    lens = np.full(4, 20.0)
    weights = CostWeights(member=0.0)
    plain = BeadScorer(zw, ew, lens, lens, bead_shapes(4), weights)(1, 5, 0, 5)
    scorer = BeadScorer(zw, ew, lens, lens, bead_shapes(4), weights, feats)
    with_anchors = scorer(1, 5, 0, 5)
    for s, (a, b) in enumerate(scorer.shapes.tolist()):
        for i in range(max(a, 1), 5):
            for j in range(b, 5):
                got = with_anchors[s, i - 1, j] - plain[s, i - 1, j]
                if b == 0:
                    assert got == 0.0
                    continue
                shared = set().union(*zkeys) & set().union(*ekeys)  # "9" is never on the row side
                x = set().union(*zkeys[i - a:i]) & shared
                y = set().union(*ekeys[j - b:j]) & shared
                want = 0.4 * (len(x & y) - 0.5 * (len(x - y) + len(y - x)))
                assert got == pytest.approx(want, abs=1e-5)


@pytest.mark.parametrize("letters, skip, junk, expected", [
    ([0, 5, 10, 40], 0.05, 10.0, [0.0, 0.025, 0.05, 0.05]),
    ([0, 5, 10, 40], 0.05, 0.0, [0.05, 0.05, 0.05, 0.05]),
    ([3, 30], 0.1, 20.0, [0.015, 0.1]),
])
def test_skip_costs(letters, skip, junk, expected) -> None:
    got = skip_costs(np.array(letters, dtype=float), CostWeights(skip=skip, junk=junk))
    np.testing.assert_allclose(got, expected)


def test_deletions_and_insertions_use_the_sentence_skip_costs() -> None:
    zdoc, edoc, _ = parallel([(1, 1)] * 3)
    table = meanings(3)
    zw, ew = windows(zdoc, table, 2), windows(edoc, table, 2, seed=2)
    lens = np.full(3, 20.0)
    skips = (np.array([0.1, 0.2, 0.3]), np.array([0.01, 0.02, 0.03]))
    scorer = BeadScorer(zw, ew, lens, lens, bead_shapes(3), CostWeights(), skips=skips)
    np.testing.assert_allclose(scorer(1, 4, 0, 4)[0, :, 0], [-0.1, -0.2, -0.3])
    np.testing.assert_allclose(scorer.insertion, [-0.01, -0.02, -0.03])


def test_sub_blocks_equal_the_whole_block() -> None:
    zdoc, edoc, _ = parallel([(1, 1)] * 12)
    table = meanings(12)
    zw, ew = windows(zdoc, table, 4), windows(edoc, table, 4, seed=5)
    lens = np.full(12, 20.0)
    zkeys = [frozenset({str(i % 5)}) for i in range(12)]
    feats = anchor_features({"num": zkeys}, {"num": zkeys}, 4, {"num": 0.3}, 0.5, 1.0)
    scorer = BeadScorer(zw, ew, lens, lens, bead_shapes(5), CostWeights(), feats)
    whole = scorer(1, 13, 0, 13)
    np.testing.assert_allclose(scorer(4, 9, 3, 11), whole[:, 3:8, 3:11], atol=1e-6)
