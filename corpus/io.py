"""File I/O: strict UTF-8 text input; safe output (write a temporary file next to the target, then
rename it)."""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from corpus.errors import InputError
from corpus.read.files import load_bytes

#: (byte order mark, codec of the bytes after it, name in messages); no BOM means UTF-8.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))
_NO_BOM = (b"", "utf-8", "UTF-8")


def read_utf8_text(path: str | Path, what: str = "file") -> str:
    """Text of a UTF-8 file (a BOM is allowed; UTF-16/32 only with a BOM), BOM removed.

    Args:
        path: the file.
        what: what the file is (``"glossary"``, ``"term list"``), for error messages.

    Raises:
        InputError: the file is missing, a directory or unreadable; holds NUL bytes without a
            UTF-16/32 BOM (binary); or is not valid UTF-8 (the message gives the byte offset,
            the error its line).
    """
    return _decode_utf8(load_bytes(Path(path)), path, what)


def _decode_utf8(data: bytes, path: str | Path | None, what: str) -> str:
    """Decode file content ``data`` for ``read_utf8_text`` (``path`` names the file in errors)."""
    bom, codec, name = next((b for b in _BOMS if data.startswith(b[0])), _NO_BOM)
    if not bom and b"\x00" in data:
        raise InputError(path, f"binary file, not a text {what}")
    try:
        return data[len(bom):].decode(codec)
    except UnicodeDecodeError as exc:
        start = len(bom) + exc.start
        line = data[len(bom):start].decode(codec, errors="replace").count("\n") + 1
        raise InputError(path, f"not {name} text (byte {start}); save the {what} as UTF-8",
                         line) from None


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
