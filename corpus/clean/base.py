"""Cleaning rule contract: a named function ``(TrackedText, Notes) -> TrackedText``.

Rules rewrite tracked text (so every kept character remembers its source offset) and write side
results into ``Notes``: metadata they parsed and every span they removed on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from corpus.tracked import TrackedText

Scope = Literal["all", "markdown", "plain"]
RemovalKind = Literal["dropped", "meta"]


@dataclass(frozen=True, slots=True)
class Removal:
    """A block a rule took out of the text.

    Attributes:
        rule: name of the rule that removed it.
        kind: ``"dropped"`` (boilerplate, links, footer) or ``"meta"`` (moved into ``Document.meta``).
        text: the removed text as the rule saw it (earlier rules may have removed markup already).
        start: source offset of its first character.
        end: source offset just past its last character.
        line: 1-based source line of ``start`` (filled in by the pipeline; 0 before).
        end_line: 1-based source line of its last character (0 before the pipeline fills it in).
    """

    rule: str
    kind: RemovalKind
    text: str
    start: int
    end: int
    line: int = 0
    end_line: int = 0


@dataclass(slots=True)
class Notes:
    """Side results collected while rules run: parsed metadata and removals, in order."""

    meta: dict[str, str] = field(default_factory=dict)
    removed: list[Removal] = field(default_factory=list)

    def remove(self, rule: str, kind: RemovalKind, tt: TrackedText, start: int, end: int) -> None:
        """Record that ``rule`` removes ``tt.text[start:end]`` (a non-empty span)."""
        self.removed.append(
            Removal(rule, kind, tt.text[start:end], tt.offsets[start], tt.offsets[end - 1] + 1)
        )

    def set_meta(self, key: str, value: str) -> None:
        """Set ``meta[key]`` unless the value is empty or the key is already set."""
        value = value.strip()
        if value and not self.meta.get(key):
            self.meta[key] = value


RuleFunc = Callable[[TrackedText, Notes], TrackedText]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named cleaning step.

    Attributes:
        name: short snake_case name (shown in reports and used by tests).
        func: the rule itself.
        scope: ``"all"`` inputs, only ``"markdown"`` input (md, or txt that looks like markdown), or
            only ``"plain"`` txt input.
        doc: one line saying what the rule does.
    """

    name: str
    func: RuleFunc
    scope: Scope = "all"
    doc: str = ""

    def __call__(self, text: str | TrackedText, notes: Notes | None = None) -> TrackedText:
        """Apply the rule alone (to a string or tracked text); handy in tests and notebooks."""
        tt = TrackedText.from_source(text) if isinstance(text, str) else text
        return self.func(tt, notes if notes is not None else Notes())


@dataclass(frozen=True, slots=True)
class CleanReport:
    """What cleaning removed, in source order, and which rules ran."""

    removed: tuple[Removal, ...] = ()
    rules: tuple[str, ...] = ()
    markdown: bool = False

    @property
    def dropped(self) -> tuple[Removal, ...]:
        """Removals of noise (boilerplate, link lists, footer)."""
        return tuple(r for r in self.removed if r.kind == "dropped")

    @property
    def moved(self) -> tuple[Removal, ...]:
        """Removals whose content went into ``Document.meta`` instead."""
        return tuple(r for r in self.removed if r.kind == "meta")
