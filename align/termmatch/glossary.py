"""Glossary-aware term occurrences: which concepts a row mentions, in which form and status.

``GlossaryMatcher`` is built once per run (checks keep it in ``CheckInput.resources``) from a
``corpus.glossary.Glossary``: every Chinese form (preferred, admitted, deprecated/superseded) is
looked for on jieba token boundaries (``zh``), every English form (preferred, admitted and
rejected English forms alike: they all name the concept) by lemma families (``en``).
``load_glossary`` turns what a user gives (a glossary, a file, nothing) into that glossary, for
the checks and the term-list aligner alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from align.termmatch.en import EnFormIndex, EnMatch, Word
from align.termmatch.zh import Tokenize, ZhFormIndex, ZhMatch, find_in_text

if TYPE_CHECKING:
    from corpus.glossary.model import Concept, Glossary

#: Chinese term statuses, from best to worst; "forbidden" stands for deprecated and superseded.
ZH_STATUS = {"preferred": "preferred", "admitted": "admitted", "deprecated": "forbidden",
             "superseded": "forbidden"}
STATUS_RANK = {"preferred": 0, "admitted": 1, "forbidden": 2}


def load_glossary(glossary: Glossary | str | Path | None = None) -> Glossary:
    """A glossary object: ``glossary`` itself, the file it names, or the bundled domain glossary."""
    from corpus.glossary import Glossary, domain_glossary_path, read_glossary

    if isinstance(glossary, Glossary):
        return glossary
    return read_glossary(domain_glossary_path() if glossary is None else glossary)


@dataclass(frozen=True, slots=True)
class FormUse:
    """A Chinese form as a term of one concept: concept index and status."""

    concept: int
    status: str  # preferred | admitted | forbidden


@dataclass(frozen=True, slots=True)
class ZhHit:
    """A Chinese occurrence and every concept the form belongs to."""

    match: ZhMatch
    uses: tuple[FormUse, ...]

    @property
    def span(self) -> tuple[int, int]:
        return (self.match.start, self.match.end)


@dataclass(frozen=True, slots=True)
class EnHit:
    """An English occurrence and the concepts the form names."""

    match: EnMatch
    concepts: tuple[int, ...]

    @property
    def span(self) -> tuple[int, int]:
        return (self.match.start, self.match.end)


class GlossaryMatcher:
    """Finds glossary terms in Chinese and English text.

    Args:
        glossary: the glossary.
        tokenize: Chinese segmenter (default: ``default_tokenize(glossary)``, jieba with every
            Chinese form of the glossary as a word).
    """

    def __init__(self, glossary: Glossary, tokenize: Tokenize | None = None):
        self.glossary = glossary
        self.concepts: tuple[Concept, ...] = tuple(glossary.concepts)
        self.zh_uses: dict[str, tuple[FormUse, ...]] = _zh_uses(self.concepts)
        self.en_concepts: dict[str, tuple[int, ...]] = _en_concepts(self.concepts)
        self.zh_index = ZhFormIndex(self.zh_uses)
        self.en_index = EnFormIndex(self.en_concepts)
        self._tokenize = tokenize

    @property
    def tokenize(self) -> Tokenize:
        """The Chinese segmenter (built on first use)."""
        if self._tokenize is None:
            self._tokenize = default_tokenize(self.zh_uses)
        return self._tokenize

    def zh(self, text: str, tokens: Sequence[str] | None = None) -> list[ZhHit]:
        """Glossary forms occurring in Chinese ``text`` (``tokens``: its segmentation, if known)."""
        if not len(self.zh_index):
            return []
        matches = find_in_text(text, self.zh_index, lambda s: self.tokenize(s), tokens)
        return [ZhHit(m, self.zh_uses[m.form]) for m in matches]

    def en(self, text: str, text_words: Sequence[Word] | None = None) -> list[EnHit]:
        """Glossary terms occurring in English ``text`` (``text_words``: its words, if known)."""
        return [EnHit(m, self.en_concepts[m.form])
                for m in self.en_index.find(text, text_words)]

    def acceptable(self, concept: int) -> tuple[str, ...]:
        """Preferred, then admitted Chinese forms of a concept."""
        c = self.concepts[concept]
        return tuple(dict.fromkeys(f for f in (c.zh, *c.zh_variants) if f))


def _zh_uses(concepts: Sequence[Concept]) -> dict[str, tuple[FormUse, ...]]:
    uses: dict[str, dict[int, str]] = {}
    for i, c in enumerate(concepts):
        for term in c.terms:
            if term.lang != "zh" or not term.text.strip():
                continue
            status = ZH_STATUS.get(term.status, "admitted")
            known = uses.setdefault(term.text.strip(), {})
            if i not in known or STATUS_RANK[status] < STATUS_RANK[known[i]]:
                known[i] = status
    return {f: tuple(FormUse(i, s) for i, s in d.items()) for f, d in uses.items()}


def _en_concepts(concepts: Sequence[Concept]) -> dict[str, tuple[int, ...]]:
    found: dict[str, dict[int, None]] = {}
    for i, c in enumerate(concepts):
        for term in c.terms:
            if term.lang == "en" and term.text.strip():
                found.setdefault(term.text.strip(), {})[i] = None
    return {f: tuple(d) for f, d in found.items()}


def default_tokenize(forms: Sequence[str] | dict[str, object]) -> Tokenize:
    """jieba with the domain lexicon, plus any of ``forms`` it does not hold as words."""
    from corpus.tokenize import tokenizer_for

    base = tokenizer_for("zh")
    lexicon = getattr(base, "lexicon", None)
    if lexicon is None:
        return base.tokenize
    known = set(lexicon.glossary_words) | {e.word for e in lexicon.phrases}
    known |= {e.word for e in lexicon.user_entries}
    missing = tuple(sorted(f for f in forms if f not in known))
    if not missing:
        return base.tokenize
    from corpus.tokenize.jieba_zh import JiebaTokenizer

    return JiebaTokenizer(user_words=missing).tokenize
