"""Chinese candidate spans of one document for term-list alignment.

A candidate is a run of 1-``MAX_TOKENS`` consecutive tokens of one sentence (jieba tokens with
POS tags, as ``corpus.pipeline.process_file(..., pos=True)`` makes them) that

- holds no punctuation, whitespace or number-only token;
- neither starts nor ends with a function word (particles, prepositions, conjunctions, pronouns,
  adverbs, direction words: by POS tag or by ``EDGE_STOP``); particles such as 的 may sit inside
  (先发制人的打击).

Unlike the monolingual extractor (``align.terms.candidates_zh``) verbs are allowed: English
terms may be rendered verbally (first use → 首先使用). Candidates are distinct strings; each
keeps its tokens, its token-aligned occurrence count and the first sentence it occurs in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from align.termmatch.spans import token_offsets
from corpus.types import Segment

MAX_TOKENS = 4
#: POS tags (jieba) a one-character token may not start a candidate with. Longer tokens are
#: judged by ``EDGE_STOP`` only: jieba's guessed tags of unknown names are unreliable (以扫 p,
#: 该隐 r, 以弗得 p).
START_TAGS = frozenset({"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "y", "e", "o", "r",
                        "rr", "rz", "x", "w"})
#: POS tags a one-character token may not end a candidate with (adverbs may start one: 首先使用).
END_TAGS = START_TAGS | {"d", "f"}
#: Words a candidate may not start or end with, whatever their tag.
EDGE_STOP = frozenset(
    """的 地 得 之 和 与 及 或 并 而 对 在 等 了 着 过 其 为 是 也 都 被 将 把 从 向 于 由 这 那 该
    此 各 每 某 本 所 以 就 又 还 则 即 但 却 让 使 给 会 能 要 可 已 不 没 很 更 最 中 上 下 里 内 外
    前 后 时 他 她 它 我 你 您 个
    我们 你们 他们 她们 它们 咱们 自己 这个 那个 这些 那些 这种 那种 这样 那样 什么 怎么 如何 为何
    因为 所以 如果 虽然 但是 而且 并且 以及 或者 还是 对于 关于 由于 为了 通过 根据 按照 除了 包括
    就是 只是 不是 已经 正在 一直 非常 十分 更加 可以 能够 应该 必须 需要 可能 之后 之前 以后 以前
    以来 之间 其中 其他 其它 各种 一些 一个 任何 所有 许多 很多 然而 因此 于是 尽管 即使 无论
    不仅 只有 当时 同时 此外 另外 后来 没有 不会 不能 以便 以免 从而 进而 并非 甚至 例如 比如
    """.split())
#: Tags a candidate may not contain at all.
BREAK_TAGS = frozenset({"x", "w"})
#: Conjunctions: a candidate never spans one (韩国和美国军队 is two things).
BREAK_WORDS = frozenset("和 与 及 或 并 而 以及 或者 并且 而且 跟 同".split())
_WORDLIKE = re.compile(r"[\u3400-\u9fffA-Za-z]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_NUMBER = re.compile(r"[0-9０-９.,%％]+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One distinct candidate string.

    Attributes:
        text: the span as written (tokens joined without separator).
        tokens: its tokens.
        freq: token-aligned occurrences in the document.
        first: index (into the segment list) of the first sentence holding it.
    """

    text: str
    tokens: tuple[str, ...]
    freq: int
    first: int


def usable_token(token: str, tag: str) -> bool:
    """True when ``token`` may be part of a candidate (no punctuation, blank or bare number)."""
    if tag in BREAK_TAGS and not _WORDLIKE.search(token) or token in BREAK_WORDS:
        return False
    return bool(_WORDLIKE.search(token)) and not _NUMBER.fullmatch(token)


def edge_ok(token: str, tag: str, banned: frozenset[str]) -> bool:
    """True when ``token`` may be the first (``START_TAGS``) or last (``END_TAGS``) token."""
    if token in EDGE_STOP:
        return False
    return len(token) > 1 or tag not in banned


