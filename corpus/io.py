"""Safe output: write to a temporary file next to the target, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from corpus.errors import InputError


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temp file in ``path``'s folder; on success rename it over ``path``.

    On any exception the temp file is removed and ``path`` is left untouched, so a failed run
    never destroys an earlier output.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(target.parent, f"cannot create output folder ({exc.strerror})") from None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    enc = None if "b" in mode else encoding
    newline = None if "b" in mode else ""
    try:
        with os.fdopen(fd, mode, encoding=enc, newline=newline) as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def sidecar_path(path: str | Path) -> Path:
    """``<file>.meta.json``: where a fixed-column output keeps its run signature."""
    p = Path(path)
    return p.with_name(p.name + ".meta.json")


def write_sidecar(path: str | Path, signature: str, **meta: object) -> Path:
    """Atomically write the ``.meta.json`` sidecar of ``path`` (signature plus ``meta``)."""
    import json

    side = sidecar_path(path)
    write_text(side, json.dumps({"signature": signature, **meta}, ensure_ascii=False, indent=2) + "\n")
    return side


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: str | Path, text: str) -> None:
    """Atomically write ``text`` as UTF-8 to ``path``."""
    with atomic_write(path) as fh:
        fh.write(text)
