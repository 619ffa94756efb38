"""Synthetic sentence embeddings with a known alignment, for the sentence-aligner tests.

Every sentence is a set of "meanings" (random unit vectors); its embedding is the normalised sum
of its meanings plus a little noise, and a window's embedding is the normalised sum of its
sentences' meanings (plus noise). A merge is therefore a sentence holding several meanings.
``random_scores`` / ``path_score`` give the DP tests random bead scores and a path's total.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass
class Doc:
    """Meaning ids of each sentence of one side."""

    sents: list[tuple[int, ...]]


def unit(x: np.ndarray) -> np.ndarray:
    """Rows of ``x`` scaled to unit length."""
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def meanings(count: int, dim: int = 48, seed: int = 0) -> np.ndarray:
    """(count, dim) random unit vectors."""
    return unit(np.random.default_rng(seed).normal(size=(count, dim)))


def windows(doc: Doc, table: np.ndarray, k: int, noise: float = 0.15, seed: int = 1) -> np.ndarray:
    """(k, n, d) window embeddings of ``doc`` (zero rows past the end)."""
    rng = np.random.default_rng(seed)
    n, d = len(doc.sents), table.shape[1]
    out = np.zeros((k, n, d), dtype=np.float32)
    for w in range(1, k + 1):
        for i in range(n - w + 1):
            ids = [m for s in doc.sents[i:i + w] for m in s]
            vec = table[ids].sum(axis=0) if ids else np.zeros(d)
            out[w - 1, i] = unit(vec + noise * rng.normal(size=d) / np.sqrt(d) * max(len(ids), 1))
    return out


def lengths(doc: Doc, per_meaning: float = 20.0) -> np.ndarray:
    """(n,) character lengths proportional to the number of meanings (junk sentences: 5)."""
    return np.array([per_meaning * len(s) if s else 5.0 for s in doc.sents])


def parallel(groups: list[tuple[int, int]], start: int = 0) -> tuple[Doc, Doc, list]:
    """Two documents from bead shapes, and the gold beads as ``(src ids, tgt ids)``.

    A bead ``(a, b)`` gets ``a + b - 1`` meanings in a row; the first side cuts them into ``a``
    sentences and the second into ``b`` at disjoint cut points, so no smaller bead inside it
    matches and only the whole bead does. A 1-0 or 0-1 bead gets a meaning of its own.
    """
    zs: list[tuple[int, ...]] = []
    es: list[tuple[int, ...]] = []
    gold, nxt = [], start
    for a, b in groups:
        count = max(a + b - 1, 1)
        ids = list(range(nxt, nxt + count))
        nxt += count
        gold.append((tuple(range(len(zs), len(zs) + a)), tuple(range(len(es), len(es) + b))))
        first = {round(k * count / a) for k in range(1, a)} if a else set()
        second = set(range(1, count)) - first
        zs += _cut(ids, first) if a else []
        es += _cut(ids, second) if b else []
    return Doc(zs), Doc(es), gold


def _cut(ids: list[int], cuts: set[int]) -> list[tuple[int, ...]]:
    """``ids`` split before each position in ``cuts``."""
    bounds = [0, *sorted(cuts), len(ids)]
    return [tuple(ids[x:y]) for x, y in zip(bounds, bounds[1:])]


def random_scores(n: int, m: int, shapes: np.ndarray, seed: int
                  ) -> tuple[np.ndarray, np.ndarray, Callable[[int, int, int, int], np.ndarray]]:
    """Random scores (S, n + 1, m + 1) of every shape at every cell, (m,) insertion scores, and
    the ``dp.BlockScorer`` over them (``-inf`` where a shape reaches before row or column 0)."""
    rng = np.random.default_rng(seed)
    table = rng.normal(size=(len(shapes), n + 1, m + 1))
    ins = rng.normal(size=m) - 0.5

    def block(r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        out = table[:, r0:r1, c0:c1].copy()
        for s, (a, b) in enumerate(shapes.tolist()):
            out[s, np.arange(r0, r1) < a] = -np.inf
            out[s][:, np.arange(c0, c1) < b] = -np.inf
        return out

    return table, ins, block


def path_score(spans, shapes: np.ndarray, table: np.ndarray, ins: np.ndarray) -> float:
    """Total score of a path of ``(i0, i1, j0, j1)`` beads under ``random_scores``' table."""
    index = {tuple(x): k for k, x in enumerate(shapes.tolist())}
    return sum(ins[j0] if i1 == i0 else table[index[(i1 - i0, j1 - j0)], i1, j1]
               for i0, i1, j0, j1 in spans)
