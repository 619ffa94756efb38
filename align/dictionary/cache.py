"""A small on-disk cache for data derived from installed files (e.g. the parsed dictionary).

Entries are pickles named by a hash of a key; the key must change whenever the source changes
(file size + mtime, format versions). Writes are atomic, so a crash never leaves a half file; a
cache that cannot be read or written is ignored and the value is rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from corpus.io import atomic_write

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Environment variable that overrides the cache folder (of this cache and the embedding cache).
CACHE_ENV = "ZHENKIT_CACHE_DIR"


def default_cache_dir() -> Path:
    """``$ZHENKIT_CACHE_DIR`` if set, else ``~/.cache/zhenkit`` (also ``align.embed.cache``'s)."""
    env = os.environ.get(CACHE_ENV, "").strip()
    return Path(env).expanduser() if env else Path.home() / ".cache" / "zhenkit"


def file_key(path: str | Path) -> str:
    """Identity of a source file for cache keys: resolved path, size and mtime (ns)."""
    stat = Path(path).stat()
    return f"{Path(path).resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


def cache_path(folder: Path, name: str, key: str) -> Path:
    """File in ``folder`` for ``name`` (readable prefix) and ``key`` (hashed)."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    return folder / f"{name}-{digest}.pickle"


def cached(name: str, key: str, build: Callable[[], T], folder: Path | None) -> T:
    """Return the value cached under (``name``, ``key``), building and storing it if absent.

    Args:
        name: readable file-name prefix, e.g. ``"cedict"``.
        key: full identity of the value (source file key, format versions).
        build: computes the value; it must be picklable.
        folder: cache folder; None disables caching (``build`` runs every time).
    """
    if folder is None:
        return build()
    path = cache_path(folder, name, key)
    try:
        with open(path, "rb") as fh:
            stored_key, value = pickle.load(fh)
        if stored_key == key:
            return value
    except FileNotFoundError:
        pass
    except Exception as exc:  # a corrupt or foreign cache file: rebuild it
        log.debug("ignoring unreadable cache %s: %s", path, exc)
    value = build()
    _store(path, key, value)
    return value


def _store(path: Path, key: str, value: object) -> None:
    """Pickle ``(key, value)`` to ``path`` atomically; failures are logged and ignored."""
    try:
        with atomic_write(path, "wb") as fh:
            pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # read-only home, full disk...: the cache is optional
        log.debug("cannot write cache %s: %s", path, exc)
