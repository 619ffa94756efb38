"""Tokenizer contract: what the pipeline, checks and aligners may rely on."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Tokenizer(Protocol):
    """Splits text of one language into words.

    Implementations load heavy resources lazily (``initialize()`` or first use), pickle by
    configuration (a worker process rebuilds them), and return tokens that are substrings of the
    input in order, whitespace tokens dropped.
    """

    name: str
    lang: str

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text``."""
        ...

    def tokenize_with_pos(self, text: str) -> list[tuple[str, str]]:
        """``(token, tag)`` pairs; the tokens are those of ``tokenize``."""
        ...

    def initialize(self) -> object:
        """Load heavy resources now (idempotent); returns the tokenizer."""
        ...

    def signature(self) -> str:
        """Short description for run signatures, e.g. ``jieba-0.42.1+deterrence.1a2b3c4d``."""
        ...
