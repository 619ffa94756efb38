"""Segmented-sentence TSV: header ``doc_id	seg_id	text	tokens``, one segment per row.

Tokens are space-joined; cells are escaped (``corpus.formats.escape``) so every row has exactly
four fields. The run signature goes to a sidecar ``<file>.meta.json`` (a comment line would break
the four-field rule), written by ``write_segments``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from corpus.errors import FormatError
from corpus.formats.escape import escape, unescape
from corpus.io import atomic_write, write_sidecar
from corpus.types import Segment

HEADER = ("doc_id", "seg_id", "text", "tokens")


def format_row(seg: Segment) -> str:
    tokens = " ".join(t for t in (seg.tokens or ()) if t.strip())
    return "\t".join((escape(seg.doc_id), str(seg.index), escape(seg.text), escape(tokens)))


def dump_segments(segments: Iterable[Segment], fh: IO[str]) -> int:
    """Write header and rows to an open text stream; return the number of rows."""
    fh.write("\t".join(HEADER) + "\n")
    n = 0
    for seg in segments:
        fh.write(format_row(seg) + "\n")
        n += 1
    return n


def write_segments(path: str | Path, segments: Iterable[Segment], signature: str = "",
                   meta: dict | None = None) -> int:
    """Atomically write the TSV and its ``.meta.json`` sidecar; return the row count."""
    with atomic_write(path) as fh:
        n = dump_segments(segments, fh)
    write_sidecar(path, signature, rows=n, columns=list(HEADER), **(meta or {}))
    return n


def read_segments(path: str | Path, lang: str = "") -> list[Segment]:
    """Read a segment TSV written by ``write_segments`` (tokens split on spaces)."""
    rows: list[Segment] = []
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    if not lines or tuple(lines[0].rstrip("\n").split("\t")) != HEADER:
        raise FormatError(path, f"expected header {' '.join(HEADER)!r}", line=1)
    for no, line in enumerate(lines[1:], start=2):
        cells = line.rstrip("\n").split("\t")
        if len(cells) != 4 or not cells[1].isdigit():
            raise FormatError(path, f"expected 4 fields with a numeric seg_id, got {len(cells)}", no)
        doc_id, seg_id, text, tokens = cells
        toks = tuple(unescape(tokens).split(" ")) if tokens else ()
        rows.append(Segment(unescape(text), lang, unescape(doc_id), int(seg_id), tokens=toks))
    return rows
