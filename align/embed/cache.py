"""On-disk embedding cache: SQLite (stdlib) in ``$ZHENKIT_CACHE_DIR`` or ``~/.cache/zhenkit``.

Vectors are keyed by (backend signature + kind, BLAKE2b-128 of the text) and stored as float16
(default; 1 - cosine to the float32 vector is about 1e-8) or float32 blobs, in a rowid table
(a WITHOUT ROWID table stores kilobyte rows about four times less compactly). Lookups and inserts are
batched; the database runs in WAL mode with a busy timeout and ``INSERT OR IGNORE``, so several
processes can share one cache (the same key always maps to the same vector).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from align.dictionary.cache import CACHE_ENV, default_cache_dir
from corpus.errors import ConfigError

__all__ = ["CACHE_ENV", "EmbeddingCache", "default_cache_dir", "text_key"]

FILE_NAME = "embeddings.sqlite3"
_BATCH = 500  # keys per SELECT ... IN (...)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS spaces (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, dim INTEGER NOT NULL, dtype TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vectors (
    space INTEGER NOT NULL, key BLOB NOT NULL, vec BLOB NOT NULL, PRIMARY KEY (space, key));
"""


def text_key(text: str) -> bytes:
    """16-byte BLAKE2b digest of ``text`` (UTF-8)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class EmbeddingCache:
    """A SQLite file of vectors grouped in named spaces (one per backend signature and kind).

    Args:
        path: the database file (created with its folder when missing).
        dtype: ``float16`` (half the disk, default) or ``float32`` for newly created spaces.
    """

    def __init__(self, path: str | Path, dtype: str = "float16"):
        if dtype not in ("float16", "float32"):
            raise ConfigError(f"embedding cache dtype must be float16 or float32, got {dtype!r}")
        self.path = Path(path)
        self.dtype = dtype
        self._spaces: dict[str, tuple[int, int, str]] = {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=60.0, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout = 60000")
            self._db.execute("PRAGMA page_size = 16384")  # kilobyte rows: fewer half-empty pages
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"cannot use the embedding cache {self.path} ({exc}); set {CACHE_ENV} to "
                "another folder or run with --no-cache"
            ) from None

    @classmethod
    def open(cls, cache_dir: str | Path | None = None, dtype: str = "float16") -> EmbeddingCache:
        """Open the cache file in ``cache_dir`` (default: ``default_cache_dir()``)."""
        folder = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()
        return cls(folder / FILE_NAME, dtype=dtype)

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def _space(self, name: str, dim: int | None = None) -> tuple[int, int, str] | None:
        """(id, dim, dtype) of space ``name``; created with ``dim`` when new and ``dim`` given."""
        if name not in self._spaces:
            if dim is not None:
                self._db.execute(
                    "INSERT OR IGNORE INTO spaces (name, dim, dtype) VALUES (?, ?, ?)",
                    (name, dim, self.dtype),
                )
            row = self._db.execute(
                "SELECT id, dim, dtype FROM spaces WHERE name = ?", (name,)).fetchone()
            if row is None:
                return None
            self._spaces[name] = (int(row[0]), int(row[1]), str(row[2]))
        space = self._spaces[name]
        if dim is not None and space[1] != dim:
            raise ConfigError(f"embedding cache space {name!r} holds dim {space[1]}, not {dim}")
        return space

    def get(self, space: str, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        """Vectors (float32, (dim,)) of the ``keys`` present in ``space``."""
        try:
            found = self._space(space)
            return self._select(found, keys) if found and keys else {}
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot read the embedding cache {self.path} ({exc})") from None

    def _select(self, space: tuple[int, int, str], keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        sid, _, dtype = space
        found: dict[bytes, np.ndarray] = {}
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), _BATCH):
            part = uniq[i:i + _BATCH]
            marks = ",".join("?" * len(part))
            sql = f"SELECT key, vec FROM vectors WHERE space = ? AND key IN ({marks})"
            for key, blob in self._db.execute(sql, (sid, *part)):
                found[bytes(key)] = np.frombuffer(blob, dtype=dtype).astype(np.float32)
        return found

    def put(self, space: str, keys: Sequence[bytes], vecs: np.ndarray) -> None:
        """Store ``vecs`` (n, dim) under ``keys`` (existing keys are kept) in one transaction."""
        if len(keys) != len(vecs):
            raise ValueError("keys and vectors differ in number")
        if not len(keys):
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            sid, _, dtype = self._space(space, int(vecs.shape[1]))  # type: ignore[misc]
            blobs = np.ascontiguousarray(vecs, dtype=dtype)
            self._db.executemany(
                "INSERT OR IGNORE INTO vectors (space, key, vec) VALUES (?, ?, ?)",
                [(sid, k, blobs[i].tobytes()) for i, k in enumerate(keys)],
            )
            self._db.execute("COMMIT")
        except (sqlite3.Error, ConfigError) as exc:
            self._spaces.pop(space, None)
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(exc, ConfigError):
                raise
            raise ConfigError(f"cannot write the embedding cache {self.path} ({exc})") from None

    def storage_dtype(self, space: str) -> str:
        """The dtype vectors of ``space`` are (or will be) stored in."""
        found = self._space(space)
        return found[2] if found else self.dtype

    def count(self, space: str | None = None) -> int:
        """Number of stored vectors (in ``space``, or in all spaces)."""
        if space is None:
            return int(self._db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])
        found = self._space(space)
        if found is None:
            return 0
        sql = "SELECT COUNT(*) FROM vectors WHERE space = ?"
        return int(self._db.execute(sql, (found[0],)).fetchone()[0])