def spans_of(tokens: Sequence[str], tags: Sequence[str], max_tokens: int = MAX_TOKENS
             ) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of one sentence that form candidates (pure).

    Args:
        tokens: the sentence's tokens.
        tags: one POS tag per token.
        max_tokens: longest candidate, in tokens.
    """
    usable = [usable_token(t, g) for t, g in zip(tokens, tags)]
    first = [u and edge_ok(t, g, START_TAGS) for u, t, g in zip(usable, tokens, tags)]
    last = [u and edge_ok(t, g, END_TAGS) for u, t, g in zip(usable, tokens, tags)]
    out: list[tuple[int, int]] = []
    for start in range(len(tokens)):
        if not first[start]:
            continue
        for end in range(start + 1, min(len(tokens), start + max_tokens) + 1):
            if not usable[end - 1]:
                break
            if last[end - 1]:
                out.append((start, end))
    return out


class CandidateIndex:
    """The distinct candidates of a tokenized document, with lookups by text and by token.

    Args:
        segments: sentences with ``tokens`` and ``pos`` (tags default to ``"n"`` when missing).
        max_tokens: longest candidate in tokens.
    """

    def __init__(self, segments: Sequence[Segment], max_tokens: int = MAX_TOKENS):
        self.segments = tuple(segments)
        self.text = "\n".join(s.text for s in self.segments)
        self._by_text: dict[str, int] = {}
        self._tokens: list[tuple[str, ...]] = []
        self._freq: list[int] = []
        self._first: list[int] = []
        self._by_token: dict[str, list[int]] = defaultdict(list)
        self._offsets: tuple[list[int], list[int], list[str], list[int]] | None = None
        self._bigrams: set[str] | None = None
        for i, seg in enumerate(self.segments):
            toks = seg.tokens or ()
            tags = seg.pos or ("n",) * len(toks)
            for s, e in spans_of(toks, tags, max_tokens):
                if any(_HAN.search(t) for t in toks[s:e]):
                    self._add(toks[s:e], i)

    def _add(self, tokens: tuple[str, ...], segment: int) -> int:
        text = "".join(tokens)
        cid = self._by_text.get(text)
        if cid is None:
            cid = len(self._tokens)
            self._by_text[text] = cid
            self._tokens.append(tokens)
            self._freq.append(0)
            self._first.append(segment)
            for tok in dict.fromkeys(tokens):
                self._by_token[tok].append(cid)
        self._freq[cid] += 1
        return cid

    def __len__(self) -> int:
        return len(self._tokens)

    def add_span(self, text: str, protected: Callable[[str], bool] | None = None) -> int | None:
        """Make ``text`` a candidate although it cuts tokens; return its id (None if unusable).

        jieba sometimes glues an unknown name to the next word (以撒生 = 以撒 + 生); sources that
        find such a span add it here. Occurrences strictly inside a ``protected`` token (a
        dictionary word: 核国家 inside 非核国家) do not count; with none left, nothing is added.
        """
        cid = self._by_text.get(text)
        if cid is not None or not text or "\n" in text:
            return cid
        hits = self._free_occurrences(text, protected or (lambda _t: False))
        if not hits:
            return None
        cid = len(self._tokens)
        self._by_text[text] = cid
        self._tokens.append((text,))
        self._freq.append(len(hits))
        self._first.append(self._segment_at(hits[0]))
        self._by_token[text].append(cid)
        return cid

    def _token_offsets(self) -> tuple[list[int], list[int], list[str], list[int]]:
        """Token starts, ends and texts over ``self.text``, and segment starts (built once)."""
        if self._offsets is None:
            starts: list[int] = []
            ends: list[int] = []
            words: list[str] = []
            seg_starts: list[int] = []
            base = 0
            for seg in self.segments:
                seg_starts.append(base)
                toks = seg.tokens or ()
                for tok, (s, e) in zip(toks, token_offsets(seg.text, toks)):
                    if e > s:  # a token not found in the text has an empty span
                        starts.append(base + s)
                        ends.append(base + e)
                        words.append(tok)
                base += len(seg.text) + 1
            self._offsets = (starts, ends, words, seg_starts)
        return self._offsets

    def _segment_at(self, offset: int) -> int:
        return bisect_right(self._token_offsets()[3], offset) - 1

    def _free_occurrences(self, text: str, protected: Callable[[str], bool]) -> list[int]:
        starts, ends, words, _ = self._token_offsets()
        out: list[int] = []
        at = self.text.find(text)
        while at >= 0:
            end = at + len(text)
            if not any(self._cut_protected(pos, starts, ends, words, protected)
                       for pos in (at, end)):
                out.append(at)
            at = self.text.find(text, at + 1)
        return out

    @staticmethod
    def _cut_protected(pos: int, starts: list[int], ends: list[int], words: list[str],
                       protected: Callable[[str], bool]) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and starts[k] < pos < ends[k] and protected(words[k])

    def id(self, text: str) -> int | None:
        """Id of the candidate written ``text`` (None when it is not a candidate)."""
        return self._by_text.get(text)

    def text_of(self, cid: int) -> str:
        """The written form of candidate ``cid``."""
        return "".join(self._tokens[cid])

    def tokens(self, cid: int) -> tuple[str, ...]:
        """The tokens of candidate ``cid`` (one token for a span added by ``add_span``)."""
        return self._tokens[cid]

    def freq(self, cid: int) -> int:
        """Token-aligned occurrences of candidate ``cid``."""
        return self._freq[cid]

    def get(self, cid: int) -> Candidate:
        """Candidate ``cid`` as a record."""
        return Candidate(self.text_of(cid), self._tokens[cid], self._freq[cid], self._first[cid])

    def token_types(self) -> list[str]:
        """Distinct tokens that occur in candidates."""
        return list(self._by_token)

    def with_token(self, token: str) -> list[int]:
        """Ids of the candidates containing ``token``."""
        return self._by_token.get(token, [])

    def contains(self, text: str) -> bool:
        """True when ``text`` (two or more characters) occurs in the document (fast pre-check on
        the document's character bigrams, then a search)."""
        if self._bigrams is None:
            self._bigrams = {self.text[i:i + 2] for i in range(len(self.text) - 1)}
        return text[:2] in self._bigrams and (len(text) <= 2 or text in self.text)

    def count(self, form: str) -> int:
        """Occurrences of ``form`` anywhere in the document text (nested ones included)."""
        return self.text.count(form) if form else 0

    def example(self, form: str) -> str:
        """The first sentence where ``form`` is a candidate, else the first containing it."""
        cid = self.id(form)
        if cid is not None:
            return self.segments[self._first[cid]].text
        return next((s.text for s in self.segments if form in s.text), "")
