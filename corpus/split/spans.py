"""Span helpers shared by the splitters: cut points → trimmed spans, bracket and quote state.

A span is a ``(start, end)`` pair of character offsets into the paragraph (``text[start:end]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Span = tuple[int, int]

#: A sentence needs at least one letter, digit or Han character; anything else is glued on.
_WORDY = re.compile(r"[^\W_]")
_NEWLINES = re.compile(r"[^\n]+")
#: Longest sentence prefix in which an unclosed bracket still blocks a break (a stray "(" must
#: not swallow a whole paragraph).
MAX_BRACKET_SPAN = 300
#: Quotes are paired within this many characters before an end mark (keeps long runs linear).
MAX_QUOTE_SPAN = 2000


def spans_from_cuts(text: str, cuts: Iterable[int]) -> list[Span]:
    """Spans between increasing cut offsets, whitespace-trimmed, empty ones dropped.

    Spans without any letter, digit or Han character (a stray ``...``, ``——``, an emoji) are
    merged into the previous span (into the next one when first), so every sentence has content
    and every non-space character of ``text`` stays covered.
    """
    spans: list[Span] = []
    prev = 0
    for cut in (*cuts, len(text)):
        piece = text[prev:cut]
        core = piece.lstrip()
        if core:
            start = prev + len(piece) - len(core)
            spans.append((start, start + len(core.rstrip())))
        prev = cut
    return merge_contentless(text, spans)


def merge_contentless(text: str, spans: list[Span]) -> list[Span]:
    """Glue spans without letters, digits or Han characters onto a neighbour (previous first)."""
    out: list[Span] = []
    pending = -1  # start of content-less spans waiting for a following sentence
    for start, end in spans:
        if _WORDY.search(text, start, end):
            out.append((start if pending < 0 else pending, end))
            pending = -1
        elif out:
            out[-1] = (out[-1][0], end)
        elif pending < 0:
            pending = start
    if pending >= 0:
        out.append((pending, spans[-1][1]))
    return out


def bracket_blocks(text: str, start: int, end: int, pairs: tuple[tuple[str, str], ...],
                   openers: re.Pattern[str]) -> bool:
    """True when ``text[start:end]`` (a sentence so far) leaves a bracket of ``pairs`` open.

    Only sentences shorter than ``MAX_BRACKET_SPAN`` are checked.
    """
    if end - start > MAX_BRACKET_SPAN or not openers.search(text, start, end):
        return False
    return any(text.count(o, start, end) > text.count(c, start, end) for o, c in pairs)


def quote_aware_end(text: str, run_end: int, close_end: int, start: int) -> int:
    """End of a sentence whose closing marks are ``text[run_end:close_end]``.

    A straight double quote after the end mark closes the sentence only if one is open in
    ``text[start:run_end]`` (its last ``MAX_QUOTE_SPAN`` characters); otherwise it opens the
    next sentence and is left to it.
    """
    closers = text[run_end:close_end]
    first = closers.find('"')
    if first < 0:
        return close_end
    if text.count('"', max(start, run_end - MAX_QUOTE_SPAN), run_end) % 2 == 0:
        return run_end + first
    second = closers.find('"', first + 1)
    return close_end if second < 0 else run_end + second


def split_by_lines(split: Callable[[str], list[Span]], text: str) -> list[Span]:
    """Apply ``split`` to each line of ``text`` separately (newlines are hard breaks).

    Lines without content (``——``, ``...``) are glued onto a neighbouring sentence.
    """
    out: list[Span] = []
    for m in _NEWLINES.finditer(text):
        base = m.start()
        out.extend((base + s, base + e) for s, e in split(m.group()))
    return merge_contentless(text, out)
