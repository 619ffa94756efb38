"""Summary mode, step 2: the column sentences each row sentence links to (pure numpy).

Around the anchors of the row and of ``reach`` rows on each side, each row takes its most similar
run of 1..``span`` adjacent column sentences, compared as one text (the run's window embedding),
then further runs while the cosine with the normalised sum of the chosen runs' embeddings keeps
rising by ``gain``; see ``align.sentence.summary`` for the whole method.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from align.sentence.summary import SummaryParams


def candidate_ranges(anchors: np.ndarray, window: int, m: int,
                     reach: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Column range searched for each row: the anchors of rows ``i - reach .. i + reach``
    (itself included) widened by ``window``; rows with no anchor nearby get an empty range.

    Returns:
        ``(lo, hi)`` (n,) int64 inclusive bounds; ``lo > hi`` marks an empty range.
    """
    n = len(anchors)
    known = np.where(anchors >= 0, anchors, np.iinfo(np.int64).max)
    low = np.full(n, np.iinfo(np.int64).max)
    high = np.full(n, -1)
    for shift in range(-reach, reach + 1):
        idx = np.clip(np.arange(n) + shift, 0, n - 1)
        low = np.minimum(low, known[idx])
        high = np.maximum(high, anchors[idx])
    empty = high < 0
    lo = np.where(empty, 1, np.maximum(low - window, 0))
    hi = np.where(empty, 0, np.minimum(high + window, m - 1))
    return lo.astype(np.int64), hi.astype(np.int64)


def select_links(zv: np.ndarray, ew: np.ndarray, anchors: np.ndarray, window: int,
                 params: SummaryParams) -> list[list[int]]:
    """Column sentences linked to each row sentence (sorted ids; empty when none).

    Args:
        zv: (n, d) unit row vectors.
        ew: (m, d) unit column vectors, or (K, m, d) column window embeddings (``ew[k-1, j]``
            = sentences ``j..j+k-1``) when ``params.span > 1``.
        anchors: (n,) anchor column per row (-1: none).
        window: columns searched beyond the anchors of the row and its neighbours.
        params: summary settings (``span``, ``reach``, ``gain``, ``max_links``, ...).
    """
    ew = ew if ew.ndim == 3 else ew[None]
    ev = ew[0]
    m = len(ev)
    links: list[list[int]] = [[] for _ in anchors]
    owner_sim = np.full(m, -np.inf)
    owner = np.full(m, -1)
    lo, hi = candidate_ranges(anchors, window, m, params.reach)
    for i in range(len(anchors)):
        if lo[i] > hi[i]:
            continue
        links[i] = _spans(zv[i], ew, int(lo[i]), int(hi[i]), params, int(anchors[i]))
        for j in links[i]:
            sim = float(ev[j] @ zv[i])
            if sim > owner_sim[j]:
                if owner[j] >= 0:
                    links[owner[j]].remove(j)
                owner[j], owner_sim[j] = i, sim
            else:
                links[i].remove(j)
    return [sorted(x) for x in links]


def _spans(z: np.ndarray, ew: np.ndarray, lo: int, hi: int, params: SummaryParams,
           anchor: int) -> list[int]:
    """Column sentences of ``lo..hi`` linked to the row ``z``.

    Runs of 1..``span`` adjacent sentences are compared as their window embeddings. Two
    selections are grown (``_grow``), one from all runs and one from single sentences only, and
    the one whose final cosine with ``z`` is higher wins. A row without an anchor links nothing
    unless its best run beats the median one by ``threshold``.
    """
    runs, sims = _run_sims(z, ew, lo, hi, min(params.span, ew.shape[0]))
    if anchor < 0 and sims.max() - np.median(sims) - params.threshold <= 0:
        return []
    one = runs[:, 1] - runs[:, 0] == 1
    best = _grow(z, ew, runs[one], sims[one], params, anchor)
    if not one.all():
        best = max(best, _grow(z, ew, runs, sims, params, anchor), key=lambda x: x[1])
    return best[0]


def _grow(z: np.ndarray, ew: np.ndarray, runs: np.ndarray, sims: np.ndarray,
          params: SummaryParams, anchor: int) -> tuple[list[int], float]:
    """Best-first selection of runs: the best one (``span_cost`` per extra sentence; the best run
    holding the anchor when within ``gain`` of it), then the run that raises the cosine with the
    normalised sum of the chosen runs' embeddings most, while it rises by ``gain`` (at most
    ``max_links`` sentences, none chosen twice). Returns the sorted sentence ids and the final
    cosine."""
    sizes = runs[:, 1] - runs[:, 0]
    scored = sims - params.span_cost * (sizes - 1)
    pick = int(np.argmax(scored))
    has = (runs[:, 0] <= anchor) & (anchor < runs[:, 1])
    if has.any():
        best_anchor = int(np.flatnonzero(has)[np.argmax(scored[has])])
        if scored[best_anchor] >= scored[pick] - params.gain:
            pick = best_anchor
    vecs = ew[sizes - 1, runs[:, 0]].astype(np.float64)  # (R, d) unit window embeddings
    free = np.ones(len(runs), dtype=bool)
    total = np.zeros_like(vecs[0])
    chosen: list[int] = []
    while True:
        a, b = runs[pick]
        chosen += range(a, b)
        total += vecs[pick]
        current = float(total @ z) / max(float(np.linalg.norm(total)), 1e-9)
        free &= (runs[:, 1] <= a) | (runs[:, 0] >= b)
        free &= sizes <= params.max_links - len(chosen)
        if not free.any():
            break
        norms = np.sqrt(np.maximum(total @ total + 2 * (vecs @ total) + 1.0, 1e-18))
        cos = np.where(free, (total @ z + sims) / norms, -np.inf)
        pick = int(np.argmax(cos))
        if cos[pick] < current + params.gain:
            break
    return sorted(chosen), current


def _run_sims(z: np.ndarray, ew: np.ndarray, lo: int, hi: int,
              k: int) -> tuple[np.ndarray, np.ndarray]:
    """All runs ``[a, b)`` of 1..k sentences inside ``lo..hi`` (inclusive) as (R, 2) int64, and
    the (R,) cosines of their window embeddings with ``z``."""
    runs, sims = [], []
    for w in range(1, k + 1):
        starts = np.arange(lo, hi - w + 2)
        if len(starts) == 0:
            break
        runs.append(np.stack([starts, starts + w], axis=1))
        sims.append(ew[w - 1, starts] @ z)
    return np.concatenate(runs), np.concatenate(sims)


