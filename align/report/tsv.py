"""TSV report: a ``# signature`` line, then one finding per row in fixed columns.

Columns: ``row check severity zh en message rule zh_spans en_spans fingerprint``. Cells are
escaped with ``corpus.formats.escape`` (tab, newline, backslash); spans are written as
``start-end`` items joined by commas (``3-7,12-14``; empty when none).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from align.check.suppress import fingerprint
from corpus.formats.escape import escape
from corpus.io import atomic_write
from corpus.types import Finding

COLUMNS = ("row", "check", "severity", "zh", "en", "message", "rule", "zh_spans", "en_spans",
           "fingerprint")


def format_spans(spans: Sequence[tuple[int, int]]) -> str:
    """``((3, 7), (12, 14))`` → ``"3-7,12-14"``."""
    return ",".join(f"{s}-{e}" for s, e in spans)


def parse_spans(cell: str) -> tuple[tuple[int, int], ...]:
    """Inverse of ``format_spans`` (raises ValueError on a malformed cell)."""
    if not cell.strip():
        return ()
    return tuple((int(a), int(b)) for a, b in (item.split("-") for item in cell.split(",")))


def finding_cells(f: Finding) -> list[str]:
    """The escaped cells of one finding, in ``COLUMNS`` order."""
    cells = [str(f.row), f.check, f.severity, f.zh, f.en, f.message, f.rule,
             format_spans(f.zh_spans), format_spans(f.en_spans), fingerprint(f)]
    return [escape(c) for c in cells]


def dump_tsv(findings: Sequence[Finding], fh: TextIO, signature: str = "") -> int:
    """Write the TSV to an open text stream; return the number of findings written."""
    if signature:
        fh.write(f"# {signature}\n")
    fh.write("\t".join(COLUMNS) + "\n")
    for f in findings:
        fh.write("\t".join(finding_cells(f)) + "\n")
    return len(findings)


def write_tsv(path: str | Path, findings: Sequence[Finding], signature: str = "") -> Path:
    """Write the TSV report to ``path`` (atomically); return the path."""
    with atomic_write(path) as fh:
        dump_tsv(findings, fh, signature)
    return Path(path)
