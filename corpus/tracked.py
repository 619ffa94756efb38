"""Text that remembers where each character came from.

Cleaning rules rewrite a ``TrackedText`` with regular expressions (``sub``) or span edits
(``splice``); every output character keeps the source offset of the input character it came from.
Replacement text that occurs inside the text it replaces keeps the offsets of that occurrence; any
other inserted character takes the offset of the start of the replaced span. This gives
``Document.source_map`` for free. ``sub`` also works on a plain ``str``, so the cleaning functions
take either type.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import TypeVar

from corpus.types import SourceMap

Replacement = str | Callable[[re.Match[str]], str]
#: ``(start, end, new)``: replace ``text[start:end]`` by ``new`` (``start == end`` inserts).
Edit = tuple[int, int, str]
#: Edits up to this many are applied in a Python loop; more in bulk with numpy.
FEW_EDITS = 64
_BULK_IDENTITY = 100_000


def line_starts(text: str) -> array:
    """Offsets where each line of ``text`` starts (``\\n`` line ends)."""
    starts = array("l", [0])
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


@dataclass(frozen=True, slots=True)
class TrackedText:
    """A string plus, per character, its offset in the original source text."""

    text: str
    offsets: array

    @classmethod
    def from_source(cls, text: str) -> TrackedText:
        """``text`` with offsets ``0..len(text)-1`` (built in bulk for long texts)."""
        return cls(text, _identity(len(text)))

    def sub(self, pattern: re.Pattern[str] | str, repl: Replacement, count: int = 0) -> TrackedText:
        """Like ``re.sub`` but keeping offsets; ``repl`` is a string (taken literally: no group
        references) or a function of the match."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        if isinstance(repl, str) and rx.groups == 0 and not rx.flags & re.VERBOSE:
            return self._sub_literal(rx, repl, count)
        spans: list[int] = []
        found: list[int] = []
        news: list[str] = []

        def record(m: re.Match[str]) -> str:
            new = repl if isinstance(repl, str) else repl(m)
            spans.extend(m.span())
            found.append(m.group().find(new) if new else 0)
            news.append(new)
            return new

        new_text = rx.sub(record, self.text, count)
        if not news:
            return self
        return TrackedText(new_text, self._offsets_after(spans, list(map(len, news)), found))

    def _sub_literal(self, rx: re.Pattern[str], repl: str, count: int) -> TrackedText:
        """Literal replacement with C-level loops: ``split`` keeps the matches, lengths give spans."""
        parts = _splitter(rx).split(self.text, count)
        if len(parts) == 1:
            return self
        matches = parts[1::2]
        ends = list(accumulate(map(len, parts)))[1::2]
        spans = [p for m, end in zip(matches, ends) for p in (end - len(m), end)]
        found = list(map(str.find, matches, repeat(repl))) if repl else [0] * len(matches)
        offsets = self._offsets_after(spans, [len(repl)] * len(matches), found)
        return TrackedText(repl.join(parts[0::2]), offsets)

    def splice(self, edits: Sequence[Edit]) -> TrackedText:
        """Apply ``edits`` (sorted, non-overlapping); inserted characters take the source offset of
        the character at the edit's start."""
        if not edits:
            return self
        pieces: list[str] = []
        last = 0
        for start, end, new in edits:
            pieces += (self.text[last:start], new)
            last = end
        pieces.append(self.text[last:])
        spans = [p for start, end, _ in edits for p in (start, end)]
        sizes = [len(new) for *_, new in edits]
        return TrackedText("".join(pieces), self._offsets_after(spans, sizes, [-1] * len(edits)))

    def _offsets_after(self, spans: Sequence[int], sizes: Sequence[int],
                       found: Sequence[int]) -> array:
        """Offsets after replacing spans (see ``_rebuild_offsets``), looped or in bulk."""
        if len(sizes) > FEW_EDITS:
            return _rebuild_offsets(self.offsets, spans, sizes, found)
        offs = array("l")
        last = 0
        for i, size in enumerate(sizes):
            start, end = spans[2 * i], spans[2 * i + 1]
            offs.extend(self.offsets[last:start])
            if size and found[i] >= 0:
                offs.extend(self.offsets[start + found[i]:start + found[i] + size])
            elif size:
                anchor = self.offsets[start] if start < len(self.offsets) else self._end()
                offs.extend(array("l", [anchor]) * size)
            last = end
        offs.extend(self.offsets[last:])
        return offs

    def _end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0

    def translate(self, table: dict[int, str | int | None]) -> TrackedText:
        """``str.translate`` restricted to 1→1 character maps (offsets unchanged)."""
        new = self.text.translate(table)
        if len(new) != len(self.text):
            raise ValueError("translate table must map characters one to one")
        return TrackedText(new, self.offsets)

    def slice(self, start: int, end: int) -> TrackedText:
        return TrackedText(self.text[start:end], self.offsets[start:end])

    def source_map(self, source_text: str) -> SourceMap:
        return SourceMap(self.offsets, line_starts(source_text))


