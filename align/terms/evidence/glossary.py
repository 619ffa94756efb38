"""Glossary evidence: the term (or its lemma family) is a glossary concept whose Chinese form
occurs in the document.

A concept matches when one of its English terms (preferred, admitted, deprecated) equals the
term ignoring case, or has the same lemma-family key word by word (``tactical nuclear weapons``
= ``tactical nuclear weapon``). Every Chinese form of the concept that is a candidate of the
document scores ``FORM_SCORE``, forbidden forms included — the document's form is reported
even when the glossary forbids it (常规威慑 for "general deterrence"; ``is_forbidden`` tells).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path

from align.termmatch.glossary import load_glossary
from align.terms.candidates import CandidateIndex
from align.terms.evidence.base import Scores
from align.terms.query import TermQuery, term_key
from corpus.glossary.model import Concept, Glossary

FORM_SCORE = 1.0
_TITLE_MARKS = "《》〈〉"


class GlossaryEvidence:
    """Scores the document forms of glossary concepts matching the term.

    Args:
        glossary: a ``Glossary``, a glossary file, or None for the domain glossary.
    """

    name = "glossary"

    def __init__(self, glossary: Glossary | str | Path | None = None):
        self.glossary = load_glossary(glossary)
        self._by_key: dict[tuple[str, ...], list[Concept]] = defaultdict(list)
        for concept in self.glossary:
            for en in concept.forms("en"):
                self._by_key[term_key(en)].append(concept)

    def signature(self) -> str:
        """Short description for run signatures."""
        return f"glossary:{self.glossary.name or 'custom'}/{len(self.glossary)}"

    def concepts(self, query: TermQuery) -> list[Concept]:
        """Concepts whose English terms match ``query`` (exact first, then by family key)."""
        found = list(self.glossary.find(query.text, "en"))
        for concept in self._by_key.get(query.key, ()):
            if concept not in found:
                found.append(concept)
        return found

    def is_forbidden(self, query: TermQuery, form: str) -> bool:
        """True when ``form`` is a forbidden Chinese form of a concept matching ``query``."""
        return any(form in c.zh_forbidden for c in self.concepts(query))

    def scores(self, queries: Sequence[TermQuery], index: CandidateIndex,
               pool: Sequence[Collection[int]] | None = None) -> list[Scores]:
        return [self._score(q, index) for q in queries]

    def _score(self, query: TermQuery, index: CandidateIndex) -> Scores:
        out: Scores = {}
        for concept in self.concepts(query):
            for form in concept.forms("zh"):
                cid = index.id(form.strip(_TITLE_MARKS).strip())
                if cid is not None:
                    out[cid] = FORM_SCORE
        return out
