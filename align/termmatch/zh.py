"""Chinese form occurrences on jieba token boundaries (pure, given the tokens).

Rule: a form occurs iff it equals one token or the concatenation of a contiguous run of tokens
of the row's segmentation (jieba may split a form it does not know, e.g. 核|保护伞); then
longer occurrences shadow the shorter ones inside them (``spans.drop_shadowed``). So 常规威慑 is
not found in 常规武器, 核武器 not in the token 战术核武器, 核反应 not in 核反应堆.

Segmenting whole rows is the expensive part of a check run, so ``find_in_text`` segments only
the *clauses* (text between punctuation and spaces, see ``clause_bounds``) that contain a form
as a plain substring. That gives the same tokens as segmenting the whole row: jieba segments
each run of word characters on its own, and punctuation always ends such a run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from align.termmatch.spans import drop_shadowed, token_offsets

Tokenize = Callable[[str], Sequence[str]]

#: Characters that end a clause (never inside a jieba word).
CLAUSE_DELIMITERS = "，。；：！？、“”‘’（）《》〈〉「」『』【】〔〕…,;:!?()[]\"\t\n\r\f\v "


@dataclass(frozen=True, slots=True)
class ZhMatch:
    """One occurrence of a form: ``text[start:end] == form``."""

    form: str
    start: int
    end: int


class ZhFormIndex:
    """The forms to look for, with their prefixes (to stop extending token runs early).

    Args:
        forms: Chinese forms (empty strings are ignored).
    """

    def __init__(self, forms: Iterable[str]):
        self.forms = frozenset(f for f in (s.strip() for s in forms) if f)
        self.prefixes = frozenset(f[:i] for f in self.forms for i in range(1, len(f)))
        self.max_len = max((len(f) for f in self.forms), default=0)
        by_first: dict[str, list[str]] = {}
        for form in self.forms:
            by_first.setdefault(form[0], []).append(form)
        self._by_first = {ch: tuple(sorted(fs, key=len)) for ch, fs in by_first.items()}
        firsts = "".join(sorted(by_first))
        self._first = re.compile("[" + re.escape(firsts) + "]") if firsts else None
        used = set("".join(self.forms))
        self._delims = frozenset(CLAUSE_DELIMITERS) - used

    def __len__(self) -> int:
        return len(self.forms)

    def substring_hits(self, text: str) -> list[tuple[int, int]]:
        """Spans where some form occurs as a plain substring (any boundaries)."""
        hits: list[tuple[int, int]] = []
        if self._first is None:
            return hits
        by_first = self._by_first
        for m in self._first.finditer(text):
            i = m.start()
            hits.extend((i, i + len(f)) for f in by_first[m.group()] if text.startswith(f, i))
        return hits

    def clause_bounds(self, text: str, i: int) -> tuple[int, int]:
        """The clause of ``text`` around offset ``i``: between the nearest delimiters."""
        start, end = i, i
        while start > 0 and text[start - 1] not in self._delims:
            start -= 1
        while end < len(text) and text[end] not in self._delims:
            end += 1
        return start, end


def find_in_tokens(tokens: Sequence[str], spans: Sequence[tuple[int, int]],
                   index: ZhFormIndex) -> list[ZhMatch]:
    """Occurrences of ``index`` forms as token runs, shadowed ones dropped.

    Args:
        tokens: the segmentation of a text.
        spans: ``(start, end)`` character span of each token in that text (``token_offsets``).
        index: the forms.
    """
    found = []
    forms, prefixes = index.forms, index.prefixes
    for i, first in enumerate(tokens):
        run = first
        j = i
        while True:
            if run in forms and spans[j][1] - spans[i][0] == len(run):
                found.append(ZhMatch(run, spans[i][0], spans[j][1]))
            j += 1
            if j == len(tokens) or run not in prefixes or len(run) >= index.max_len:
                break
            run += tokens[j]
    return drop_shadowed(found)


def find_in_text(text: str, index: ZhFormIndex, tokenize: Tokenize,
                 tokens: Sequence[str] | None = None) -> list[ZhMatch]:
    """Occurrences of ``index`` forms in ``text`` on token boundaries.

    Args:
        text: a Chinese text.
        index: the forms.
        tokenize: the segmenter (called on clauses holding a substring hit only).
        tokens: the segmentation of the whole ``text`` when already known (then used as is).
    """
    if tokens is not None:
        return find_in_tokens(tokens, token_offsets(text, tokens), index)
    hits = index.substring_hits(text)
    if not hits:
        return []
    found: list[ZhMatch] = []
    done_until = -1
    for start, _ in hits:
        if start < done_until:
            continue
        c0, c1 = index.clause_bounds(text, start)
        clause = text[c0:c1]
        toks = list(tokenize(clause))
        found.extend(ZhMatch(m.form, m.start + c0, m.end + c0)
                     for m in find_in_tokens(toks, token_offsets(clause, toks), index))
        done_until = c1
    return drop_shadowed(found)
