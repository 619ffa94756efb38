"""JSON report: a list of objects, one per finding.

Keys: ``row`` (0-based data row of the pair file, or sentence index in monolingual mode),
``check``, ``severity`` (``error|warning|info``), ``zh``, ``en``, ``message`` (the contract), plus
``rule``, ``zh_spans`` / ``en_spans`` (lists of ``[start, end]`` character offsets) and
``fingerprint`` (for suppression files).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from align.check.suppress import fingerprint
from corpus.io import write_text
from corpus.types import Finding


def finding_object(f: Finding) -> dict[str, object]:
    """One finding as a JSON-ready dict (keys in the order of the TSV report's columns)."""
    return {"row": f.row, "check": f.check, "severity": f.severity, "zh": f.zh, "en": f.en,
            "message": f.message, "rule": f.rule,
            "zh_spans": [[s, e] for s, e in f.zh_spans],
            "en_spans": [[s, e] for s, e in f.en_spans], "fingerprint": fingerprint(f)}


def findings_json(findings: Sequence[Finding]) -> str:
    """The report text: a JSON list, UTF-8 characters kept, one finding per line block."""
    return json.dumps([finding_object(f) for f in findings], ensure_ascii=False, indent=1) + "\n"


def write_json(path: str | Path, findings: Sequence[Finding]) -> Path:
    """Write the JSON report to ``path`` (atomically); return the path."""
    write_text(path, findings_json(findings))
    return Path(path)
