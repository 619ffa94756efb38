"""Inline evidence: the document itself gives the English term in brackets next to a form.

``特伦斯·罗里格（Terence Roehrig）`` or ``延伸威慑（extended deterrence）``: every candidate that
ends right before the bracket scores ``SUFFIX`` (which one is meant is left to the other
evidence); ``Terence Roehrig（特伦斯·罗里格）``: the bracket's content scores ``CONTENT`` when it is
a candidate. The term must fill the bracket or be its first comma/semicolon-separated item.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from align.terms.candidates import CandidateIndex
from align.terms.evidence.base import Scores
from align.terms.query import TermQuery

SUFFIX, CONTENT = 1.0, 1.0
MAX_FORM_CHARS = 16
_BRACKET = re.compile(r"[（(]([^（）()\n]{1,200})[)）]")
_ITEM_SPLIT = re.compile(r"\s*[,，;；:：、]\s*")


def _norm(text: str) -> str:
    return " ".join(text.replace("-", " ").split()).lower()


class InlineEvidence:
    """Scores forms the document glosses with the English term in brackets."""

    name = "inline"

    def signature(self) -> str:
        """Short description for run signatures."""
        return "inline"

    def scores(self, queries: Sequence[TermQuery], index: CandidateIndex,
               pool: Sequence[Collection[int]] | None = None) -> list[Scores]:
        glossed = self._bracket_items(index.text)
        lower = index.text.lower()
        out: list[Scores] = []
        for q in queries:
            scores: Scores = {}
            if q.text.lower().split(" ")[0] not in lower:
                out.append(scores)
                continue
            for start in glossed.get(_norm(q.text), ()):
                for cid in self._before(index, start):
                    scores[cid] = max(scores.get(cid, 0.0), SUFFIX)
            for cid in self._after(index, q.text):
                scores[cid] = max(scores.get(cid, 0.0), CONTENT)
            out.append(scores)
        return out

    @staticmethod
    def _bracket_items(text: str) -> dict[str, list[int]]:
        """Normalised content (and first item) of each bracket → the bracket's start offsets."""
        found: dict[str, list[int]] = {}
        for m in _BRACKET.finditer(text):
            content = m.group(1).strip()
            for key in {_norm(content), _norm(_ITEM_SPLIT.split(content)[0])}:
                found.setdefault(key, []).append(m.start())
        return found

    @staticmethod
    def _before(index: CandidateIndex, start: int) -> list[int]:
        head = index.text[max(0, start - MAX_FORM_CHARS):start].rstrip()
        ids = (index.id(head[-k:]) for k in range(1, len(head) + 1))
        return [cid for cid in ids if cid is not None]

    @staticmethod
    def _after(index: CandidateIndex, term: str) -> list[int]:
        """Bracketed forms right after the term itself: ``Roehrig（罗里格）``."""
        words = [re.escape(w) for w in term.replace("-", " ").split()]
        if not words:
            return []
        pattern = r"(?<![A-Za-z])" + r"[\s-]+".join(words) + r"\s*[（(]([^（）()\n]{1,40})[)）]"
        ids = (index.id(m.group(1).strip())
               for m in re.finditer(pattern, index.text, re.IGNORECASE))
        return sorted({cid for cid in ids if cid is not None})
