"""Embedder protocol: texts in, L2-normalised float32 vectors out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    """A sentence embedder.

    ``encode(texts)`` returns a float32 array of shape (len(texts), dim) whose rows have unit L2
    norm (an all-zero row is allowed for texts with no content, e.g. only punctuation).
    ``signature()`` names the backend and its settings for run signatures and the cache key.
    Implementations load their model lazily, on first ``encode``.
    """

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def signature(self) -> str: ...


@runtime_checkable
class WindowEmbedder(Embedder, Protocol):
    """An ``Embedder`` with the optional method ``encode_windows`` (overlap embeddings).

    ``encode_windows(texts, max_window)`` returns float32 (K, n, dim): row ``[k-1, i]`` embeds the
    concatenation of ``texts[i:i+k]`` (exactly or closely), row ``[0]`` equals ``encode(texts)``,
    and windows running past the end are zero rows. Callers use
    ``align.embed.windows.encode_windows``, which falls back to encoding the joined texts.
    """

    def encode_windows(self, texts: Sequence[str], max_window: int) -> np.ndarray: ...


def l2_normalise(vecs: np.ndarray) -> np.ndarray:
    """Return ``vecs`` (n, d) as float32 with unit-norm rows (zero rows stay zero)."""
    out = np.asarray(vecs, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out
