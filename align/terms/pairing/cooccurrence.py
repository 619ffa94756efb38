"""Co-occurrence statistics over aligned sentence pairs: Dice and log-likelihood (pure cores).

``dice = 2·c(e,z) / (c(e) + c(z))``; ``log_likelihood`` is Dunning's G² of the 2×2 table
(pairs with both, with e only, with z only, with neither). ``CooccurrencePairer`` scores a pair
by its Dice coefficient, halved when G² is below ``LLR_MIN`` (3.84, p = 0.05: the association
could be chance).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.terms.pairing.base import Cooccurrence, PairingInput

LLR_MIN = 3.84


def count_cooccurrence(en_rows: Sequence[frozenset[int]], zh_rows: Sequence[frozenset[int]],
                       n_en: int, n_zh: int) -> Cooccurrence:
    """Joint and marginal counts of every co-occurring (English, Chinese) term pair."""
    from scipy import sparse

    n = len(en_rows)
    x_en = _incidence(en_rows, n_en)
    x_zh = _incidence(zh_rows, n_zh)
    joint = sparse.coo_matrix(x_en.T @ x_zh)
    cand = np.stack([joint.row, joint.col], axis=1).astype(np.int64) if joint.nnz else \
        np.zeros((0, 2), dtype=np.int64)
    return Cooccurrence(cand, np.asarray(joint.data, dtype=np.float64),
                        np.asarray(x_en.sum(axis=0)).ravel(), np.asarray(x_zh.sum(axis=0)).ravel(),
                        n)


def _incidence(rows: Sequence[frozenset[int]], width: int):
    """``(n, width)`` sparse 0/1 matrix: row i has a 1 at each index of ``rows[i]``."""
    from scipy import sparse

    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.fromiter((j for r in rows for j in sorted(r)), dtype=np.int64,
                          count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), width))


def dice(joint: np.ndarray, f_en: np.ndarray, f_zh: np.ndarray) -> np.ndarray:
    """Dice coefficients ``(k,)`` of joint counts and the two marginal counts."""
    total = f_en + f_zh
    return np.divide(2.0 * joint, total, out=np.zeros_like(joint, dtype=np.float64),
                     where=total > 0)


def log_likelihood(joint: np.ndarray, f_en: np.ndarray, f_zh: np.ndarray, n: int) -> np.ndarray:
    """Dunning's G² ``(k,)`` for the 2×2 tables of ``n`` sentence pairs."""
    k11 = joint.astype(np.float64)
    k12 = f_en - k11
    k21 = f_zh - k11
    k22 = n - k11 - k12 - k21
    cells = np.stack([k11, k12, k21, k22])
    rows = np.stack([k11 + k12, k11 + k12, k21 + k22, k21 + k22])
    cols = np.stack([k11 + k21, k12 + k22, k11 + k21, k12 + k22])
    expected = rows * cols / max(n, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(cells > 0, cells * np.log(cells / expected), 0.0)
    return np.maximum(2.0 * terms.sum(axis=0), 0.0)


class CooccurrencePairer:
    """Dice over the sentence pairs, halved when the association is not significant."""

    name = "cooccurrence"

    def score(self, data: PairingInput, cand: np.ndarray) -> np.ndarray:
        c = data.counts
        lookup = {(int(e), int(z)): i for i, (e, z) in enumerate(c.cand)}
        idx = np.array([lookup.get((int(e), int(z)), -1) for e, z in cand], dtype=np.int64)
        joint = np.where(idx >= 0, c.joint[np.maximum(idx, 0)] if len(c.joint) else 0.0, 0.0)
        f_en, f_zh = c.en_freq[cand[:, 0]], c.zh_freq[cand[:, 1]]
        scores = dice(joint, f_en, f_zh)
        significant = log_likelihood(joint, f_en, f_zh, c.n) >= LLR_MIN
        return np.where(significant, scores, scores / 2.0)
