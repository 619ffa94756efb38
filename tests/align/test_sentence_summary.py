"""Summary mode: anchors, candidate ranges, link selection and whole synthetic summaries."""

from __future__ import annotations

import numpy as np
import pytest

from align.sentence import SentenceAligner, SummaryParams
from align.sentence.summary import align_summary, anchor_path, candidate_ranges
from align.sentence.summary_links import _run_sims

from .sentence_synth import meanings, unit
from .test_sentence_aligner import MeaningEmbedder


def _summary(m: int, every: int, picks: list[tuple[int, ...]], seed: int = 0, noise: float = 0.2):
    """Column vectors of ``m`` one-meaning sentences and summary rows: row ``r`` holds the
    meanings ``r * every + offset`` for the offsets in ``picks[r % len(picks)]``."""
    rng = np.random.default_rng(seed)
    table = meanings(m, dim=64, seed=seed)
    ev = unit(table + noise * rng.normal(size=table.shape) / 8)
    rows, links = [], []
    for r in range(m // every):
        ids = [r * every + o for o in picks[r % len(picks)] if r * every + o < m]
        rows.append(unit(table[ids].sum(axis=0) + noise * rng.normal(size=64) / 8))
        links.append(set(ids))
    return np.array(rows), ev, links


def _links(beads) -> set[tuple[int, int]]:
    return {(i, j) for src, tgt in beads for i in src for j in tgt}


def _prf(got: set, want: set) -> tuple[float, float]:
    hit = len(got & want)
    return hit / max(len(got), 1), hit / max(len(want), 1)


PICKS = {
    "one each": [(0,)],
    "adjacent pairs": [(0, 1)],
    "non-adjacent": [(0, 2), (1,), (0, 1, 3)],
}


@pytest.mark.parametrize("picks", PICKS.values(), ids=PICKS.keys())
@pytest.mark.parametrize("every", [4, 9])
def test_summary_links_are_found(picks, every: int) -> None:
    zv, ev, links = _summary(360, every, picks)
    beads = align_summary(zv, ev, SummaryParams())
    want = {(i, j) for i, js in enumerate(links) for j in js}
    precision, recall = _prf(_links(beads), want)
    assert precision >= 0.95 and recall >= 0.9


@pytest.mark.parametrize("swap", [0.2, 0.4])
def test_locally_shuffled_summary(swap: float) -> None:
    zv, ev, links = _summary(400, 8, [(0, 2), (1,)], seed=3)
    rng = np.random.default_rng(5)
    order = list(range(len(zv)))
    for i in range(len(order) - 1):
        if rng.random() < swap:
            order[i], order[i + 1] = order[i + 1], order[i]
    beads = align_summary(zv[order], ev, SummaryParams())
    want = {(i, j) for i, o in enumerate(order) for j in links[o]}
    precision, recall = _prf(_links(beads), want)
    assert precision >= 0.9 and recall >= 0.85


def test_every_sentence_appears_once_and_rows_keep_their_order() -> None:
    zv, ev, _ = _summary(200, 10, [(0, 3)])
    beads = align_summary(zv, ev, SummaryParams())
    rows = [i for src, _ in beads for i in src]
    cols = sorted(j for _, tgt in beads for j in tgt)
    assert rows == list(range(len(zv))) and cols == list(range(len(ev)))


def test_large_grid_goes_through_the_coarse_ranges() -> None:
    zv, ev, links = _summary(3000, 6, [(0,), (1, 2)], seed=8)
    beads = align_summary(zv, ev, SummaryParams(), max_cells=50_000)
    want = {(i, j) for i, js in enumerate(links) for j in js}
    precision, recall = _prf(_links(beads), want)
    assert precision >= 0.95 and recall >= 0.9


@pytest.mark.parametrize("sims, threshold, expected", [
    ([[0.9, 0.1, 0.1, 0.1], [0.1, 0.1, 0.9, 0.1]], 0.1, [0, 2]),
    ([[0.1, 0.1, 0.9, 0.1], [0.9, 0.1, 0.1, 0.1], [0.1, 0.1, 0.1, 0.95]], 0.1, [2, -1, 3]),
    ([[0.2, 0.2, 0.2, 0.2]], 0.1, [-1]),
])
def test_anchor_path_is_monotone_and_skips_weak_rows(sims, threshold, expected) -> None:
    ev = np.eye(4)
    zv = np.array(sims)
    n = len(zv)
    anchors = anchor_path(zv, ev, np.zeros(n, dtype=np.int64), np.full(n, 3), threshold)
    assert anchors.tolist() == expected


@pytest.mark.parametrize("anchors, window, expected_lo, expected_hi", [
    ([5, -1, 9], 1, [4, 4, 4], [10, 10, 10]),
    ([-1, -1, -1, -1, -1, -1], 2, [1] * 6, [0] * 6),
])
def test_candidate_ranges(anchors, window, expected_lo, expected_hi) -> None:
    lo, hi = candidate_ranges(np.array(anchors), window, 20)
    assert lo.tolist() == expected_lo and hi.tolist() == expected_hi


def test_aligner_summary_mode_returns_non_adjacent_links() -> None:
    en = [f"m{i}" for i in range(120)]
    zh = [f"m{i} m{i + 2}" for i in range(0, 120, 6)]
    beads = SentenceAligner(MeaningEmbedder(), mode="summary").align(zh, en)
    pairs = {(b.src, b.tgt) for b in beads if b.src}
    assert pairs == {((r,), (6 * r, 6 * r + 2)) for r in range(len(zh))}
    assert all(b.score > 0.8 for b in beads if b.src and b.tgt)
    assert sorted(j for b in beads for j in b.tgt) == list(range(120))


@pytest.mark.parametrize("lo, hi, k, expected", [
    (2, 4, 2, [(2, 3), (3, 4), (4, 5), (2, 4), (3, 5)]),
    (0, 1, 3, [(0, 1), (1, 2), (0, 2)]),
    (5, 5, 4, [(5, 6)]),
])
def test_runs_inside_the_range(lo: int, hi: int, k: int, expected) -> None:
    ew = np.stack([np.eye(8)] * 4)  # (K, m, d): window k of sentence j = unit vector j
    runs, sims = _run_sims(np.eye(8)[3], ew, lo, hi, k)
    assert [tuple(r) for r in runs.tolist()] == expected
    assert sims.tolist() == [1.0 if a == 3 else 0.0 for a, _ in expected]


def _split_rows(m: int, noise: float, seed: int):
    """Columns: one noisy meaning each; windows of 1..4 columns: their meanings' sum, clean.
    Rows: the sum of the meanings of three adjacent columns (every eighth column)."""
    rng = np.random.default_rng(seed + 1000)  # not the stream the meanings came from
    table = meanings(m, dim=64, seed=seed)
    ew = np.zeros((4, m, 64))
    ew[0] = unit(table + noise * rng.normal(size=table.shape) / 8)
    for k in range(2, 5):
        for j in range(m - k + 1):
            ew[k - 1, j] = unit(table[j:j + k].sum(axis=0))
    starts = range(0, m - 3, 8)
    zv = np.array([unit(table[s:s + 3].sum(axis=0)) for s in starts])
    return zv, ew, {(r, s + t) for r, s in enumerate(starts) for t in range(3)}


@pytest.mark.parametrize("span, min_f1, max_f1", [(4, 0.95, 1.0), (3, 0.95, 1.0), (1, 0.0, 0.6)])
def test_window_embeddings_find_rows_split_over_adjacent_sentences(span, min_f1, max_f1) -> None:
    zv, ew, want = _split_rows(240, noise=3.0, seed=4)
    beads = align_summary(zv, ew, SummaryParams(span=span))
    precision, recall = _prf(_links(beads), want)
    assert min_f1 <= 2 * precision * recall / max(precision + recall, 1e-9) <= max_f1
