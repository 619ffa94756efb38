"""On-disk cache and ``CachedEmbedder``: round trips, misses only, windows, errors, processes."""

from __future__ import annotations

import multiprocessing

import numpy as np
import pytest

from align.embed.cache import EmbeddingCache, default_cache_dir, text_key
from align.embed.cached import CachedEmbedder, _runs
from align.embed.windows import generic_encode_windows
from corpus.errors import ConfigError
from tests.align.test_embed_windows import HashEmbedder


class WindowHash(HashEmbedder):
    """Fake WindowEmbedder: generic windows, recording which runs were asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: list[list[str]] = []

    def encode_windows(self, texts, max_window):
        self.runs.append(list(texts))
        return generic_encode_windows(self, texts, max_window)


def unit_rows(n: int, d: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.mark.parametrize(("dtype", "tol"), [("float16", 1e-3), ("float32", 0.0)])
def test_put_get_round_trip(tmp_path, dtype, tol) -> None:
    cache = EmbeddingCache(tmp_path / "c.sqlite3", dtype=dtype)
    vecs = unit_rows(700, 16)  # more keys than one SELECT batch
    keys = [text_key(f"t{i}") for i in range(700)]
    cache.put("space", keys, vecs)
    got = cache.get("space", keys + [text_key("absent")])
    assert len(got) == 700 and cache.count("space") == 700 and cache.count() == 700
    np.testing.assert_allclose(np.stack([got[k] for k in keys]), vecs, atol=tol)
    assert cache.get("other space", keys) == {}


CACHE_ERRORS = [
    ("dtype", "dtype must be float16 or float32"),
    ("dim", "holds dim 16, not 8"),
    ("corrupt", "cannot use the embedding cache"),
]


@pytest.mark.parametrize(("case", "message"), CACHE_ERRORS)
def test_cache_errors(tmp_path, case, message) -> None:
    with pytest.raises(ConfigError, match=message):
        if case == "dtype":
            EmbeddingCache(tmp_path / "c.sqlite3", dtype="int8")
        elif case == "dim":
            cache = EmbeddingCache(tmp_path / "c.sqlite3")
            cache.put("s", [b"a"], unit_rows(1, 16))
            cache.put("s", [b"b"], unit_rows(1, 8))
        else:
            (tmp_path / "c.sqlite3").write_bytes(b"this is not a database" * 100)
            EmbeddingCache(tmp_path / "c.sqlite3")


def test_cache_dir_from_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ZHENKIT_CACHE_DIR", str(tmp_path / "here"))
    assert default_cache_dir() == tmp_path / "here"
    cache = EmbeddingCache.open()
    assert cache.path == tmp_path / "here" / "embeddings.sqlite3" and cache.path.is_file()


def test_cached_embedder_encodes_only_misses(tmp_path) -> None:
    inner = HashEmbedder()
    emb = CachedEmbedder(inner, EmbeddingCache(tmp_path / "c.sqlite3"))
    first = emb.encode(["a", "b", "a", ""])
    assert inner.seen == ["a", "b", ""]
    second = emb.encode(["b", "c", "a"])
    assert inner.seen == ["a", "b", "", "c"]
    np.testing.assert_array_equal(second[[0, 2]], first[[1, 0]])
    np.testing.assert_allclose(second, inner.encode(["b", "c", "a"]), atol=1e-3)
    assert emb.encode([]).shape == (0, 8) and emb.signature() == "hash-1"


def test_cold_and_warm_runs_are_identical(tmp_path) -> None:
    texts = [f"text {i}" for i in range(20)]
    cold = CachedEmbedder(HashEmbedder(), EmbeddingCache(tmp_path / "c.sqlite3")).encode(texts)
    warm = CachedEmbedder(HashEmbedder(), EmbeddingCache(tmp_path / "c.sqlite3")).encode(texts)
    np.testing.assert_array_equal(cold, warm)


RUN_CASES = [
    ([(1, 0), (1, 1), (1, 2)], [(0, 3)]),
    ([(2, 0), (2, 5)], [(0, 2), (5, 7)]),
    ([(3, 0), (1, 2)], [(0, 3)]),
    ([(1, 4), (2, 3)], [(3, 5)]),
    ([], []),
]


@pytest.mark.parametrize(("windows", "runs"), RUN_CASES)
def test_runs_cover_missing_windows(windows, runs) -> None:
    assert _runs(windows) == runs


def test_cached_windows_recompute_only_edited_runs(tmp_path) -> None:
    texts = [f"s{i}" for i in range(12)]
    inner = WindowHash()
    emb = CachedEmbedder(inner, EmbeddingCache(tmp_path / "c.sqlite3"))
    cold = emb.encode_windows(texts, 3)
    np.testing.assert_allclose(cold, generic_encode_windows(HashEmbedder(), texts, 3), atol=1e-3)
    assert inner.runs == [texts]
    np.testing.assert_array_equal(emb.encode_windows(texts, 3), cold)
    assert len(inner.runs) == 1
    edited = texts[:6] + ["changed"] + texts[7:]
    emb.encode_windows(edited, 3)
    assert inner.runs[1] == edited[4:9]  # windows touching sentence 6 span sentences 4..8


def _writer(args: tuple[str, int]) -> int:
    path, seed = args
    cache = EmbeddingCache(path)
    keys = [text_key(f"k{i}") for i in range(300)]
    for start in range(0, 300, 50):
        cache.put("shared", keys[start:start + 50], unit_rows(300, 8)[start:start + 50])
    return len(cache.get("shared", keys))


def test_concurrent_processes_share_one_cache(tmp_path) -> None:
    path = str(tmp_path / "c.sqlite3")
    EmbeddingCache(path)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        counts = pool.map(_writer, [(path, s) for s in range(3)])
    assert counts == [300, 300, 300]
    assert EmbeddingCache(path).count("shared") == 300
