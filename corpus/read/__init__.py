"""Input readers: turn a user's file into ``RawText`` (decoded text, ``\\n`` line ends, metadata).

Readers are registered by name in ``READERS`` (lazily: ``pypdf``/``python-docx`` load only when a
PDF/DOCX is read) and chosen by file extension::

    from corpus.read import read_raw
    raw = read_raw("article.pdf")            # RawText(text=..., format="pdf", meta={"pages": "12"})
    raw = read_raw("notes.dat", format="txt")
"""

from __future__ import annotations

from pathlib import Path

from corpus.errors import InputError
from corpus.read.base import RawText, Reader
from corpus.read.files import check_file
from corpus.registry import Registry

__all__ = ["READERS", "RawText", "Reader", "read_raw", "reader_for", "supported_extensions"]

READERS: Registry[type[Reader]] = Registry("reader")
READERS.register("txt", "corpus.read.txt:TxtReader")
READERS.register("md", "corpus.read.md:MdReader")
READERS.register("pdf", "corpus.read.pdf:PdfReader")
READERS.register("docx", "corpus.read.docx:DocxReader")


def supported_extensions() -> dict[str, str]:
    """Map each supported file extension (lowercase, with dot; ``""`` = none) to a reader name."""
    return {ext: name for name in READERS for ext in READERS.get(name).extensions}


def reader_for(path: str | Path) -> Reader:
    """Return a reader for ``path`` chosen by its extension (case-insensitive).

    Raises:
        InputError: the extension is not supported; the message lists the supported ones.
    """
    suffix = Path(path).suffix.lower()
    by_ext = supported_extensions()
    if suffix not in by_ext:
        known = ", ".join(sorted(ext for ext in by_ext if ext))
        raise InputError(
            path, f"unsupported file type {suffix!r}; supported: {known} or no extension"
        )
    return READERS.get(by_ext[suffix])()


def read_raw(path: str | Path, format: str | None = None) -> RawText:
    """Read one input file.

    Args:
        path: the file to read.
        format: a reader name (``txt``, ``md``, ``pdf``, ``docx``) overriding the extension.

    Returns:
        The decoded text and metadata; see ``RawText``.

    Raises:
        InputError: missing path, a directory, unreadable, unsupported extension, or content the
            reader rejects (empty, binary, undecodable, broken, no text layer...).
        ConfigError: ``format`` is not a registered reader name.
    """
    file = Path(path)
    check_file(file)
    reader = READERS.get(format)() if format is not None else reader_for(file)
    return reader.read(file)
