"""What a report says about the run besides the findings: input, signature, checks, counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from align.check.runner import CheckResult


@dataclass(frozen=True)
class ReportMeta:
    """Context of a check run, shown in the HTML report (and the TSV signature line).

    Attributes:
        title: page title.
        source: the checked input, as the user named it.
        signature: run signature of the check run.
        input_signature: signature recorded in the input (segmentation/alignment), "" if none.
        rows: number of rows checked.
        monolingual: True when only Chinese text was checked.
        checks: ids of the checks that ran (shown with their counts, zero included).
        descriptions: check id → one-line description.
        suppressed: number of findings left out by the suppression file.
        labels: per-row location labels (``"line 12"``), indexed by row; may be shorter.
        kinds: per-row kinds (``"heading"``...), indexed by row; may be shorter.
    """

    title: str = "zhenkit check"
    source: str = ""
    signature: str = ""
    input_signature: str = ""
    rows: int = 0
    monolingual: bool = False
    checks: tuple[str, ...] = ()
    descriptions: Mapping[str, str] = field(default_factory=dict)
    suppressed: int = 0
    labels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    def label(self, row: int) -> str:
        """Location label of ``row`` ("" when unknown)."""
        return self.labels[row] if 0 <= row < len(self.labels) else ""

    def kind(self, row: int) -> str:
        """Kind of ``row`` ("" when unknown)."""
        return self.kinds[row] if 0 <= row < len(self.kinds) else ""


def meta_for(result: CheckResult, title: str = "") -> ReportMeta:
    """Report context of a ``CheckResult``."""
    from align.check.runner import describe_checks

    rows = result.rows
    return ReportMeta(
        title=title or f"zhenkit check: {rows.source}",
        source=rows.source, signature=result.signature, input_signature=rows.signature,
        rows=len(rows), monolingual=rows.monolingual, checks=result.checks,
        descriptions=describe_checks(result.checks), suppressed=len(result.suppressed),
        labels=rows.labels, kinds=rows.kinds,
    )
