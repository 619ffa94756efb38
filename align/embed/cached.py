"""``CachedEmbedder``: any embedder behind the on-disk ``EmbeddingCache``.

Sentences are cached by their text; overlap windows of backends with their own
``encode_windows`` by the window's sentences (joined with U+001E), in one space per window size
(``win2``, ``win3``, ...; one-sentence windows are the sentences), since such windows are not the
embedding of the joined text. Vectors go through the cache's storage dtype
and are re-normalised even on a cold run, so a cold and a warm run return identical arrays.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.embed.base import Embedder, WindowEmbedder, l2_normalise
from align.embed.cache import EmbeddingCache, text_key
from align.embed.windows import check_max_window, generic_encode_windows

WINDOW_SEP = "\x1e"


class CachedEmbedder:
    """Wraps ``inner`` (same protocol, same signature); encodes only texts not in ``cache``."""

    def __init__(self, inner: Embedder, cache: EmbeddingCache):
        self.inner = inner
        self.cache = cache
        self.name = inner.name

    def signature(self) -> str:
        """The inner backend's signature (caching does not change results beyond storage dtype)."""
        return self.inner.signature()

    def _space(self, kind: str) -> str:
        return f"{self.inner.signature()}|{kind}"

    def _stored(self, vecs: np.ndarray, space: str) -> np.ndarray:
        """``vecs`` as they read back from the cache: storage dtype, re-normalised."""
        dtype = self.cache.storage_dtype(space)
        return l2_normalise(np.asarray(vecs, dtype=dtype).astype(np.float32))

    def _get(self, space: str, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        """Cached vectors of ``keys`` (re-normalised after the storage dtype)."""
        found = self.cache.get(space, keys)
        if not found:
            return found
        vecs = l2_normalise(np.stack(list(found.values())))
        return dict(zip(found, vecs))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Like ``inner.encode``; cached texts are not encoded again. Shape (n, d)."""
        texts = list(texts)
        space = self._space("sent")
        keys = [text_key(t) for t in texts]
        found = self._get(space, keys)
        todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        if todo or not texts:
            vecs = self._stored(self.inner.encode(todo), space)
            new_keys = [text_key(t) for t in todo]
            self.cache.put(space, new_keys, vecs)
            found.update(zip(new_keys, vecs))
            if not texts:
                return np.zeros((0, vecs.shape[1]), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)

    def encode_windows(self, texts: Sequence[str], max_window: int) -> np.ndarray:
        """Overlap embeddings (K, n, d), computing only windows missing from the cache."""
        check_max_window(max_window)
        if not isinstance(self.inner, WindowEmbedder):
            return generic_encode_windows(self, texts, max_window)  # joined texts, sentence space
        texts = list(texts)
        n = len(texts)
        spaces = [self._space("sent" if k == 1 else f"win{k}") for k in range(1, max_window + 1)]
        keys = [[text_key(WINDOW_SEP.join(texts[i:i + k])) for i in range(n - k + 1)]
                for k in range(1, min(max_window, n) + 1)]
        hits = [self._lookup(space, level) for space, level in zip(spaces, keys)]
        missing = [np.setdiff1d(np.arange(len(level)), idx) for level, (idx, _) in zip(keys, hits)]
        out = self._compute(texts, max_window, missing, spaces, keys)
        if out is None:
            dims = [v.shape[1] for _, v in hits if v is not None]
            dim = dims[0] if dims else self.encode([]).shape[1]
            out = np.zeros((max_window, n, dim), dtype=np.float32)
        for k, (idx, vecs) in enumerate(hits):
            if vecs is not None:
                out[k, idx] = vecs
        return out

    def _lookup(self, space: str, keys: list[bytes]) -> tuple[list[int], np.ndarray | None]:
        """Positions of ``keys`` found in ``space`` and their (re-normalised) vectors (h, d)."""
        found = self.cache.get(space, keys)
        idx = [i for i, key in enumerate(keys) if key in found]
        return idx, (l2_normalise(np.stack([found[keys[i]] for i in idx])) if idx else None)

    def _compute(self, texts: list[str], max_window: int, missing: list[np.ndarray],
                 spaces: list[str], keys: list[list[bytes]]) -> np.ndarray | None:
        """Encode the runs of sentences that the ``missing`` windows (per level, sorted first
        sentences) cover, and store those windows.

        Returns (K, n, d) holding them (the inner result itself when one run is the whole
        text, so a cold run keeps one copy), or None when nothing is missing.
        """
        assert isinstance(self.inner, WindowEmbedder)
        out = None
        for a, b in _runs([(k, int(i)) for k, rows in enumerate(missing, start=1) for i in rows]):
            vecs = np.asarray(self.inner.encode_windows(texts[a:b], max_window), dtype=np.float32)
            for k, rows in enumerate(missing, start=1):
                run = rows[np.searchsorted(rows, a):np.searchsorted(rows, b)]
                if len(run):
                    stored = self._stored(vecs[k - 1, run - a], spaces[k - 1])
                    self.cache.put(spaces[k - 1], [keys[k - 1][i] for i in run], stored)
                    vecs[k - 1, run - a] = stored
            if (a, b) == (0, len(texts)):
                return vecs
            if out is None:
                out = np.zeros((max_window, len(texts), vecs.shape[2]), dtype=np.float32)
            out[:, a:b] = vecs
        return out


def _runs(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal sentence ranges [a, b) covering the (k, first) windows (touching ones merged)."""
    spans = sorted((i, i + k) for k, i in windows)
    runs: list[tuple[int, int]] = []
    for a, b in spans:
        if runs and a <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], b))
        else:
            runs.append((a, b))
    return runs
