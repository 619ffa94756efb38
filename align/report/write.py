"""Write the requested reports of one check run (any of HTML, JSON, TSV)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from align.report.meta import ReportMeta
from corpus.types import Finding


def write_reports(findings: Sequence[Finding], meta: ReportMeta, html: str | Path | None = None,
                  json: str | Path | None = None, tsv: str | Path | None = None) -> list[Path]:
    """Write each report whose path is given; return the paths written (HTML, JSON, TSV order)."""
    written: list[Path] = []
    if html is not None:
        from align.report.html import write_html

        written.append(write_html(html, findings, meta))
    if json is not None:
        from align.report.json import write_json

        written.append(write_json(json, findings))
    if tsv is not None:
        from align.report.tsv import write_tsv

        written.append(write_tsv(tsv, findings, meta.signature))
    return written
