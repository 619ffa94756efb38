"""Choosing term pairs from scored candidates (pure).

Every English term keeps its best-scored Chinese term (ties: more co-occurrences, then the lower
index, i.e. the better-ranked candidate), if the score reaches ``min_score`` and the pair
co-occurs ``min_freq`` times or more. A Chinese term chosen by several English terms stays only
with those scoring at least ``share`` of the best of them (so "deterrence" does not also take
延伸威慑 from "extended deterrence").
"""

from __future__ import annotations

import numpy as np


def select_pairs(cand: np.ndarray, score: np.ndarray, joint: np.ndarray, *,
                 min_score: float = 0.3, min_freq: int = 2, share: float = 0.8) -> np.ndarray:
    """Indices into ``cand`` of the kept pairs, best score first.

    Args:
        cand: ``(k, 2)`` (English index, Chinese index) pairs.
        score: ``(k,)`` pair scores.
        joint: ``(k,)`` co-occurrence counts.
        min_score: least score kept.
        min_freq: least co-occurrence count kept.
        share: a pair must reach this share of the best score of its Chinese term.
    """
    ok = np.flatnonzero((score >= min_score) & (joint >= min_freq))
    if not len(ok):
        return np.zeros(0, dtype=np.int64)
    order = ok[np.lexsort((cand[ok, 1], -joint[ok], -score[ok], cand[ok, 0]))]
    best: dict[int, int] = {}
    for i in order:  # grouped by English index, best first within a group
        best.setdefault(int(cand[i, 0]), int(i))
    chosen = np.array(sorted(best.values()), dtype=np.int64)
    top_by_zh: dict[int, float] = {}
    for i in chosen:
        z = int(cand[i, 1])
        top_by_zh[z] = max(top_by_zh.get(z, 0.0), float(score[i]))
    kept = [i for i in chosen if score[i] >= share * top_by_zh[int(cand[i, 1])]]
    kept.sort(key=lambda i: (-score[i], -joint[i], int(i)))
    return np.array(kept, dtype=np.int64)
