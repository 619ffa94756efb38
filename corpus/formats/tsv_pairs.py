"""Aligned TSV: ``# signature`` first line, then header ``zh_ids	en_ids	zh	en	score``.

Ids are comma-separated 0-based sentence ids (a side may be empty); cells are escaped with
``corpus.formats.escape``. On reading, any TSV whose header row has ``zh`` and ``en`` columns is
accepted (other columns ignored; leading ``#`` lines skipped; ids and score optional).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from corpus.errors import FormatError
from corpus.formats.base import PairFormat
from corpus.formats.escape import escape, unescape
from corpus.io import atomic_write, read_utf8_text
from corpus.types import SentencePair

HEADER = ("zh_ids", "en_ids", "zh", "en", "score")


def format_ids(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in ids)


def parse_ids(cell: str, path: str | Path, line: int) -> tuple[int, ...]:
    cell = cell.strip()
    if not cell:
        return ()
    try:
        return tuple(int(x) for x in cell.split(","))
    except ValueError:
        raise FormatError(path, f"bad sentence ids {cell!r} (want e.g. 3 or 3,4)", line) from None


def read_lines(path: str | Path) -> list[str]:
    """Lines of a UTF-8 text file (``corpus.io.read_utf8_text``), without line ends."""
    return read_utf8_text(path).splitlines()


class AlignedTsv(PairFormat):
    """The project's canonical parallel-corpus export."""

    name = "tsv"
    extensions = (".tsv", ".tab")

    def read(self, path: str | Path) -> list[SentencePair]:
        lines = read_lines(path)
        start = next((i for i, ln in enumerate(lines) if not ln.startswith("#")), len(lines))
        if start == len(lines):
            raise FormatError(path, "no header row (want columns zh and en)", start + 1)
        cols = lines[start].split("\t")
        if "zh" not in cols or "en" not in cols:
            raise FormatError(path, f"header has no 'zh' and 'en' columns: {cols}", start + 1)
        return [self._row(path, no, ln, cols) for no, ln in enumerate(lines[start + 1:], start + 2)
                if ln.strip()]

    def _row(self, path: str | Path, no: int, line: str, cols: list[str]) -> SentencePair:
        cells = line.split("\t")
        if len(cells) != len(cols):
            raise FormatError(path, f"expected {len(cols)} fields, got {len(cells)}", no)
        row = dict(zip(cols, cells))
        score = None
        if row.get("score", "").strip():
            try:
                score = float(row["score"])
            except ValueError:
                raise FormatError(path, f"bad score {row['score']!r}", no) from None
        return SentencePair(unescape(row["zh"]), unescape(row["en"]),
                            parse_ids(row.get("zh_ids", ""), path, no),
                            parse_ids(row.get("en_ids", ""), path, no), score)

    def write(self, path: str | Path, pairs: Iterable[SentencePair], signature: str = "") -> int:
        with atomic_write(path) as fh:
            return self.dump(pairs, fh, signature)

    @staticmethod
    def dump(pairs: Iterable[SentencePair], fh: IO[str], signature: str = "") -> int:
        """Write the signature line, header and rows to an open stream; return the row count."""
        if signature:
            fh.write(f"# {signature}\n")
        fh.write("\t".join(HEADER) + "\n")
        n = 0
        for p in pairs:
            score = "" if p.score is None else f"{p.score:.4f}"
            fh.write("\t".join((format_ids(p.zh_ids), format_ids(p.en_ids), escape(p.zh),
                                escape(p.en), score)) + "\n")
            n += 1
        return n

    def read_signature(self, path: str | Path) -> str:
        first = read_lines(path)[:1]
        return first[0][1:].strip() if first and first[0].startswith("#") else ""
