"""Contract for sentence-pair file formats (aligned TSV, TMX, JSONL...).

Every format is one class with ``name``, ``extensions``, ``read`` and ``write`` and passes the shared
contract test in ``tests/contracts/test_pair_format_contract.py``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from corpus.types import SentencePair


class PairFormat(ABC):
    """Reads and writes aligned Chinese/English sentence pairs."""

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]

    @abstractmethod
    def read(self, path: str | Path) -> list[SentencePair]:
        """Read all pairs; raise ``FormatError`` naming file and line on malformed input."""

    @abstractmethod
    def write(self, path: str | Path, pairs: Iterable[SentencePair], signature: str = "") -> int:
        """Atomically write ``pairs`` (recording ``signature``); return the number written."""

    def read_signature(self, path: str | Path) -> str:
        """The run signature recorded in ``path`` ("" if none)."""
        return ""
