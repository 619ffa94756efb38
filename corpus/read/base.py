"""Reader contract: one class per input format, registered by name.

A reader turns a file into ``RawText``: decoded text with ``\\n`` line ends plus metadata. Cleaning
(``corpus.clean``) then turns ``RawText`` into a ``Document``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class RawText:
    """Decoded text of one input file.

    Attributes:
        text: the whole text, line ends normalised to ``\\n``, BOM removed.
        path: the file it came from.
        format: reader name (``txt``, ``md``, ``pdf``, ``docx``).
        encoding: detected encoding (``utf-8``, ``utf-8-sig``, ``gb18030``, ``utf-16``...) or ``""``
            for binary container formats.
        meta: reader metadata (e.g. pdf/docx title, author, page count).
    """

    text: str
    path: str
    format: str
    encoding: str = ""
    meta: dict[str, str] = field(default_factory=dict)


class Reader(ABC):
    """Reads one file format. Subclasses set ``name`` and ``extensions``."""

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]

    @abstractmethod
    def read(self, path: Path) -> RawText:
        """Read ``path``; raise ``corpus.errors.InputError`` naming the file on any problem."""
