"""Synthetic summaries for the summary-mode experiments (dev only; see
``dev_align_experiments.py summary``)."""

from __future__ import annotations

import time

import numpy as np
from dev_align_data import LANGS, datasets
from threadpoolctl import threadpool_limits

from align.sentence import SummaryParams
from align.sentence.summary import align_summary


def summary_case(zh: list[str], en: list[str], gold, keep_every=5, merge_every=3, sep=""):
    """A summary built from a gold pair: every ``keep_every``-th group's zh sentences joined into
    one line; every ``merge_every``-th kept line also takes the group two further on (so its
    links are non-adjacent). Returns (summary lines, expected en ids per line)."""
    groups = [(b.src, b.tgt) for b in gold if b.src and b.tgt]
    out, links = [], []
    for k, g in enumerate(range(0, len(groups), keep_every)):
        src, tgt = groups[g]
        if k % merge_every == merge_every - 1 and g + 2 < len(groups):
            src, tgt = src + groups[g + 2][0], tgt + groups[g + 2][1]
        out.append(sep.join(zh[i] for i in src))
        links.append(set(tgt))
    return out, links


def shuffle_neighbours(n: int, prob: float, seed: int = 0) -> list[int]:
    """An order of 0..n-1 where each neighbour pair is swapped with probability ``prob``."""
    rng, order = np.random.default_rng(seed), list(range(n))
    for i in range(n - 1):
        if rng.random() < prob:
            order[i], order[i + 1] = order[i + 1], order[i]
    return order


def summary_scores(sets: list[str], params: SummaryParams, emb,
                   swaps: tuple[float, ...] = (0.0, 0.3)) -> dict[str, list[float]]:
    """Link P/R/F1 (micro over the set's documents and the swap rates) and seconds of summary
    mode on summaries built from every document of each set (``summary_case``)."""
    out = {}
    for name in sets:
        hit = got_n = want_n = 0
        seconds = 0.0
        for _, zh, en, gold, _ in datasets(name):
            lines_, links = summary_case(zh, en, gold, sep="" if LANGS[name][0] == "zh" else " ")
            if not lines_:
                continue
            ev = emb.encode_windows(en, 4)[: max(params.span, 1)]
            for prob in swaps:
                order = shuffle_neighbours(len(lines_), prob)
                zv = emb.encode_windows([lines_[i] for i in order], 1)[0]
                start = time.perf_counter()
                with threadpool_limits(limits=1, user_api="blas"):
                    beads = align_summary(zv, ev, params)
                seconds += time.perf_counter() - start
                got = {(i, j) for src, tgt in beads for i in src for j in tgt}
                want = {(i, j) for i, o in enumerate(order) for j in links[o]}
                hit, got_n, want_n = hit + len(got & want), got_n + len(got), want_n + len(want)
        p, r = hit / max(got_n, 1), hit / max(want_n, 1)
        out[name] = [p, r, 2 * p * r / max(p + r, 1e-9), seconds]
    return out


