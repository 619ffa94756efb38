"""Run the registered checks over a ``CheckInput``: shared resources once, findings sorted.

``run_checks`` is the library entry point; ``check_rows`` adds suppressions and the run signature
for a ``CheckRows`` input, ``check_document`` does it for one Chinese document (monolingual mode).

Resources given to every check (``CheckInput.resources``; values already there win):

- ``"glossary"``: a ``corpus.glossary.Glossary`` (default: the bundled domain glossary
  ``corpus/data/glossaries/deterrence.tsv``);
- ``"zh_tokens"`` (``check_rows`` only, when the input was tokenized): the tokens of every row.

Large inputs run their checks in parallel worker processes (fork start method), one family of
checks (same id prefix, e.g. ``term-*``) per task so that work they share is done once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from align.check.base import SEVERITY_ORDER, Check, CheckInput
from align.check.inputs import CheckRows, load_document
from align.check.registry import CHECKS
from align.check.suppress import split_suppressed
from align.termmatch.glossary import load_glossary
from corpus.errors import ConfigError, ZhenkitError
from corpus.types import Finding

if TYPE_CHECKING:
    from corpus.glossary.model import Glossary

#: Inputs with at least this many rows run their checks in worker processes.
PARALLEL_MIN_ROWS = 2000


@dataclass(frozen=True)
class CheckResult:
    """Outcome of checking some rows.

    Attributes:
        rows: what was checked.
        findings: findings not suppressed, sorted by row then severity.
        suppressed: findings dropped because their fingerprint was listed.
        checks: ids of the checks that ran.
        signature: how the findings were made (checks, glossary, input segmentation).
    """

    rows: CheckRows
    findings: list[Finding]
    suppressed: list[Finding] = field(default_factory=list)
    checks: tuple[str, ...] = ()
    signature: str = ""


def finding_order(f: Finding) -> tuple:
    """Sort key: row, severity (error first), check id, then spans and rule for stability."""
    return (f.row, SEVERITY_ORDER.get(f.severity, 9), f.check, f.zh_spans, f.en_spans, f.rule,
            f.message)


def check_ids(names: Sequence[str] | None = None) -> list[str]:
    """Validated check ids, duplicates dropped (all registered checks when ``names`` is None).

    Raises:
        ConfigError: an unknown id (the message lists the valid ones).
    """
    if names is None:
        return CHECKS.names()
    for name in names:
        CHECKS.get(name)
    return list(dict.fromkeys(names))


def prepare_input(data: CheckInput, glossary: Glossary | str | Path | None = None) -> CheckInput:
    """A copy of ``data`` whose resources hold the shared glossary."""
    resources: dict[str, object] = {}
    if "glossary" not in data.resources:
        resources["glossary"] = load_glossary(glossary)
    return CheckInput(data.zh, data.en, data.monolingual, {**resources, **data.resources})


def make_checks(ids: Sequence[str]) -> list[Check]:
    """One instance (default parameters) of each check id."""
    return [CHECKS.get(i)() for i in ids]


def run_checks(data: CheckInput, checks: list[str] | None = None,
               glossary: Glossary | str | Path | None = None,
               suppress: frozenset[str] | set[str] = frozenset(),
               workers: int | None = None) -> list[Finding]:
    """Run checks on ``data`` and return their findings, sorted by row then severity.

    Args:
        data: the rows (``data.resources`` may already hold shared resources).
        checks: check ids (default: every registered check).
        glossary: a Glossary, a glossary file (TSV/CSV/TBX) or None for the domain glossary.
        suppress: fingerprints of accepted findings, left out of the result.
        workers: processes to use (default: all usable cores for large inputs, else 1).
    """
    ids = check_ids(checks)
    prepared = prepare_input(data, glossary)
    instances = make_checks(ids)
    tasks = len(families(ids))
    if workers is None:
        workers = _default_workers(len(prepared), tasks)
    if workers > 1 and tasks > 1:
        found = _run_parallel(prepared, instances, workers)
    else:
        found = [f for check in instances for f in check.run(prepared)]
    kept, _ = split_suppressed(found, suppress)
    return sorted(kept, key=finding_order)


def check_rows(rows: CheckRows, checks: list[str] | None = None,
               glossary: Glossary | str | Path | None = None,
               suppress: frozenset[str] | set[str] = frozenset(),
               workers: int | None = None) -> CheckResult:
    """Check ``rows``: findings, the suppressed ones apart, and the run signature.

    In monolingual mode the bilingual-only checks are left out (and not listed as run).
    """
    ids = [i for i in check_ids(checks)
           if not (rows.monolingual and getattr(CHECKS.get(i), "bilingual_only", False))]
    gloss = load_glossary(glossary)
    data = rows.to_input()
    data.resources["glossary"] = gloss
    found = run_checks(data, ids, workers=workers)
    kept, dropped = split_suppressed(found, suppress)
    return CheckResult(rows, kept, dropped, tuple(ids), check_signature(ids, gloss))


def check_document(path: str | Path, checks: list[str] | None = None,
                   glossary: Glossary | str | Path | None = None,
                   suppress: frozenset[str] | set[str] = frozenset()) -> CheckResult:
    """Monolingual mode: check one Chinese document, one row per sentence (headings included)."""
    return check_rows(load_document(path), checks, glossary, suppress)


def check_signature(ids: Sequence[str], gloss: Glossary) -> str:
    """Run signature of a check run: version, checks, glossary name (file stem) and size."""
    from corpus.signature import make_signature

    return make_signature(check="+".join(ids), glossary=f"{gloss.name or 'custom'}({len(gloss)})")


def describe_checks(ids: Sequence[str]) -> dict[str, str]:
    """Check id → first line of its class docstring (a one-line description for reports)."""
    out = {}
    for i in ids:
        doc = (CHECKS.get(i).__doc__ or "").strip()
        out[i] = doc.splitlines()[0] if doc else ""
    return out


# -- parallel execution: one check family per task, the input inherited by forked workers ------

_JOB: tuple[CheckInput, list[Check]] | None = None


def families(ids: Sequence[str]) -> list[list[int]]:
    """Indices of ``ids`` grouped by family (the id up to its first ``-``), largest family first.

    Checks of a family share cached work in ``CheckInput.resources`` (the term checks share one
    glossary matching of every row), so a family runs in one worker and computes it once.
    """
    groups: dict[str, list[int]] = {}
    for i, cid in enumerate(ids):
        groups.setdefault(cid.split("-", 1)[0], []).append(i)
    return sorted(groups.values(), key=len, reverse=True)


def _default_workers(rows: int, n_tasks: int) -> int:
    import multiprocessing

    from corpus.pipeline import usable_cores

    if rows < PARALLEL_MIN_ROWS or n_tasks < 2:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # pragma: no cover - non-POSIX
    return min(usable_cores(), n_tasks)


def _run_family(indices: list[int]) -> list[Finding]:
    assert _JOB is not None
    data, checks = _JOB
    try:
        return [f for i in indices for f in checks[i].run(data)]
    except ZhenkitError as exc:  # re-raised as a plain, picklable error
        raise ConfigError(str(exc)) from None


def _run_parallel(data: CheckInput, checks: list[Check], workers: int) -> list[Finding]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _JOB
    _JOB = (data, checks)
    try:
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            parts = list(pool.map(_run_family, families([c.id for c in checks])))
    finally:
        _JOB = None
    return [f for part in parts for f in part]
