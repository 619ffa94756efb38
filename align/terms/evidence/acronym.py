"""Acronym evidence: IAEA → International Atomic Energy Agency → 国际原子能机构.

For an all-capitals term the source scores candidates that are CC-CEDICT headwords whose glosses

- name the acronym itself (``International Atomic Energy Agency (IAEA)``): ``LITERAL``;
- spell it with the initials of a gloss phrase (``Republic of Korea`` → ROK): ``INITIALS``;
- spell it loosely: the acronym's letters in order, the first one starting the phrase and every
  content word giving at least its first letter (``demilitarized zone`` → DMZ): ``LOOSE``.

With a glossary, the acronym's expansions (concepts listing it as an English variant) are also
looked up compositionally in the dictionary (their full-coverage candidates score ``EXPANDED``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any

from align.dictionary.english import is_stop_word
from align.terms.candidates import CandidateIndex
from align.terms.evidence.base import Scores
from align.terms.query import TermQuery, make_query

LITERAL, INITIALS, LOOSE, EXPANDED = 1.0, 0.95, 0.85, 0.9
_UPPER = re.compile(r"\b[A-Z][A-Z0-9&]{1,7}\b")
_PHRASE_SPLIT = re.compile(r"[();,]")
_WORD = re.compile(r"[A-Za-z]+")


def phrase_initials(phrase: str) -> tuple[str, str]:
    """Initials of all words and of content words: ``Republic of Korea`` → ``("ROK", "RK")``."""
    ws = _WORD.findall(phrase)
    every = "".join(w[0] for w in ws).upper()
    content = "".join(w[0] for w in ws if not is_stop_word(w.lower())).upper()
    return every, content


def loose_match(acronym: str, phrase: str) -> bool:
    """True when ``acronym`` spells ``phrase`` loosely (DMZ ↔ demilitarized zone)."""
    ws = [w.lower() for w in _WORD.findall(phrase) if not is_stop_word(w.lower())]
    letters = acronym.lower()
    if not ws or len(ws) > len(letters) or letters[0] != ws[0][0]:
        return False
    return _spell(letters, ws, 0, 0)


def _spell(letters: str, ws: list[str], li: int, wi: int) -> bool:
    """Letters ``li:`` from words ``wi:``: each word starts with the next letter, then may give
    more letters from inside itself."""
    if wi == len(ws):
        return li == len(letters)
    word = ws[wi]
    if li >= len(letters) or letters[li] != word[0]:
        return False
    li, pos = li + 1, 1
    while True:
        if _spell(letters, ws, li, wi + 1):
            return True
        if li >= len(letters):
            return False
        at = word.find(letters[li], pos)
        if at < 0:
            return False
        li, pos = li + 1, at + 1


class AcronymEvidence:
    """Scores CC-CEDICT headword candidates (and glossary expansions) for acronym terms.

    Args:
        cedict: a loaded ``Cedict`` (default: the packaged one).
        glossary: a ``Glossary`` whose English variants expand acronyms (None: no expansion).
        dictionary: the ``DictionaryEvidence`` used for expansions (default: a new one).
    """

    name = "acronym"

    def __init__(self, cedict: Any = None, glossary: Any = None, dictionary: Any = None):
        from align.terms.evidence.dictionary import DictionaryEvidence

        self.dictionary = dictionary or DictionaryEvidence(cedict)
        self.glossary = glossary

    def signature(self) -> str:
        """Short description for run signatures."""
        return "acronym" + ("+glossary" if self.glossary is not None else "")

    def scores(self, queries: Sequence[TermQuery], index: CandidateIndex,
               pool: Sequence[Collection[int]] | None = None) -> list[Scores]:
        if not any(q.is_acronym for q in queries):
            return [{} for _ in queries]
        phrases = self._headword_phrases(index)
        return [self._score(q, phrases, index) if q.is_acronym else {} for q in queries]

    def _headword_phrases(self, index: CandidateIndex) -> dict[str, list[tuple[int, str]]]:
        """First letter (upper) → ``(candidate id, gloss phrase)`` over headword candidates."""
        cedict = self.dictionary.cedict
        out: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for cid in range(len(index)):
            for gloss in cedict.glosses(index.text_of(cid)):
                for phrase in _PHRASE_SPLIT.split(gloss):
                    phrase = phrase.strip()
                    if phrase[:1].isalpha():
                        out[phrase[0].upper()].append((cid, phrase))
        return out

    def _score(self, query: TermQuery, phrases: dict[str, list[tuple[int, str]]],
               index: CandidateIndex) -> Scores:
        acro = query.acronym
        out: Scores = {}
        for cid, phrase in phrases.get(acro[0], ()):
            if acro in _UPPER.findall(phrase):
                s = LITERAL
            elif acro in phrase_initials(phrase):
                s = INITIALS
            elif loose_match(acro, phrase):
                s = LOOSE
            else:
                continue
            out[cid] = max(out.get(cid, 0.0), s)
        for cid, s in self._expanded(query, index).items():
            out[cid] = max(out.get(cid, 0.0), s)
        return out

    def _expanded(self, query: TermQuery, index: CandidateIndex) -> Scores:
        if self.glossary is None:
            return {}
        expansions = {en for c in self.glossary.find(query.acronym, "en")
                      for en in c.forms("en") if en != query.acronym and not en.isupper()}
        out: Scores = {}
        if not expansions:
            return out
        exp_queries = [make_query(en) for en in sorted(expansions)]
        for scores in self.dictionary.scores(exp_queries, index):
            for cid, s in scores.items():
                if s >= 0.999:
                    out[cid] = EXPANDED
        return out
