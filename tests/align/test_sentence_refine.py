"""The second pass: doubtful beads, stretches, and re-searching them with larger beads."""

from __future__ import annotations

import numpy as np
import pytest

from align.sentence.cost import bead_shapes
from align.sentence.dp import Band, banded_dp
from align.sentence.refine import doubtful, realign, stretches


@pytest.mark.parametrize("spans, max_bead, expected", [
    ([(0, 1, 0, 1), (1, 2, 1, 1), (2, 2, 1, 2), (2, 4, 2, 5)], 5, [False, True, True, True]),
    ([(0, 2, 0, 1), (2, 3, 1, 3)], 3, [True, True]),
    ([(0, 1, 0, 1), (1, 3, 1, 3)], 5, [False, False]),
])
def test_doubtful(spans, max_bead: int, expected: list[bool]) -> None:
    assert doubtful(spans, max_bead).tolist() == expected


@pytest.mark.parametrize("flags, margin, expected", [
    ([0, 0, 1, 0, 0, 0, 1, 0], 1, [(1, 4), (5, 8)]),
    ([0, 1, 0, 1, 0], 1, [(0, 5)]),
    ([1, 0, 0, 0, 0, 1], 2, [(0, 6)]),
    ([1, 0, 0, 0, 0, 0, 1], 2, [(0, 3), (4, 7)]),
    ([0, 0, 0], 1, []),
])
def test_stretches(flags, margin: int, expected) -> None:
    assert stretches(np.array(flags, dtype=bool), margin) == expected


def _random_block(n: int, m: int, shapes: np.ndarray, seed: int):
    rng = np.random.default_rng(seed)
    table = rng.normal(size=(len(shapes), n + 1, m + 1))
    ins = rng.normal(size=m) - 0.5

    def block(r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        out = table[:, r0:r1, c0:c1].copy()
        for s, (a, b) in enumerate(shapes.tolist()):
            out[s, np.arange(r0, r1) < a] = -np.inf
            out[s][:, np.arange(c0, c1) < b] = -np.inf
        return out

    def score(spans) -> float:
        index = {tuple(x): k for k, x in enumerate(shapes.tolist())}
        return sum(ins[j0] if i1 == i0 else table[index[(i1 - i0, j1 - j0)], i1, j1]
                   for i0, i1, j0, j1 in spans)

    return block, ins, score


@pytest.mark.parametrize("n, m, seed", [(12, 14, 0), (20, 17, 1), (9, 9, 2)])
def test_realign_tiles_the_grid_and_never_lowers_the_score(n: int, m: int, seed: int) -> None:
    big = bead_shapes(6)
    small = big[(big[:, 0] + big[:, 1]) <= 4]
    block, ins, score = _random_block(n, m, big, seed)

    def small_block(r0, r1, c0, c1):
        return block(r0, r1, c0, c1)[: len(small)]  # shapes are sorted by size

    first = banded_dp(Band.full(n, m), small, small_block, ins)
    runs = stretches(doubtful(first, 4), 1)
    second = realign(first, runs, big, block, ins)
    assert [s[0] for s in second[1:]] == [s[1] for s in second[:-1]]
    assert [s[2] for s in second[1:]] == [s[3] for s in second[:-1]]
    assert (second[0][0], second[0][2], second[-1][1], second[-1][3]) == (0, 0, n, m)
    assert score(second) >= score(first) - 1e-9
    whole = realign(first, [(0, len(first))], big, block, ins)  # one stretch: the full DP
    assert score(whole) == pytest.approx(score(banded_dp(Band.full(n, m), big, block, ins)))