T = TypeVar("T", str, TrackedText)


def plain(text: str | TrackedText) -> str:
    """The characters of a str or TrackedText."""
    return text.text if isinstance(text, TrackedText) else text


def sub(text: T, rx: re.Pattern[str], repl: Replacement) -> T:
    """``rx.sub`` on a str or a TrackedText (``TrackedText.sub``); ``repl`` strings are literal."""
    if isinstance(text, TrackedText):
        return text.sub(rx, repl)
    if isinstance(repl, str):
        return rx.sub(repl.replace("\\", "\\\\"), text)
    return rx.sub(repl, text)


@lru_cache(maxsize=256)
def _splitter(rx: re.Pattern[str]) -> re.Pattern[str]:
    pattern = re.sub(r"\A\(\?[aiLmsux]+\)", "", rx.pattern)  # inline flags are in rx.flags
    return re.compile(f"({pattern})", rx.flags)


def _identity(n: int) -> array:
    """``array("l", range(n))``, built with numpy for long texts (millions of characters)."""
    if n < _BULK_IDENTITY:
        return array("l", range(n))
    import numpy as np

    return _to_array(np.arange(n), array("l").itemsize)


def _rebuild_offsets(offsets: array, spans: Sequence[int], sizes: Sequence[int],
                    found: Sequence[int]) -> array:
    """Offsets after replacing each span by ``sizes[i]`` characters, vectorised.

    Args:
        offsets: source offsets of the text, shape (n,).
        spans: flat (start0, end0, start1, end1, ...) of the replaced spans, in order, shape (2m,).
        sizes: length of each replacement, shape (m,).
        found: where each replacement occurs inside its replaced text (its characters keep those
            offsets) or a negative number (they all take the offset of the span start), (m,).

    Returns:
        The new offsets, shape (n - sum(end - start) + sum(sizes),).
    """
    import numpy as np

    n = len(offsets)
    src = np.frombuffer(offsets, dtype=f"i{offsets.itemsize}") if n else np.zeros(0, np.int64)
    flat = np.asarray(spans, dtype=np.int64)
    start, end = flat[0::2], flat[1::2]
    cover = np.bincount(start, minlength=n + 1) - np.bincount(end, minlength=n + 1)
    out = src[np.cumsum(cover[:n]) == 0]
    k = np.asarray(sizes, dtype=np.int64)
    if k.any():
        where = np.asarray(found, dtype=np.int64)
        exact = where >= 0
        first = np.cumsum(k) - k
        step = (np.arange(int(k.sum())) - np.repeat(first, k)) * np.repeat(exact, k)
        index = np.repeat(np.where(exact, start + where, start), k) + step
        padded = np.append(src, src[-1] + 1 if n else 0)
        removed_before = np.cumsum(end - start) - (end - start)
        out = np.insert(out, np.repeat(start - removed_before, k), padded[index])
    return _to_array(out, offsets.itemsize)


def _to_array(values, itemsize: int) -> array:
    """A numpy integer vector as ``array("l")``."""
    import numpy as np

    result = array("l")
    result.frombytes(np.ascontiguousarray(values, dtype=f"i{itemsize}").tobytes())
    return result
