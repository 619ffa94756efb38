"""Overlap (window) embeddings: the embedding of 1..K consecutive sentences joined.

``encode_windows(embedder, texts, K)`` returns a (K, n, d) array whose row ``[k-1, i]`` embeds
``texts[i:i+k]`` (Vecalign's overlaps, indexed by the window's FIRST sentence); rows of windows
that run past the end are zero. Backends with a faster exact-or-near-exact path implement the
optional ``encode_windows`` method (``WindowEmbedder``); all others get the generic path here,
which encodes the joined texts: Chinese/Japanese joined without a space, everything else with one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from align.embed.base import Embedder, WindowEmbedder
from corpus.errors import ConfigError

# Han, kana, CJK punctuation, fullwidth forms: no space between two texts at such a character
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")


def join_window(parts: Sequence[str]) -> str:
    """Join consecutive sentences as one text (empty parts are skipped)."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (_CJK.match(out[-1]) or _CJK.match(part[0])):
            out += " "
        out += part
    return out


def window_texts(texts: Sequence[str], k: int) -> list[str]:
    """The n-k+1 joined windows of ``k`` consecutive texts, by first sentence."""
    return [join_window(texts[i:i + k]) for i in range(len(texts) - k + 1)]


def check_max_window(max_window: int) -> None:
    """Raise ConfigError unless ``max_window`` is a positive int."""
    if isinstance(max_window, bool) or not isinstance(max_window, int) or max_window < 1:
        raise ConfigError(f"max_window must be a positive integer, got {max_window!r}")


def generic_encode_windows(embedder: Embedder, texts: Sequence[str], max_window: int) -> np.ndarray:
    """Encode every window's joined text with ``embedder.encode`` -> (K, n, d) float32."""
    check_max_window(max_window)
    texts = list(texts)
    n = len(texts)
    joined: list[str] = []
    spans: list[tuple[int, int]] = []  # (k, number of windows)
    for k in range(1, min(max_window, n) + 1):
        win = texts if k == 1 else window_texts(texts, k)
        joined += win
        spans.append((k, len(win)))
    vecs = embedder.encode(joined)
    out = np.zeros((max_window, n, vecs.shape[1]), dtype=np.float32)
    at = 0
    for k, m in spans:
        out[k - 1, :m] = vecs[at:at + m]
        at += m
    return out


def encode_windows(embedder: Embedder, texts: Sequence[str], max_window: int) -> np.ndarray:
    """Window embeddings (K, n, d) by the backend's own method when it has one, else generic."""
    check_max_window(max_window)
    if isinstance(embedder, WindowEmbedder):
        return embedder.encode_windows(texts, max_window)
    return generic_encode_windows(embedder, texts, max_window)
