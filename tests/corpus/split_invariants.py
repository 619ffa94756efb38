"""Shared checks for sentence-splitter tests: the span contract every splitter must keep."""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]


def sentences(text: str, spans: Sequence[Span]) -> list[str]:
    """The sentence texts of ``spans``."""
    return [text[s:e] for s, e in spans]


def assert_valid_spans(text: str, spans: Sequence[Span]) -> None:
    """Spans are in order, non-overlapping, non-empty, trimmed and cover every non-space char."""
    prev = 0
    for start, end in spans:
        assert prev <= start < end <= len(text), (prev, start, end)
        assert not text[start].isspace() and not text[end - 1].isspace(), text[start:end]
        gap = text[prev:start]
        assert gap.strip() == "", f"characters lost between sentences: {gap!r}"
        prev = end
    assert text[prev:].strip() == "", f"characters lost at the end: {text[prev:]!r}"
