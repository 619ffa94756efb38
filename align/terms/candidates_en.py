"""English term candidates: n-grams of 1-5 words between stop words and punctuation.

Tokens come from the segments (or ``tokenizer_for("en")``); hyphenated words split by the
tokenizer (``second`` ``-`` ``strike``) are joined back when written without spaces. Each token
gets a role from ``WordRoles`` (head / mod / stop); runs are the stretches between stops and a
candidate is any 1-5 token span ending on a head (a one-word candidate needs three letters, or
two for an acronym). Units are the lower-cased lookup lemmas of all words (``Nuclear Weapons``
→ nuclear|weapon; acronyms are kept as written), so inflected forms are counted together and
nesting works on lemmas; the most frequent written form is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from align.terms.base import Extraction, Run, pattern_spans
from align.terms.lexclass_en import WordRoles, is_acronym
from corpus.types import Segment

MAX_TOKENS = 5
_HYPHENS = frozenset({"-", "‐"})


class EnglishCandidates:
    """Stop-word bounded n-gram candidates for English (the ``en`` extractor).

    Args:
        tokenizer: an ``EnglishTokenizer`` (default: ``tokenizer_for("en")``), used for
            untokenized segments and lemmas.
    """

    lang = "en"
    joiner = " "

    def __init__(self, tokenizer: Any = None):
        if tokenizer is None:
            from corpus.tokenize import tokenizer_for

            tokenizer = tokenizer_for("en")
        self._tok = tokenizer
        self._roles = WordRoles()
        self._lemmas: dict[str, str] = {}

    def signature(self) -> str:
        """``en-ngram5`` (the tokenizer's signature is the pipeline's ``seg`` part)."""
        return f"en-ngram{MAX_TOKENS}"

    def extract(self, segments: Sequence[Segment]) -> Extraction:
        """Runs of all ``segments`` and their number of words (tokens with a letter or digit)."""
        runs: list[Run] = []
        words = 0
        for index, seg in enumerate(segments):
            tokens = join_hyphens(seg.text, seg.tokens if seg.tokens is not None
                                  else self._tok.tokenize(seg.text))
            words += sum(1 for t in tokens if any(ch.isalnum() for ch in t))
            runs.extend(self._runs(index, tokens))
        return Extraction(tuple(runs), words)

    def _runs(self, index: int, tokens: Sequence[str]) -> list[Run]:
        runs, current = [], []
        for token in [*tokens, ""]:
            role = self._roles.role(token) if token else "stop"
            if role != "stop":
                current.append((token, role))
            elif current:
                runs.append(self._run(index, current))
                current = []
        return runs

    def _run(self, index: int, tokens: list[tuple[str, str]]) -> Run:
        words = [w for w, _ in tokens]
        single = [len(w) >= 3 or is_acronym(w) for w in words]
        spans = pattern_spans([r for _, r in tokens], MAX_TOKENS, single)
        return Run(index, tuple(self.unit(w) for w in words), tuple(words), tuple(spans),
                   tuple(r == "head" for _, r in tokens))

    def unit(self, word: str) -> str:
        """Counting key of a word: its lower-cased lemma (acronyms as written)."""
        found = self._lemmas.get(word)
        if found is None:
            found = word if is_acronym(word) else self._tok.lemma(word).lower()
            self._lemmas[word] = found
        return found


def join_hyphens(text: str, tokens: Sequence[str]) -> list[str]:
    """Join ``word - word`` token triples that are written without spaces in ``text``.

    Args:
        text: the sentence the tokens come from (tokens are its substrings, in order).
        tokens: the tokenizer's tokens.
    """
    out: list[str] = []
    glued: list[bool] = []  # token starts right where the previous one ended
    at = 0
    for token in tokens:
        found = text.find(token, at)
        glued.append(found == at and found > 0)
        at = found + len(token) if found >= 0 else at
        out.append(token)
    merged: list[str] = []
    i = 0
    while i < len(out):
        if (out[i] in _HYPHENS and merged and i + 1 < len(out) and glued[i] and glued[i + 1]
                and out[i + 1][:1].isalpha() and merged[-1][-1:].isalpha()):
            merged[-1] = f"{merged[-1]}{out[i]}{out[i + 1]}"
            i += 2
            continue
        merged.append(out[i])
        i += 1
    return merged
