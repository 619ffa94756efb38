"""Rule-based cleaning of WeChat/markdown noise: ``RawText`` → ``Document``.

``clean(raw, lang=...)`` runs the rules of ``corpus.clean.rules.RULES`` in order over a
``TrackedText`` (so ``Document.source_map`` maps cleaned characters to source lines);
``clean_with_report`` also returns what was removed.
"""

from __future__ import annotations

from .base import CleanReport, Notes, Removal, Rule
from .pipeline import clean, clean_with_report, looks_like_markdown
from .rules import RULE_BY_NAME, RULES, rules_for

__all__ = [
    "RULES",
    "RULE_BY_NAME",
    "CleanReport",
    "Notes",
    "Removal",
    "Rule",
    "clean",
    "clean_with_report",
    "looks_like_markdown",
    "rules_for",
]
