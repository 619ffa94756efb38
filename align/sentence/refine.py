"""Second pass: re-align doubtful stretches of the first path with larger beads (pure numpy).

The first pass allows beads of at most ``first_bead`` sentences (see ``SentenceAligner``). Where
its path is doubtful — a 1-0 / 0-1 bead (the lowest-scoring kind) or a bead of the largest size
allowed — the true bead may be larger (a 1-5 list, a 3-3 paraphrase). Consecutive doubtful beads,
widened by ``margin`` beads on each side, form a stretch; each stretch is searched again, whole,
with every shape up to ``max_bead`` sentences. Its ends stay where the first path put them, so the new
path's score inside the stretch is never lower than the old one's.
"""

from __future__ import annotations

import numpy as np

from align.sentence.dp import Band, BlockScorer, banded_dp

Span = tuple[int, int, int, int]
#: Beads added on each side of a run of doubtful beads.
MARGIN = 1


def doubtful(spans: list[Span], max_bead: int) -> np.ndarray:
    """(len(spans),) bool: 1-0 / 0-1 beads and beads of ``max_bead`` sentences or more."""
    arr = np.array(spans, dtype=np.int64).reshape(-1, 4)
    a, b = arr[:, 1] - arr[:, 0], arr[:, 3] - arr[:, 2]
    return (a == 0) | (b == 0) | (a + b >= max_bead)


def stretches(flags: np.ndarray, margin: int = MARGIN) -> list[tuple[int, int]]:
    """Runs ``[k0, k1)`` of bead indices covering every flagged bead widened by ``margin`` beads
    on each side (overlapping or touching runs merged)."""
    out: list[tuple[int, int]] = []
    for k in np.flatnonzero(flags):
        k0, k1 = max(int(k) - margin, 0), min(int(k) + margin + 1, len(flags))
        if out and k0 <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], k1))
        else:
            out.append((k0, k1))
    return out


def realign(spans: list[Span], runs: list[tuple[int, int]], shapes: np.ndarray,
            block: BlockScorer, ins: np.ndarray) -> list[Span]:
    """The path with every run of beads ``[k0, k1)`` re-searched over its whole sub-grid.

    Args:
        spans: first-pass beads ``(i0, i1, j0, j1)`` in order.
        runs: bead index runs to re-search (sorted, disjoint).
        shapes: (S, 2) shapes of the second search (first ``(1, 0)``).
        block: document-level block scorer for ``shapes`` (rows and columns are absolute).
        ins: (m,) document-level insertion scores.
    """
    out: list[Span] = []
    done = 0
    for k0, k1 in runs:
        out += spans[done:k0]
        i0, j0 = spans[k0][0], spans[k0][2]
        i1, j1 = spans[k1 - 1][1], spans[k1 - 1][3]
        if i1 == i0:  # only insertions: nothing to re-search
            out += spans[k0:k1]
        else:
            local = banded_dp(Band.full(i1 - i0, j1 - j0), shapes,
                              _shifted(block, shapes, i0, j0), ins[j0:j1])
            out += [(a + i0, b + i0, c + j0, d + j0) for a, b, c, d in local]
        done = k1
    return out + spans[done:]


def _shifted(block: BlockScorer, shapes: np.ndarray, i0: int, j0: int) -> BlockScorer:
    """``block`` on a sub-grid whose cell ``(0, 0)`` is the document's ``(i0, j0)``; beads
    reaching before the sub-grid's first row or column are ruled out."""

    def scores(r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        out = block(r0 + i0, r1 + i0, c0 + j0, c1 + j0)
        rows, cols = np.arange(r0, r1), np.arange(c0, c1)
        for s, (a, b) in enumerate(shapes.tolist()):
            out[s, rows < a] = -np.inf
            out[s][:, cols < b] = -np.inf
        return out

    return scores
