"""Standalone HTML report: side-by-side rows with highlighted spans, counts and filters.

The page has no external asset (CSS and JS are inline) and every text goes through Jinja2's
autoescaping, so a sentence such as ``<script>`` shows as text. Rows without findings are left
out; the header says how many rows were checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from align.check.base import SEVERITIES
from align.check.suppress import fingerprint
from align.report.meta import ReportMeta
from align.report.spans import Piece, cut
from corpus.io import write_text
from corpus.types import Finding

TEMPLATE = "check.html.j2"


@dataclass(frozen=True)
class FindingView:
    """One finding as the template shows it (``id`` is its index in the page)."""

    id: int
    check: str
    severity: str
    message: str
    rule: str
    fingerprint: str


@dataclass(frozen=True)
class RowView:
    """One row with findings: its texts cut into highlight pieces and its findings."""

    row: int
    label: str
    kind: str
    severity: str
    zh: list[Piece]
    en: list[Piece]
    findings: list[FindingView]


@dataclass(frozen=True)
class CheckCount:
    """Findings of one check, per severity."""

    check: str
    total: int
    by_severity: dict[str, int]
    description: str


def worst(severities: Sequence[str]) -> str:
    """The most severe of ``severities`` ("info" for none)."""
    return min(severities, key=SEVERITIES.index, default="info")


def row_views(findings: Sequence[Finding], meta: ReportMeta) -> list[RowView]:
    """Findings grouped by row (rows in order, findings in the given order)."""
    views: list[RowView] = []
    next_id = 0
    for row, group in groupby(sorted(findings, key=lambda f: f.row), key=lambda f: f.row):
        items = list(group)
        fviews = [FindingView(next_id + k, f.check, f.severity, f.message, f.rule, fingerprint(f))
                  for k, f in enumerate(items)]
        next_id += len(items)
        zh = cut(items[0].zh, [(v.id, f.zh_spans) for v, f in zip(fviews, items)])
        en = cut(items[0].en, [(v.id, f.en_spans) for v, f in zip(fviews, items)])
        views.append(RowView(row, meta.label(row), meta.kind(row),
                             worst([f.severity for f in items]), zh, en, fviews))
    return views


def check_counts(findings: Sequence[Finding], meta: ReportMeta) -> list[CheckCount]:
    """Counts per check: every check that ran (zero included) and any other check found."""
    per: dict[str, Counter[str]] = {c: Counter() for c in meta.checks}
    for f in findings:
        per.setdefault(f.check, Counter())[f.severity] += 1
    return [CheckCount(c, sum(n.values()), {s: n[s] for s in SEVERITIES},
                       meta.descriptions.get(c, "")) for c, n in sorted(per.items())]


def render_html(findings: Sequence[Finding], meta: ReportMeta) -> str:
    """The report page as a string."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("align.report", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    rows = row_views(findings, meta)
    sev_of = {f.id: f.severity for r in rows for f in r.findings}
    severity_counts = Counter(f.severity for f in findings)
    return env.get_template(TEMPLATE).render(
        meta=meta, rows=rows, total=len(findings), checks=check_counts(findings, meta),
        severities=[(s, severity_counts[s]) for s in SEVERITIES],
        worst_of=lambda ids: worst([sev_of[i] for i in ids]),
    )


def write_html(path: str | Path, findings: Sequence[Finding], meta: ReportMeta) -> Path:
    """Write the report to ``path`` (atomically); return the path."""
    write_text(path, render_html(findings, meta))
    return Path(path)

