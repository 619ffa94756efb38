"""Named registry of checks (ids are stable: they appear in reports and suppression files)."""

from __future__ import annotations

from corpus.registry import Registry

CHECKS: Registry[type] = Registry("check")
for _id, _target in {
    "number-mismatch": "align.check.numbers:NumberMismatch",
    "untranslated": "align.check.untranslated:Untranslated",
    "length-ratio": "align.check.length:LengthRatio",
    "typography": "align.check.typography:Typography",
    "name-mismatch": "align.check.names:NameMismatch",
    "term-missing": "align.check.terms:TermMissing",
    "term-forbidden": "align.check.terms:TermForbidden",
    "term-variant": "align.check.terms:TermVariant",
    "term-inconsistent": "align.check.terms_consistency:TermInconsistent",
    "term-ambiguous": "align.check.terms_consistency:TermAmbiguous",
}.items():
    CHECKS.register(_id, _target)
