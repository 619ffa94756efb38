"""CC-CEDICT line format: ``Traditional Simplified [pin1 yin1] /gloss 1/gloss 2/``.

Lines starting with ``#`` are comments (``#!`` lines carry metadata such as ``version=1``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_LINE_RE = re.compile(r"(\S+) (\S+) \[([^\]]*)\] /(.+)/\s*")


@dataclass(frozen=True, slots=True)
class Entry:
    """One CC-CEDICT entry: one reading of a headword and its glosses.

    Attributes:
        traditional: headword in traditional characters.
        simplified: headword in simplified characters.
        pinyin: numbered pinyin, e.g. ``"wei1 she4"``; capitalised for proper nouns.
        glosses: the English glosses, in dictionary order.
    """

    traditional: str
    simplified: str
    pinyin: str
    glosses: tuple[str, ...]

    @property
    def is_proper_noun(self) -> bool:
        """True for a name reading (capitalised pinyin, e.g. ``He2 ping2`` the district)."""
        return self.pinyin[:1].isupper()


@dataclass(frozen=True, slots=True)
class ParseResult:
    """Entries of a CC-CEDICT text and what was skipped.

    Attributes:
        entries: the well-formed entries, in file order.
        malformed: number of non-comment lines that were not entries.
        first_malformed: 1-based line number of the first malformed line (0 when none).
        meta: ``#! key=value`` metadata (``version``, ``date``, ``entries``...).
    """

    entries: tuple[Entry, ...]
    malformed: int = 0
    first_malformed: int = 0
    meta: tuple[tuple[str, str], ...] = ()


def parse_line(line: str) -> Entry | None:
    """Parse one entry line; None when it is not a well-formed entry."""
    m = _LINE_RE.fullmatch(line.strip())
    if m is None:
        return None
    trad, simp, pinyin, body = m.groups()
    glosses = tuple(g.strip() for g in body.split("/") if g.strip())
    if not glosses:
        return None
    return Entry(trad, simp, pinyin.strip(), glosses)


def parse_lines(lines: Iterable[str]) -> ParseResult:
    """Parse CC-CEDICT lines: skip blanks and ``#`` comments, count malformed lines."""
    entries: list[Entry] = []
    meta: list[tuple[str, str]] = []
    malformed = first = 0
    for number, line in enumerate(lines, start=1):
        if line.startswith("#!"):
            key, sep, value = line[2:].strip().partition("=")
            if sep:
                meta.append((key.strip(), value.strip()))
            continue
        if not line.strip() or line.startswith("#"):
            continue
        entry = parse_line(line)
        if entry is None:
            malformed += 1
            first = first or number
            continue
        entries.append(entry)
    return ParseResult(tuple(entries), malformed, first, tuple(meta))
