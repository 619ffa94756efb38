"""Letter counts (for skip costs) and approximated longer windows of ``align.sentence.overlaps``."""

from __future__ import annotations

import numpy as np
import pytest

from align.sentence.overlaps import char_lengths, extend_windows, letter_counts

from .sentence_synth import meanings, parallel, windows


@pytest.mark.parametrize("sents, expected", [
    (["ab 12 cd!", "- _-", "..... "], [4.0, 0.0, 0.0]),
    (["他笑了。", "Lhotsé ( 8501 m )", "24 a !"], [9.0, 7.0, 1.0]),
    (["（完）", "NATO 北约"], [3.0, 10.0]),
])
def test_letter_counts(sents: list[str], expected: list[float]) -> None:
    np.testing.assert_allclose(letter_counts(sents), expected)


def test_char_lengths_skip_spaces() -> None:
    np.testing.assert_allclose(char_lengths(["a b c", "他 笑"]), [3.0, 2.0])


@pytest.mark.parametrize("n, have, k", [(9, 4, 6), (5, 2, 5), (3, 2, 5), (6, 4, 4)])
def test_extend_windows(n: int, have: int, k: int) -> None:
    zdoc, _, _ = parallel([(1, 1)] * n)
    win = windows(zdoc, meanings(n), have, noise=0.0)
    out = extend_windows(win.astype(np.float32), k)
    assert out.shape == (max(have, k), n, win.shape[2])
    np.testing.assert_array_equal(out[:have], win.astype(np.float32))
    for w in range(have + 1, k + 1):
        for i in range(n):
            if i + w > n:
                assert not out[w - 1, i].any()  # past the end: zero, as the embedders give
                continue
            total = out[w - 2, i] + win[0, i + w - 1]
            np.testing.assert_allclose(out[w - 1, i], total / np.linalg.norm(total), atol=1e-6)


@pytest.mark.parametrize("dtype", [np.float16, np.float32])
def test_extend_windows_keeps_the_storage_dtype(dtype) -> None:
    zdoc, _, _ = parallel([(1, 1)] * 6)
    win = windows(zdoc, meanings(6), 2, noise=0.0).astype(dtype)
    out = extend_windows(win, 4)
    assert out.dtype == dtype
    exact = extend_windows(win.astype(np.float32), 4)
    np.testing.assert_allclose(out.astype(np.float32), exact, atol=2e-3)
    np.testing.assert_allclose(np.linalg.norm(out[3, :3].astype(np.float32), axis=1), 1.0, atol=2e-3)
