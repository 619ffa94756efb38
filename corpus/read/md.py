"""Markdown reader: decoded like plain text; markup is left for ``corpus.clean``."""

from __future__ import annotations

from typing import ClassVar

from corpus.read.txt import TxtReader


class MdReader(TxtReader):
    """Reads ``.md``/``.markdown`` files verbatim (encoding detection, ``\\n`` line ends)."""

    name: ClassVar[str] = "md"
    extensions: ClassVar[tuple[str, ...]] = (".md", ".markdown")
