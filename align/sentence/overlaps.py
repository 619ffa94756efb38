"""Overlap windows for the aligner: window embeddings and character lengths of both sides.

A window of ``k`` sentences starting at sentence ``i`` is the text of ``sents[i:i + k]`` joined
(Vecalign's concatenated neighbours); the DP compares whole windows, so a 2-1 bead is scored with
the embedding of the two joined sentences. The joining rule and the fast pooled path live with
the embedders (``align.embed.windows``); this module fixes the layout the DP relies on: arrays
``(K, n, d)`` with ``out[k - 1, i]`` the window of ``k`` sentences starting at ``i`` and zero rows
for windows running past the end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from align.embed.base import l2_normalise
from align.embed.windows import encode_windows
from corpus.cjk import count_ideographs
from corpus.errors import ConfigError


def embed_windows(embedder: Any, sents: Sequence[str], max_window: int) -> np.ndarray:
    """Window embeddings of one document's sentences.

    Args:
        embedder: object with ``encode(texts) -> (N, d)`` unit rows and optionally
            ``encode_windows(texts, max_window) -> (K, n, d)`` (used when present).
        sents: the sentences (n >= 1).
        max_window: K, the largest window.

    Returns:
        (K, n, d) float32 array.

    Raises:
        ConfigError: the embedder returns an array of the wrong shape.
    """
    out = np.asarray(encode_windows(embedder, list(sents), max_window), dtype=np.float32)
    if out.ndim != 3 or out.shape[:2] != (max_window, len(sents)):
        raise ConfigError(f"window embeddings have shape {out.shape}, "
                          f"expected ({max_window}, {len(sents)}, d)")
    return out


def char_lengths(sents: Sequence[str]) -> np.ndarray:
    """(n,) float64 number of characters of each sentence other than ASCII spaces."""
    return np.array([len(s) - s.count(" ") for s in sents], dtype=np.float64)


_NON_LETTER = re.compile(r"[\W\d_]+")


def letter_counts(sents: Sequence[str], han_weight: float = 3.0) -> np.ndarray:
    """(n,) float64 letters of each sentence, a Han character counting ``han_weight`` letters
    (about what an English rendering spends on it)."""
    out = np.empty(len(sents))
    for i, s in enumerate(sents):
        letters = _NON_LETTER.sub("", s)
        out[i] = len(letters) if letters.isascii() else \
            len(letters) + (han_weight - 1) * count_ideographs(letters)
    return out


def extend_windows(windows: np.ndarray, k: int) -> np.ndarray:
    """Windows of up to ``k`` sentences from embedded windows of up to K < k: a longer window is
    approximated as the normalised sum of the window one shorter and the sentence after it
    (the second pass needs them only rarely, and embedding them costs a model pass each).

    Args:
        windows: (K, n, d) window embeddings (zero rows past the end), float32 or float16.
        k: largest window wanted (``k <= K`` returns ``windows`` as is).

    Returns:
        (max(K, k), n, d) array of the dtype of ``windows`` (sums are taken in float32), the
        first K levels unchanged.
    """
    have, n = windows.shape[0], windows.shape[1]
    if k <= have:
        return windows
    out = np.zeros((k, *windows.shape[1:]), dtype=windows.dtype)
    out[:have] = windows
    for w in range(have + 1, min(k, n) + 1):
        total = out[w - 2, : n - w + 1].astype(np.float32) + windows[0, w - 1:]
        out[w - 1, : n - w + 1] = l2_normalise(total)
    return out
