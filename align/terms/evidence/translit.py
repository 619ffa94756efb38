"""Transliteration evidence: a name's English spelling against the pinyin of Chinese spans.

Uses ``align.translit.TranslitIndex`` (pypinyin-based sound skeletons plus a table of known
names): 戈尔巴乔夫 ↔ Gorbachev, 罗里格 ↔ Roehrig, 平壤 ↔ Pyongyang. Only terms that look like
names (a capitalised word, not an acronym) are searched. A match that is not a candidate (jieba
glued the name to the next word: 以撒生) is added as one when it scores at least ``SPAN_MIN`` and
cuts no dictionary word (``is_word``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from align.terms.candidates import CandidateIndex
from align.terms.evidence.base import Scores
from align.terms.query import TermQuery

if TYPE_CHECKING:
    from align.translit import TranslitIndex

SPAN_MIN = 0.8


class TranslitEvidence:
    """Scores candidates that transliterate the term (``TranslitIndex.find`` scores).

    Args:
        min_score: least match score kept.
        is_word: tokens a new span may not cut (e.g. ``DictionaryEvidence.is_word``).
    """

    name = "translit"

    def __init__(self, min_score: float = 0.5, is_word: Callable[[str], bool] | None = None):
        self.min_score = min_score
        self.is_word = is_word

    def signature(self) -> str:
        """Short description for run signatures."""
        return "translit"

    def scores(self, queries: Sequence[TermQuery], index: CandidateIndex,
               pool: Sequence[Collection[int]] | None = None) -> list[Scores]:
        if not any(q.is_name for q in queries):
            return [{} for _ in queries]
        from align.translit import TranslitIndex

        tindex = TranslitIndex(index.text)
        return [self._score(q, tindex, index) if q.is_name else {} for q in queries]

    def _score(self, query: TermQuery, tindex: TranslitIndex, index: CandidateIndex
               ) -> Scores:
        out: Scores = {}
        for match in tindex.find(query.text, min_score=self.min_score):
            cid = index.id(match.text)
            if cid is None and match.score >= SPAN_MIN:
                cid = index.add_span(match.text, self.is_word)
            if cid is not None:
                out[cid] = max(out.get(cid, 0.0), min(1.0, float(match.score)))
        return out
