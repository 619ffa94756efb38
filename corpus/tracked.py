"""Text that remembers where each character came from.

Cleaning rules rewrite a ``TrackedText`` with regular expressions; every output character keeps
the source offset of the input character it came from (inserted characters take the offset of
the start of the match they replace). This gives ``Document.source_map`` for free.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from corpus.types import SourceMap

Replacement = str | Callable[[re.Match[str]], str]


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
        return cls(text, array("l", range(len(text))))

    def sub(self, pattern: re.Pattern[str] | str, repl: Replacement, count: int = 0) -> TrackedText:
        """Like ``re.sub`` but keeping offsets; ``repl`` is a string (no group refs) or function."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        pieces: list[str] = []
        offs = array("l")
        last = 0
        n = 0
        for m in rx.finditer(self.text):
            if count and n >= count:
                break
            n += 1
            pieces.append(self.text[last:m.start()])
            offs.extend(self.offsets[last:m.start()])
            new = repl(m) if callable(repl) else repl
            pieces.append(new)
            anchor = self.offsets[m.start()] if m.start() < len(self.offsets) else self._end()
            offs.extend(self._offsets_for(m, new, anchor))
            last = m.end()
        if n == 0:
            return self
        pieces.append(self.text[last:])
        offs.extend(self.offsets[last:])
        return TrackedText("".join(pieces), offs)

    def _offsets_for(self, m: re.Match[str], new: str, anchor: int) -> array:
        """Offsets for replacement text: keep exact offsets where ``new`` is a sub-span."""
        old = m.group(0)
        if new and new in old:
            i = old.index(new) + m.start()
            return self.offsets[i:i + len(new)]
        return array("l", [anchor]) * len(new)

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
