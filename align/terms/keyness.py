"""Keyness of a term against a reference frequency list, and the combined ranking score. Pure.

Keyness is Kilgarriff's smoothed log ratio ("simple maths")::

    keyness(a) = log2((fpm_doc(a) + k) / (fpm_ref(a) + k))

with ``fpm`` = frequency per million words and ``k`` = 1 per million by default: positive when
the document uses the term more than general language does. The ranking score multiplies
termhood by positive keyness and scales the best term to 1::

    score(a) = C(a) * max(keyness(a), 0) / max_b (C(b) * max(keyness(b), 0))

so a frequent general word (美国, security) whose keyness is ≤ 0 scores 0 however high its
C-value, and among domain-specific candidates the more term-like (longer, more frequent, not only
nested) wins.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def per_million(counts: Sequence[float] | np.ndarray, total: int) -> np.ndarray:
    """Frequencies per million words: (n,) float64; all zeros when ``total`` is 0."""
    c = np.asarray(counts, dtype=np.float64)
    return c * (1e6 / total) if total > 0 else np.zeros_like(c)


def log_ratio(
    doc_pm: Sequence[float] | np.ndarray,
    ref_pm: Sequence[float] | np.ndarray,
    smoothing: float = 1.0,
) -> np.ndarray:
    """Smoothed log2 ratio of document vs. reference frequencies per million, (n,) float64.

    Args:
        doc_pm: (n,) document frequencies per million words.
        ref_pm: (n,) reference frequencies per million (≥ 0).
        smoothing: ``k`` added to both sides (> 0); larger values favour frequent terms.
    """
    if smoothing <= 0:
        raise ValueError("smoothing must be positive")
    d = np.asarray(doc_pm, dtype=np.float64)
    r = np.asarray(ref_pm, dtype=np.float64)
    return np.log2((d + smoothing) / (r + smoothing))


def combined_score(cvalue: Sequence[float] | np.ndarray,
                   keyness: Sequence[float] | np.ndarray) -> np.ndarray:
    """``C * max(keyness, 0)`` scaled so the best candidate scores 1 (all 0 if none is positive).

    Args:
        cvalue: (n,) C-values.
        keyness: (n,) keyness values.

    Returns:
        float64 array (n,) in [0, 1].
    """
    raw = np.clip(np.asarray(cvalue, dtype=np.float64), 0.0, None) * np.clip(
        np.asarray(keyness, dtype=np.float64), 0.0, None)
    top = raw.max() if raw.size else 0.0
    return raw / top if top > 0 else raw
