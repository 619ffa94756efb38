"""Chinese term candidates: runs of nominal jieba tokens, 1-4 tokens ending on a noun.

Token roles by jieba POS tag:

- *head* (may end a term, or modify the next noun): nouns ``n nz ng nr nrt nrfg ns nt``,
  verbal/adjectival nouns ``vn an``, abbreviations ``j``. jieba's set phrases (tag ``l``) and its
  dictionary nouns of four or more characters (tag ``n``; often verb phrases such as 采取行动)
  are read from their sub-words: a head when the first sub-word is a head or mod and the last
  a head (常规武器 yes; 至关重要, 采取行动 no);
- *mod* (may only precede a head): adjectives ``a``, distinguishing words ``b``;
- everything else is a boundary: punctuation, verbs, adverbs, pronouns, numerals and
  quantifiers (``m q mq``), time/place/direction words, non-Han tokens, and the function words
  of ``FUNCTION_WORDS`` whatever their tag.

So candidates match a+n, b+n, n+n, vn+n, n+n+n... and never start or end with a function word
or a number. A one-token candidate needs two or more characters. Units are the sub-words of
``SubwordSplitter`` (see there), so nesting also works inside dictionary words; names (tags in
``NAME_TAGS``) stay one unit (亚伯 is not nested in 亚伯拉罕).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from align.terms.base import Extraction, Run, pattern_spans
from align.terms.subwords_zh import SubwordSplitter
from corpus.types import Segment

HEAD_TAGS = frozenset({"n", "nz", "ng", "nr", "nrt", "nrfg", "ns", "nt", "vn", "an", "j"})
MOD_TAGS = frozenset({"a", "b"})
NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns"})
#: Tags re-read from their sub-words (jieba's set phrases; long dictionary nouns, see PHRASE_CHARS).
PHRASE_TAGS = frozenset({"l"})
PHRASE_CHARS = 4
FUNCTION_WORDS = frozenset(
    "的 地 得 之 和 与 及 以及 或 或者 并 并且 而 而且 对 对于 在 等 等等 了 着 过 其 为 是 也 都 "
    "被 将 把 从 向 于 由 这 那 该 此 各 每 某 本 其中 之间 所 所有 一切 有关 相关".split())
MAX_TOKENS = 4
_TERM_TOKEN = re.compile(r"[\u4e00-\u9fff·]+")


class ChineseCandidates:
    """jieba-POS term candidates for Chinese (the ``zh`` extractor).

    Args:
        tokenizer: a ``JiebaTokenizer`` (default: ``tokenizer_for("zh")``, with the domain
            dictionary); used for untokenized segments, sub-words and phrase tags.
    """

    lang = "zh"
    joiner = ""

    def __init__(self, tokenizer: Any = None):
        if tokenizer is None:
            from corpus.tokenize import tokenizer_for

            tokenizer = tokenizer_for("zh")
        self._tok = tokenizer
        # JiebaTokenizer has no public accessor for its jieba instance (the dictionary we split with).
        self.splitter = SubwordSplitter(tokenizer.initialize()._jieba)
        self._roles: dict[tuple[str, str], str] = {}

    def signature(self) -> str:
        """``zh-pos4`` (the tokenizer's signature is the pipeline's ``seg`` part)."""
        return f"zh-pos{MAX_TOKENS}"

    def extract(self, segments: Sequence[Segment]) -> Extraction:
        """Runs of all ``segments`` and their number of words (tokens other than punctuation)."""
        runs: list[Run] = []
        words = 0
        for index, seg in enumerate(segments):
            pairs = self._tagged(seg)
            words += sum(1 for _, tag in pairs if tag != "x")
            runs.extend(self._runs(index, pairs))
        return Extraction(tuple(runs), words)

    def _tagged(self, seg: Segment) -> list[tuple[str, str]]:
        if seg.tokens is not None and seg.pos is not None:
            return list(zip(seg.tokens, seg.pos))
        return self._tok.tokenize_with_pos(seg.text)

    def _runs(self, index: int, pairs: list[tuple[str, str]]) -> list[Run]:
        runs, current = [], []
        for word, tag in [*pairs, ("", "x")]:
            role = self.role(word, tag)
            if role != "stop":
                current.append((word, role, tag))
            elif current:
                runs.append(self._run(index, current))
                current = []
        return runs

    def _run(self, index: int, tokens: list[tuple[str, str, str]]) -> Run:
        units: list[str] = []
        ends: list[bool] = []
        offsets = [0]
        for word, role, tag in tokens:
            parts = (word,) if tag in NAME_TAGS else self.splitter.units(word)
            units.extend(parts)
            ends.extend([role == "head"] * len(parts))
            offsets.append(len(units))
        spans = pattern_spans([r for _, r, _ in tokens], MAX_TOKENS,
                              [len(w) >= 2 for w, _, _ in tokens])
        unit_spans = tuple((offsets[s], offsets[e]) for s, e in spans)
        return Run(index, tuple(units), tuple(units), unit_spans, tuple(ends))

    def role(self, word: str, tag: str) -> str:
        """``"head"``, ``"mod"`` or ``"stop"`` for a token with its jieba tag."""
        found = self._roles.get((word, tag))
        if found is None:
            found = self._role(word, tag)
            self._roles[(word, tag)] = found
        return found

    def _role(self, word: str, tag: str) -> str:
        if word in FUNCTION_WORDS or not _TERM_TOKEN.fullmatch(word):
            return "stop"
        if tag in PHRASE_TAGS or (tag == "n" and len(word) >= PHRASE_CHARS):
            return self._phrase_role(word)
        if tag in HEAD_TAGS:
            return "head"
        return "mod" if tag in MOD_TAGS else "stop"

    def _phrase_role(self, word: str) -> str:
        units = self.splitter.units(word)
        if len(units) < 2:
            return "head"
        first, last = (self._tok.tokenize_with_pos(u)[-1][1] for u in (units[0], units[-1]))
        ok = first in HEAD_TAGS or first in MOD_TAGS
        return "head" if ok and last in HEAD_TAGS and len(units[-1]) > 1 else "stop"
