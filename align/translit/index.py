"""Search a Chinese document for the transliteration of English names.

``TranslitIndex(zh_text)`` indexes the document once: every substring (up to ``max_chars``) of a
transliteration-character run — or, with tokens, every window of up to ``max_tokens`` name-like
tokens — is keyed by coarse sound skeletons (``phonetic.skeletons``) and their one-deletion
variants. ``find(en_name)`` looks up the skeletons of the name (whole, and each part for
multi-part names), scores the few candidates with ``phonetic.similarity`` and adds exact hits of
known forms (names table). Adjacent given-name and surname hits merge into one full-name match.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from align.termmatch.spans import token_offsets
from align.translit.data import DOTS, NameTable, default_table, translit_chars, zh_norm, zh_parts
from align.translit.phonetic import en_key, similarity, skeletons, weight
from align.translit.pinyin import is_han, readings
from align.translit.score import (
    key_similarity,
    korean_score,
    korean_syllables,
    name_parts,
    zh_name_keys,
)
from align.translit.zh_names import translit_runs
from corpus.cjk import IDEOGRAPH

MIN_SCORE = 0.5
_HAN_RUN = re.compile(f"[{IDEOGRAPH}]+")
_SURNAME_KINDS = frozenset({"surname", "person", "place"})
#: Between two parts of a name: spaces and at most one dot of any kind.
_GAP_RX = rf"[ \u3000]*[{re.escape(DOTS)}]?[ \u3000]*"
_GAP = re.compile(_GAP_RX)


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate rendering of a name: ``text == zh_text[start:end]``, best ``score`` first."""

    start: int
    end: int
    text: str
    score: float
    method: str  # "table" (a known form), "phonetic", "pinyin" or "korean"


def _deletions(skel: str) -> set[str]:
    return {skel[:i] + skel[i + 1:] for i in range(len(skel))}


