"""Check contract (OpusFilter's split): ``score`` observes, ``accept`` decides by threshold.

A check scores every row of a ``CheckInput`` into ``Evidence`` (a number plus the spans and the
message that explain it); ``accept`` compares the number with the check's threshold; every evidence
not accepted becomes a ``Finding``. Thresholds can be tuned after scoring without rescoring.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from corpus.types import Finding, Severity

Direction = Literal["high", "low"]  # "high": values above threshold are bad; "low": below
#: Severities, most severe first, and their rank (0 = error) for sorting and thresholds.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_ORDER: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A scored observation on one row."""

    row: int
    value: float
    message: str
    zh_spans: tuple[tuple[int, int], ...] = ()
    en_spans: tuple[tuple[int, int], ...] = ()
    rule: str = ""
    severity: Severity | None = None  # overrides the check's default severity


@dataclass(frozen=True)
class CheckInput:
    """What checks look at: rows of (zh, en) text (en is "" in monolingual mode).

    ``resources`` carries shared, lazily built helpers (glossary, row tokens, term matcher...)
    keyed by name, so checks do not rebuild them.
    """

    zh: Sequence[str]
    en: Sequence[str]
    monolingual: bool = False
    resources: dict[str, object] = field(default_factory=dict, compare=False)

    def __len__(self) -> int:
        return len(self.zh)

    def en_text(self, row: int) -> str:
        """The English of ``row`` ("" in monolingual mode or when ``en`` has no such row)."""
        return self.en[row] if not self.monolingual and row < len(self.en) else ""


class Check(ABC):
    """A named QA check with a default severity and a threshold."""

    id: ClassVar[str]
    severity: ClassVar[Severity] = "warning"
    direction: ClassVar[Direction] = "high"
    threshold: float = 0.0
    bilingual_only: ClassVar[bool] = False

    @abstractmethod
    def score(self, data: CheckInput) -> Iterable[Evidence]:
        """Observe every row; yield evidence (value, spans, message)."""

    def accept(self, ev: Evidence) -> bool:
        """True when the evidence is within the threshold (no finding)."""
        return ev.value <= self.threshold if self.direction == "high" else ev.value >= self.threshold

    def run(self, data: CheckInput) -> list[Finding]:
        """Score, then decide: one Finding per evidence that is not accepted."""
        if self.bilingual_only and data.monolingual:
            return []
        return [self.finding(data, ev) for ev in self.score(data) if not self.accept(ev)]

    def finding(self, data: CheckInput, ev: Evidence) -> Finding:
        """The Finding of ``ev`` (the row's texts, the check's id and default severity)."""
        return Finding(ev.row, self.id, ev.severity or self.severity, ev.message,
                       data.zh[ev.row], data.en[ev.row] if data.en else "",
                       ev.zh_spans, ev.en_spans, ev.rule)
