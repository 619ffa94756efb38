"""Plain-text reader: bytes → encoding detection → text with ``\\n`` line ends."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from corpus.read.base import RawText, Reader
from corpus.read.encoding import decode_bytes
from corpus.read.files import load_bytes


class TxtReader(Reader):
    """Reads ``.txt``/``.text`` files and files without an extension, in any supported encoding."""

    name: ClassVar[str] = "txt"
    extensions: ClassVar[tuple[str, ...]] = (".txt", ".text", "")

    def read(self, path: Path) -> RawText:
        """Read and decode ``path`` (see ``corpus.read.encoding.decode_bytes``)."""
        text, encoding = decode_bytes(load_bytes(path), path)
        return RawText(text=text, path=str(path), format=self.name, encoding=encoding)