class TranslitIndex:
    """An index of the candidate name spans of one Chinese document.

    Args:
        zh_text: the document.
        tokens: its tokens in order (e.g. jieba output); when given, candidates are windows of
            tokens instead of character n-grams of transliteration runs.
        max_chars: longest candidate span (characters).
        mixed: candidates are Han substrings at least half made of transliteration characters
            (``利百加``, ``哈腓拉``) instead of transliteration runs only; for short texts.
        table: names table for exact known forms (None: packaged table; False: none).
    """

    def __init__(self, zh_text: str, tokens: Sequence[str] | None = None, *, max_chars: int = 8,
                 max_tokens: int = 3, table: NameTable | None | bool = None,
                 mixed: bool = False):
        self.text = zh_text
        self.table = default_table() if table is None or table is True else (table or None)
        self._spans: dict[str, list[int]] = defaultdict(list)
        if tokens is None and mixed:
            self._add_mixed_spans(max_chars)
        elif tokens is None:
            self._add_char_spans(max_chars)
        else:
            self._add_token_spans(tokens, max_tokens, max_chars)
        self._key_spans: dict[str, list[str]] = defaultdict(list)
        for span in self._spans:
            for key in zh_name_keys(span):
                self._key_spans[key].append(span)
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._dels: dict[str, set[str]] = defaultdict(set)
        for key in self._key_spans:
            for skel in skeletons(key):
                self._exact[skel].add(key)
                if len(skel) >= 2:
                    for d in _deletions(skel):
                        self._dels[d].add(key)

    def __len__(self) -> int:
        """Number of distinct candidate spans."""
        return len(self._spans)

    def _add_char_spans(self, max_chars: int) -> None:
        for start, end in translit_runs(self.text):
            for i in range(start, end):
                for j in range(i + 1, min(end, i + max_chars) + 1):
                    self._spans[self.text[i:j]].append(i)

    def _add_mixed_spans(self, max_chars: int) -> None:
        """Han substrings at least half made of transliteration characters (for short texts)."""
        chars = translit_chars()
        for run in _HAN_RUN.finditer(self.text):
            start, end = run.span()
            for i in range(start, end):
                hits = 0
                for j in range(i, min(end, i + max_chars)):
                    hits += self.text[j] in chars
                    if 2 * hits >= j - i + 1:
                        self._spans[self.text[i:j + 1]].append(i)

    def _add_token_spans(self, tokens: Sequence[str], max_tokens: int, max_chars: int) -> None:
        chars = translit_chars()
        spans = token_offsets(self.text, tokens)  # a token not found gets an empty span
        usable = [e > s and _name_like(tok, chars) for tok, (s, e) in zip(tokens, spans)]
        for i in range(len(tokens)):
            if not usable[i]:
                continue
            start = end = spans[i][0]
            for k in range(i, min(len(tokens), i + max_tokens)):
                if not usable[k] or (k > i and not _GAP.fullmatch(self.text[end:spans[k][0]])):
                    break
                end = spans[k][1]
                span = self.text[start:end]
                if len(zh_norm(span)) <= max_chars:
                    self._spans[span].append(start)

    def candidates(self, key: str) -> set[str]:  # keys of the document's spans
        """Span keys whose skeleton is ``key``'s skeleton or, for skeletons of 2+ symbols, has
        one symbol more, (3+) one less, (5+) one replaced."""
        found: set[str] = set()
        for skel in skeletons(key):
            found |= self._exact.get(skel, set())
            if len(skel) >= 2:
                found |= self._dels.get(skel, set())
            if len(skel) >= 3:
                for d in _deletions(skel):
                    found |= self._exact.get(d, set())
                    if len(skel) >= 5:
                        found |= self._dels.get(d, set())
        return found

    def find(self, en_name: str, *, min_score: float = MIN_SCORE, limit: int = 10) -> list[Match]:
        """Candidate renderings of ``en_name`` in the document, best first, not overlapping."""
        parts = name_parts(en_name)
        if not parts:
            return []
        matches = self._table_matches(en_name) + self._korean_matches(en_name, min_score)
        matches += self._pinyin_matches(parts)
        whole = self._phonetic(en_key("".join(parts)), min_score)
        matches += whole
        if len(parts) > 1:
            surname = self._phonetic(en_key(parts[-1]), min_score)
            matches += surname + self._merged(parts, surname, min_score)
        return _best(matches, limit)

    def _phonetic(self, key: str, min_score: float) -> list[Match]:
        best: dict[str, float] = {}
        for zh_key in self.candidates(key):
            s = similarity(key, zh_key, min_score)
            if s >= min_score:
                for span in self._key_spans[zh_key]:
                    best[span] = max(s, best.get(span, 0.0))
        return [Match(i, i + len(span), span, s, "phonetic")
                for span, s in best.items() for i in self._spans[span]]

    def _merged(self, parts: tuple[str, ...], surnames: list[Match],
                min_score: float) -> list[Match]:
        """Full-name matches: given-name hits right before (dot or space between) surname hits."""
        given_key = en_key("".join(parts[:-1]))
        w_given, w_sur = weight(given_key), weight(en_key(parts[-1]))
        out: list[Match] = []
        for sur in surnames:
            gap = _gap_start(self.text, sur.start)
            if gap == sur.start:
                continue
            n = 0
            while n < 8 and gap - n > 0 and is_han(self.text[gap - n - 1]):
                n += 1
                s_given = key_similarity(given_key, self.text[gap - n:gap], min_score)
                if s_given >= min_score:
                    s = (w_given * s_given + w_sur * sur.score) / (w_given + w_sur)
                    out.append(Match(gap - n, sur.end, self.text[gap - n:sur.end],
                                     max(s, sur.score), "phonetic"))
        return out

    def _table_matches(self, en_name: str) -> list[Match]:
        """Exact hits of the listed forms of the name (or of its surname, for Western names)."""
        if not self.table:
            return []
        entry, parts = self.table.lookup(en_name), name_parts(en_name)
        if entry is None and len(parts) > 1:
            entry = self.table.lookup(parts[-1])
            entry = entry if entry is not None and entry.kind in _SURNAME_KINDS else None
        if entry is None:
            return []
        out: list[Match] = []
        for form in entry.forms:
            for m in re.finditer(form_pattern(form), self.text):
                out.append(Match(m.start(), m.end(), m.group(), 1.0, "table"))
        return out

    def _pinyin_matches(self, parts: tuple[str, ...]) -> list[Match]:
        """Names spelled in pinyin (``Xi Jinping`` → 习近平): two or more syllables, exact."""
        targets = {"".join(parts).lower()}
        if len(parts) == 2:
            targets.add((parts[1] + parts[0]).lower())
        out: list[Match] = []
        for target in targets:
            if not target.isascii() or not target.isalpha():
                continue
            for k in range(1, min(6, len(target)) + 1):
                for start in self._by_reading.get(target[:k], ()):
                    end = self._spell(start + 1, target[k:])
                    if end is not None and end - start >= 2:
                        out.append(Match(start, end, self.text[start:end], 1.0, "pinyin"))
        return out

    @cached_property
    def _by_reading(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = defaultdict(list)
        for i, ch in enumerate(self.text):
            for r in readings(ch):
                index[r].append(i)
        return index

    def _spell(self, pos: int, rest: str) -> int | None:
        """End of the characters from ``pos`` whose readings spell ``rest`` exactly, or None."""
        if not rest:
            return pos
        if pos >= len(self.text):
            return None
        for r in readings(self.text[pos]):
            if rest.startswith(r):
                end = self._spell(pos + 1, rest[len(r):])
                if end is not None:
                    return end
        return None

    def _korean_matches(self, en_name: str, min_score: float) -> list[Match]:
        """Korean names: the surname character followed by one character per syllable."""
        parsed = korean_syllables(en_name, self.table) if self.table else None
        if parsed is None:
            return []
        surname, _, allowed = parsed
        out: list[Match] = []
        for m in re.finditer(re.escape(surname), self.text):
            for n in allowed:
                span = self.text[m.start():m.end() + n]
                if len(span) == len(surname) + n and all(is_han(c) for c in span):
                    s = korean_score(en_name, span, self.table)
                    if s >= min_score:
                        out.append(Match(m.start(), m.start() + len(span), span, s, "korean"))
        return out


def _gap_start(text: str, pos: int) -> int:
    """Start of the spaces and (at most one) dot right before ``pos``."""
    i = pos
    while i > 0 and text[i - 1] in " \u3000":
        i -= 1
    if i > 0 and text[i - 1] in DOTS:
        i -= 1
        while i > 0 and text[i - 1] in " \u3000":
            i -= 1
    return i


def _name_like(token: str, chars: frozenset[str]) -> bool:
    return bool(token) and all(c in chars or c in DOTS or c.isspace() for c in token) and any(
        c in chars for c in token)


def form_pattern(form: str) -> str:
    """Regex for a known form written with any dot (or none) and stray spaces between parts."""
    return _GAP_RX.join(re.escape(p) for p in zh_parts(form))


def _best(matches: list[Match], limit: int) -> list[Match]:
    """Best first (score, then longer, then earlier); drop matches overlapping a better one."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (-round(m.score, 6), -(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
            if len(kept) >= limit:
                break
    return kept


def find_transliteration(en_name: str, zh_text: str,
                         zh_tokens: list[str] | None = None) -> list[Match]:
    """Candidate spans of ``zh_text`` rendering ``en_name``, best first (see ``TranslitIndex``)."""
    return TranslitIndex(zh_text, zh_tokens).find(en_name)
