"""Overlap windows: joining rule, generic path, pooled-sum windows against a brute force."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from align.embed.pooled_windows import window_sums
from align.embed.windows import encode_windows, generic_encode_windows, join_window, window_texts
from corpus.errors import ConfigError

JOIN_CASES = [
    (["起初神创造天地。", "地是空虚混沌。"], "起初神创造天地。地是空虚混沌。"),
    (["In the beginning.", "And God said"], "In the beginning. And God said"),
    (["他说：", "OK"], "他说：OK"),
    (["iPhone", "很好。"], "iPhone很好。"),
    (["a", "", "  ", "b"], "a b"),
    ([" padded ", " text "], "padded text"),
    (["", ""], ""),
    (["Ｆｕｌｌ", "width"], "Ｆｕｌｌwidth"),
]


@pytest.mark.parametrize(("parts", "joined"), JOIN_CASES)
def test_join_window(parts, joined) -> None:
    assert join_window(parts) == joined


class HashEmbedder:
    """Deterministic fake: a unit vector from the text's hash; zero for blank text."""

    name = "hash"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def signature(self) -> str:
        return "hash-1"

    def encode(self, texts):
        self.seen += list(texts)
        out = np.zeros((len(texts), 8), dtype=np.float32)
        for i, t in enumerate(texts):
            if t.strip():
                seed = int.from_bytes(hashlib.sha1(t.encode()).digest()[:4], "little")
                v = np.random.default_rng(seed).standard_normal(8)
                out[i] = v / np.linalg.norm(v)
        return out


@pytest.mark.parametrize("n", [0, 1, 2, 5])
@pytest.mark.parametrize("max_window", [1, 2, 4])
def test_generic_windows_encode_joined_texts(n, max_window) -> None:
    texts = [f"sentence {i}." for i in range(n)]
    emb = HashEmbedder()
    win = encode_windows(emb, texts, max_window)
    assert win.shape == (max_window, n, 8)
    for k in range(1, max_window + 1):
        m = max(n - k + 1, 0)
        expected = emb.encode(window_texts(texts, k)) if m else np.zeros((0, 8))
        np.testing.assert_array_equal(win[k - 1, :m], expected)
        assert not win[k - 1, m:].any()


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "3"])
def test_max_window_must_be_positive_int(bad) -> None:
    with pytest.raises(ConfigError, match="max_window"):
        generic_encode_windows(HashEmbedder(), ["a"], bad)


def brute_force(sums, first, last, lens, max_window, bridges):
    """Window sums straight from the definition (module docstring of pooled_windows)."""
    n, d = sums.shape
    out, out_lens = np.zeros((max_window, n, d)), np.zeros((max_window, n), dtype=int)
    for k in range(1, max_window + 1):
        for i in range(n - k + 1):
            idx = [j for j in range(i, i + k) if lens[j] > 0]
            if not idx:
                continue
            vec = sum(sums[j] for j in idx) - sum(last[j] for j in idx[:-1])
            vec = vec - sum(first[j] for j in idx[1:])
            vec = vec + sum(bridges[j] for j in range(i, i + k - 1))
            out[k - 1, i], out_lens[k - 1, i] = vec, sum(lens[j] for j in idx) - 2 * (len(idx) - 1)
    return out, out_lens


LEN_PATTERNS = [
    [5, 7, 3, 9],
    [5, 0, 3, 0, 0, 4],
    [0, 0, 0],
    [6],
    [0, 8, 0],
]


@pytest.mark.parametrize("lens", LEN_PATTERNS)
@pytest.mark.parametrize("max_window", [1, 2, 3, 5])
@pytest.mark.parametrize("with_bridges", [False, True])
def test_window_sums_match_definition(lens, max_window, with_bridges) -> None:
    rng = np.random.default_rng(len(lens) * 10 + max_window)
    lens = np.array(lens)
    n = len(lens)
    sums, first, last = (rng.standard_normal((n, 6)).astype(np.float32) for _ in range(3))
    for a in (sums, first, last):
        a[lens == 0] = 0.0
    bridges = rng.standard_normal((n, 6)).astype(np.float32) if with_bridges else None
    got, got_lens = window_sums(sums, first, last, lens, max_window, bridges)
    ref, ref_lens = brute_force(sums, first, last, lens, max_window,
                                bridges if with_bridges else np.zeros((n, 6)))
    np.testing.assert_allclose(got, ref, atol=1e-5)
    np.testing.assert_array_equal(got_lens, ref_lens)


SPLIT_CASES = [
    ([1, 1, 1, 1], 2, [(0, 2), (2, 4)]),
    ([10, 1, 1, 1, 1], 2, [(0, 1), (1, 5)]),
    ([5], 4, [(0, 1)]),
    ([], 3, []),
    ([2, 2, 2, 2, 2, 2], 3, [(0, 2), (2, 4), (4, 6)]),
]


@pytest.mark.parametrize(("sizes", "parts", "bounds"), SPLIT_CASES)
def test_split_even(sizes, parts, bounds) -> None:
    from align.embed.workers import split_even

    assert [(s.start, s.stop) for s in split_even(sizes, parts)] == bounds


@pytest.mark.parametrize("workers", [1, 2])
def test_fork_map_keeps_order(workers) -> None:
    from align.embed.workers import fork_map

    offset = 7  # a closure: forked workers inherit it without pickling
    assert fork_map(lambda c: [x + offset for x in c], [[1], [2, 3], [4]], workers) == [
        [8], [9, 10], [11]]
