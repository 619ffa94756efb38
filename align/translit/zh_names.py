"""Foreign names in Chinese text: transliteration-character runs and interpunct forms.

- ``translit_runs``: maximal runs of transliteration characters (candidate foreign names).
- ``dotted_names``: names whose parts are joined by a dot of any kind (``特伦斯·罗里格``,
  ``乔治.布什``, ``乔治・布什``), with the separator as written, so wrong dots and stray spaces
  (``特伦斯 ·罗里格``) can be reported.
- ``undotted_names``: multi-part foreign names written without the interpunct (``乔治布什``): a
  known given name directly followed by a known surname, or the dotless spelling of a known
  dotted form.

Positions are character offsets into the text; functions are pure (data comes in as arguments or
from the packaged lists).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from align.translit.data import DOTS, translit_chars, zh_norm
from align.translit.pinyin import is_han

#: The interpunct of GB/T 15834 (U+00B7 MIDDLE DOT) that joins parts of foreign names.
INTERPUNCT = "\u00b7"
_SEP = re.compile(rf"[ \u3000]*[{re.escape(DOTS)}][ \u3000]*")


@dataclass(frozen=True, slots=True)
class DottedName:
    """A multi-part name; ``parts`` and ``seps`` are (start, end) spans in the text."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    seps: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Undotted:
    """A multi-part name written without interpunct: its span and the dotted suggestion."""

    start: int
    end: int
    suggestion: str


def translit_runs(text: str, min_len: int = 1,
                  chars: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Spans of maximal runs of transliteration characters at least ``min_len`` long."""
    chars = translit_chars() if chars is None else chars
    runs: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text + "\n"):
        if ch in chars:
            if start < 0:
                start = i
        elif start >= 0:
            if i - start >= min_len:
                runs.append((start, i))
            start = -1
    return runs


def dotted_names(text: str, chars: frozenset[str] | None = None) -> list[DottedName]:
    """Names whose parts (transliteration runs) are joined by a dot of any kind.

    A part is the maximal run of transliteration characters next to the separator, so ``·`` in
    ``美国总统乔治·布什宣布`` gives the parts ``乔治`` and ``布什``.
    """
    chars = translit_chars() if chars is None else chars
    names: list[DottedName] = []
    for sep in _SEP.finditer(text):
        left = _run_end(text, sep.start(), chars)
        right = _run_start(text, sep.end(), chars)
        if left == sep.start() or right == sep.end():
            continue
        if text[sep.start():sep.end()].strip() in ".\uff0e" and not _name_like_dot(text, sep):
            continue
        if names and names[-1].end == sep.start():
            last = names.pop()
            names.append(DottedName(last.start, right, (*last.parts, (sep.end(), right)),
                                    (*last.seps, (sep.start(), sep.end()))))
        else:
            names.append(DottedName(left, right, ((left, sep.start()), (sep.end(), right)),
                                    ((sep.start(), sep.end()),)))
    return names


def _name_like_dot(text: str, sep: re.Match[str]) -> bool:
    """A full stop between Han runs is a name dot only with no space and Han on both sides."""
    s, e = sep.start(), sep.end()
    return e - s == 1 and s > 0 and e < len(text) and is_han(text[s - 1]) and is_han(text[e])


def _run_end(text: str, end: int, chars: frozenset[str]) -> int:
    i = end
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


def _run_start(text: str, start: int, chars: frozenset[str]) -> int:
    i = start
    while i < len(text) and text[i] in chars:
        i += 1
    return i


def undotted_names(text: str, given: Iterable[str], surnames: Iterable[str],
                   dotted_forms: Iterable[str] = (),
                   chars: frozenset[str] | None = None) -> list[Undotted]:
    """Multi-part foreign names written without interpunct, in text order, not overlapping.

    Args:
        text: Chinese text.
        given: Chinese forms of given names (``乔治``, ``约翰``...).
        surnames: Chinese forms of surnames (``布什``...); a surname must not run on into more
            transliteration characters (``约翰逊`` is Johnson, not 约翰 + 逊).
        dotted_forms: known dotted forms (``特伦斯·罗里格``); their dotless spelling is flagged.
        chars: transliteration characters (the packaged list by default).
    """
    chars = translit_chars() if chars is None else chars
    found: dict[tuple[int, int], str] = {}
    pattern = _pair_pattern(frozenset(g for g in given if len(g) > 1),
                            frozenset(s for s in surnames if s))
    for m in pattern.finditer(text) if pattern else ():
        end = m.end(2)
        if end >= len(text) or text[end] not in chars:
            found.setdefault((m.start(1), end), f"{m.group(1)}{INTERPUNCT}{m.group(2)}")
    for form in dotted_forms:
        bare = zh_norm(form)
        if bare != form and len(bare) > 2:
            for m in re.finditer(re.escape(bare), text):
                found[(m.start(), m.end())] = form
    return _non_overlapping(found)


@lru_cache(maxsize=8)
def _pair_pattern(given: frozenset[str], surnames: frozenset[str]) -> re.Pattern[str] | None:
    """``(given)(surname)`` with the longest alternatives first, or None when a list is empty."""
    if not given or not surnames:
        return None

    def alt(forms: frozenset[str]) -> str:
        return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

    return re.compile(f"(?=({alt(given)})({alt(surnames)}))")


def _non_overlapping(found: dict[tuple[int, int], str]) -> list[Undotted]:
    out: list[Undotted] = []
    for (s, e), sug in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if out and s < out[-1].end:
            continue
        out.append(Undotted(s, e, sug))
    return out
