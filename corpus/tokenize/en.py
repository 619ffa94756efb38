"""English (and other Latin-script) tokens and lookup lemmas without a trained model.

Tokens come from the rule-based tokenizer of ``spacy.blank(lang)``; lemmas from the lookup table
of ``spacy-lookups-data`` (installed package data: works offline; ``corpus.tokenize.lemma_table``). There is no POS model: the
tags of ``tokenize_with_pos`` are coarse lexical classes (``PUNCT``, ``NUM``, ``SYM``, ``X``).
spaCy is imported on first use (a few seconds), never at import time.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from corpus.signature import package_version
from corpus.tokenize.lemma_table import lemma_table


class SpacyLookupTokenizer:
    """Tokens (``spacy.blank(lang)``) and lookup lemmas for ``lang`` (``en``, ``de``, ``fr``...)."""

    name = "spacy-lookup"

    def __init__(self, lang: str = "en"):
        self.lang = lang
        self._nlp: Any = None
        self._lemma_table: Any = None
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (SpacyLookupTokenizer, (self.lang,))

    def initialize(self) -> SpacyLookupTokenizer:
        """Load the tokenizer and the lemma table (idempotent, thread-safe)."""
        with self._lock:
            if self._nlp is None:
                import spacy

                self._lemma_table = lemma_table(self.lang)
                self._nlp = spacy.blank(self.lang)
        return self

    def signature(self) -> str:
        """E.g. ``spacy-3.8.18-en+lookups-1.0.5``."""
        return (
            f"spacy-{package_version('spacy')}-{self.lang}"
            f"+lookups-{package_version('spacy-lookups-data')}"
        )

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text`` (spaCy's rules for the language); whitespace tokens are dropped."""
        return [t.text for t in self._doc(text) if not t.is_space]

    def tokenize_with_pos(self, text: str) -> list[tuple[str, str]]:
        """``(token, class)`` pairs: ``PUNCT``, ``NUM`` (number-like), ``SYM`` (currency) or ``X``."""
        return [(t.text, _coarse_class(t)) for t in self._doc(text) if not t.is_space]

    def lemmas(self, tokens: str | Sequence[str]) -> list[str]:
        """Lookup lemma of each token (``weapons`` → ``weapon``, ``deterred`` → ``deter``).

        Args:
            tokens: a text (tokenized first) or a token list; one lemma per token.
        """
        words = self.tokenize(tokens) if isinstance(tokens, str) else list(tokens)
        return [self.lemma(w) for w in words]

    def lemma(self, word: str) -> str:
        """Lookup lemma of one word; tried as is, then lower-cased (``Weapons`` → ``weapon``),
        else the word itself."""
        self.initialize()
        found = self._lemma_table.get(word)
        if found is None and word != word.lower():
            found = self._lemma_table.get(word.lower())
        return found if found is not None else word

    def _doc(self, text: str) -> Any:
        self.initialize()
        return self._nlp.make_doc(text)


class EnglishTokenizer(SpacyLookupTokenizer):
    """English: ``spacy.blank("en")`` tokens and the English lemma lookup table."""

    name = "en"

    def __init__(self) -> None:
        super().__init__("en")

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (EnglishTokenizer, ())


def _coarse_class(token: Any) -> str:
    if token.is_punct:
        return "PUNCT"
    if token.like_num:
        return "NUM"
    return "SYM" if token.is_currency else "X"
