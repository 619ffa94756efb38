"""The second pass: doubtful beads, stretches, and re-searching them with larger beads."""

from __future__ import annotations

import numpy as np
import pytest

from align.sentence.cost import bead_shapes
from align.sentence.dp import Band, banded_dp
from align.sentence.refine import doubtful, realign, stretches

from .sentence_synth import path_score, random_scores


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


@pytest.mark.parametrize("n, m, seed", [(12, 14, 0), (20, 17, 1), (9, 9, 2)])
def test_realign_tiles_the_grid_and_never_lowers_the_score(n: int, m: int, seed: int) -> None:
    big = bead_shapes(6)
    small = big[(big[:, 0] + big[:, 1]) <= 4]
    table, ins, block = random_scores(n, m, big, seed)

    def score(spans) -> float:
        return path_score(spans, big, table, ins)

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
