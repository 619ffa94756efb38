"""Candidate extractors: the contract between a language's linguistic filter and the counter.

An extractor turns tokenized sentences into *runs*: stretches of one sentence between boundaries
(punctuation, function/stop words, numbers...), written as tuples of *units*, the keys terms
are counted and nested by (Chinese: sub-words, so 核武器 = 核|武器 sits inside 战术核武器 =
战术|核|武器; English: lower-cased lemmas, so "nuclear weapons" = nuclear|weapon). A run also
lists the unit spans that match the language's term pattern: every candidate is the key of at
least one such span, and is then counted wherever its units occur inside any run ending on a
unit that may end a term (``ends``; English: a head word, so the verb in "has tested" does not
count for the lemma of "nuclear test"; Chinese: any sub-word of a head token).
Extractors are registered by language code in ``EXTRACTORS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from corpus.registry import Registry
from corpus.types import Segment


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of sentence ``segment`` that may hold terms.

    Attributes:
        segment: index of the sentence in the sequence given to the extractor.
        units: counting keys, in text order.
        surfaces: the text of each unit as written (same length as ``units``).
        spans: ``(start, end)`` unit ranges matching the term pattern.
        ends: per unit, whether an occurrence of a candidate may end there.
    """

    segment: int
    units: tuple[str, ...]
    surfaces: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    ends: tuple[bool, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    """An extractor's output: the runs of all sentences and the number of words they have."""

    runs: tuple[Run, ...]
    words: int


@runtime_checkable
class CandidateExtractor(Protocol):
    """Finds term candidates in tokenized sentences of one language.

    ``joiner`` joins unit surfaces for display (``""`` for Chinese, ``" "`` for English).
    Segments without tokens (or POS tags, where needed) are tokenized by the extractor.
    """

    lang: str
    joiner: str

    def extract(self, segments: Sequence[Segment]) -> Extraction: ...

    def signature(self) -> str: ...


EXTRACTORS: Registry[Callable[[], CandidateExtractor]] = Registry("term candidate extractor")
EXTRACTORS.register("zh", "align.terms.candidates_zh:ChineseCandidates")
EXTRACTORS.register("en", "align.terms.candidates_en:EnglishCandidates")


def pattern_spans(roles: Sequence[str], max_tokens: int, min_single: Sequence[bool]
                  ) -> list[tuple[int, int]]:
    """Token spans of a run that form a candidate: 1..``max_tokens`` tokens ending on a head.

    Args:
        roles: per token ``"head"`` (may end a term) or ``"mod"`` (may only precede a head).
        max_tokens: longest candidate in tokens.
        min_single: per token, whether it may be a one-token candidate on its own.
    """
    spans = []
    for start in range(len(roles)):
        for end in range(start + 1, min(start + max_tokens, len(roles)) + 1):
            if roles[end - 1] == "head" and (end - start > 1 or min_single[start]):
                spans.append((start, end))
    return spans
