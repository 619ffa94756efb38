"""Suppressions: accept a finding once by its fingerprint, so later runs no longer report it.

A fingerprint is a stable hash of what a finding *is*, not of where it sits: the check id, the
rule, the whitespace-normalised Chinese and English texts of the row and the texts of the
highlighted spans. The row number and the message wording are left out, so a fingerprint survives
re-ordered or inserted rows and reworded messages; the same sentence repeated in a document shares
one fingerprint (accepting it once accepts every copy).

File format: UTF-8 text, one 16-hex-digit fingerprint per line; ``#`` starts a comment (to the end
of the line); blank lines are ignored. ``write_suppressions`` adds a comment naming each finding.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from corpus.errors import InputError
from corpus.io import atomic_write, read_utf8_text
from corpus.types import Finding

FINGERPRINT_CHARS = 16
_FINGERPRINT = re.compile(f"[0-9a-f]{{{FINGERPRINT_CHARS}}}")
_SPACE = re.compile(r"\s+")
_FIELD_SEP, _SPAN_SEP = "\x1f", "\x1e"
_HEADER = ("# zhenkit check suppressions: one fingerprint per line; text after '#' is a comment.\n"
           "# A finding whose fingerprint is listed here is not reported again.\n")


def normalise(text: str) -> str:
    """Collapse whitespace runs to one space and strip (nothing else: punctuation is content)."""
    return _SPACE.sub(" ", text).strip()


def fingerprint(finding: Finding) -> str:
    """Stable 16-hex-digit id of ``finding`` (independent of its row and message)."""
    zh_spans = _SPAN_SEP.join(finding.zh[s:e] for s, e in finding.zh_spans)
    en_spans = _SPAN_SEP.join(finding.en[s:e] for s, e in finding.en_spans)
    key = _FIELD_SEP.join((finding.check, finding.rule, normalise(finding.zh),
                           normalise(finding.en), zh_spans, en_spans))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:FINGERPRINT_CHARS]


def read_suppressions(path: str | Path) -> frozenset[str]:
    """Fingerprints listed in a suppression file.

    Raises:
        InputError: the file is missing or unreadable, is not UTF-8 (``read_utf8_text``: byte
            and line named), or a line holds something other than one fingerprint (named with its
            line number).
    """
    if not Path(path).exists():
        raise InputError(path, "no such suppression file")
    text = read_utf8_text(path, "suppression file")
    found: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        token = line.split("#", 1)[0].strip().lower()
        if not token:
            continue
        if not _FINGERPRINT.fullmatch(token):
            raise InputError(path, f"not a fingerprint ({FINGERPRINT_CHARS} hex digits): "
                                   f"{token[:40]!r}", number)
        found.add(token)
    return frozenset(found)


def split_suppressed(findings: Iterable[Finding], suppress: frozenset[str] | set[str]
                     ) -> tuple[list[Finding], list[Finding]]:
    """``(kept, suppressed)``: findings whose fingerprint is not / is in ``suppress`` (order kept)."""
    kept: list[Finding] = []
    dropped: list[Finding] = []
    for f in findings:
        (dropped if suppress and fingerprint(f) in suppress else kept).append(f)
    return kept, dropped


def write_suppressions(path: str | Path, findings: Sequence[Finding],
                       keep: Iterable[str] = (), signature: str = "") -> int:
    """Write a suppression file accepting ``findings`` plus the fingerprints in ``keep``.

    Each new fingerprint gets a comment with its check, row and a short excerpt; fingerprints of
    ``keep`` that no current finding has are kept (commented as earlier acceptances).

    Returns:
        The number of distinct fingerprints written.
    """
    lines: dict[str, str] = {}
    for f in findings:
        fp = fingerprint(f)
        if fp not in lines:
            lines[fp] = f"{fp}  # {f.check} row {f.row}: {_excerpt(f)}"
    for fp in sorted(set(keep) - set(lines)):
        lines[fp] = f"{fp}  # accepted earlier"
    with atomic_write(path) as fh:
        fh.write(_HEADER)
        if signature:
            fh.write(f"# {signature}\n")
        for line in lines.values():
            fh.write(line + "\n")
    return len(lines)


def _excerpt(f: Finding, width: int = 40) -> str:
    text = normalise(f.zh or f.en)
    return text if len(text) <= width else text[:width - 1] + "…"
