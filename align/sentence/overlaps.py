"""Overlap windows for the aligner: window embeddings and character lengths of both sides.

A window of ``k`` sentences starting at sentence ``i`` is the text of ``sents[i:i + k]`` joined
(Vecalign's concatenated neighbours); the DP compares whole windows, so a 2-1 bead is scored with
the embedding of the two joined sentences. The joining rule and the fast pooled path live with
the embedders (``align.embed.windows``); this module fixes the layout the DP relies on: arrays
``(K, n, d)`` with ``out[k - 1, i]`` the window of ``k`` sentences starting at ``i`` and zero rows
for windows running past the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

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
    from align.embed.windows import encode_windows

    out = np.asarray(encode_windows(embedder, list(sents), max_window), dtype=np.float32)
    if out.ndim != 3 or out.shape[:2] != (max_window, len(sents)):
        raise ConfigError(f"window embeddings have shape {out.shape}, "
                          f"expected ({max_window}, {len(sents)}, d)")
    return out


def char_lengths(sents: Sequence[str]) -> np.ndarray:
    """(n,) float64 number of non-space characters of each sentence."""
    return np.array([len(s) - s.count(" ") for s in sents], dtype=np.float64)
