"""Frozen data model shared by every stage. Standard library only.

Languages are ISO 639-1 codes (``"zh"``, ``"en"``; benchmarks also use ``"de"``, ``"fr"``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph"]
Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Maps offsets in a cleaned text back to offsets and lines of the source text.

    ``offsets[i]`` is the source offset of cleaned character ``i``; ``line_starts`` holds the
    source offset where each source line begins (line 1 first).
    """

    offsets: array = field(default_factory=lambda: array("l"))
    line_starts: array = field(default_factory=lambda: array("l", [0]))

    def source_offset(self, i: int) -> int:
        """Source offset of cleaned offset ``i`` (clamped to the text)."""
        if not self.offsets:
            return 0
        return self.offsets[min(max(i, 0), len(self.offsets) - 1)]

    def source_line(self, i: int) -> int:
        """1-based source line of cleaned offset ``i``."""
        return bisect_right(self.line_starts, self.source_offset(i))


@dataclass(frozen=True, slots=True)
class Block:
    """A heading or paragraph of a cleaned document: ``Document.text[start:end]``."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True, slots=True, eq=False)
class Document:
    """A read and cleaned document.

    Attributes:
        id: stable document id (file stem unless given).
        lang: detected or declared language.
        text: the cleaned text; blocks are separated by blank lines.
        blocks: headings and paragraphs, in order, as spans of ``text``.
        meta: title, date, author, path, encoding, reader, removed blocks count...
        source_map: cleaned offsets → source offsets/lines.
    """

    id: str
    lang: str
    text: str
    blocks: tuple[Block, ...] = ()
    meta: Mapping[str, str] = field(default_factory=dict)
    source_map: SourceMap = field(default_factory=SourceMap)

    @property
    def title(self) -> str:
        return self.meta.get("title", "")

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence (or heading) of a document, with optional tokens and POS tags."""

    text: str
    lang: str
    doc_id: str = ""
    index: int = 0
    start: int = -1
    end: int = -1
    kind: BlockKind | Literal["sentence"] = "sentence"
    tokens: tuple[str, ...] | None = None
    pos: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Bead:
    """An m-n alignment bead: sentence ids of each side (either may be empty) and a score."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.src), len(self.tgt))


@dataclass(frozen=True, slots=True)
class SentencePair:
    """An aligned Chinese/English sentence group (one bead with its text)."""

    zh: str
    en: str
    zh_ids: tuple[int, ...] = ()
    en_ids: tuple[int, ...] = ()
    score: float | None = None


@dataclass(frozen=True, slots=True)
class TermPair:
    """An English term and the Chinese form found for it (``zh`` empty when none)."""

    en: str
    zh: str
    score: float = 0.0
    method: str = ""
    freq: int = 0
    example_zh: str = ""
    example_en: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One QA finding of a check on one row (pair index or sentence index).

    Spans are (start, end) character offsets into ``zh`` / ``en``.
    """

    row: int
    check: str
    severity: Severity
    message: str
    zh: str = ""
    en: str = ""
    zh_spans: tuple[tuple[int, int], ...] = ()
    en_spans: tuple[tuple[int, int], ...] = ()
    rule: str = ""
