"""Find personal names written with an interpunct (``特伦斯·罗里格``, ``马丁·路德·金``).

jieba splits text at ``·`` before any dictionary lookup, so such names would come out in pieces.
This module finds their spans so the tokenizer can keep each one whole. Where the name starts and
ends inside the surrounding Han text is decided from a POS-tagged segmentation of up to ``WINDOW``
characters on each side (given as a callable, so this module stays pure and jieba-free):

- left of the first dot: the last word, if it is name-like, plus preceding out-of-vocabulary words
  and single-character ``nr`` words (``特蕾|莎``);
- right of the dot: the leading words that are name-like or single characters other than
  function words (``罗里|格``, ``布|林肯``, ``金``), up to the first other word.

A word is name-like when tagged ``nr*``, unknown to the dictionary, or a rare ``ns`` word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from corpus.cjk import INTERPUNCTS, JIEBA_HAN

NAME_TAG = "nr"
RARE_PLACE_MAX = 1000
WINDOW = 16
STOP_TAGS = frozenset(
    "a ad c d e f m o p q r t u ud ug uj ul uv uz v vd vn y zg".split()
)
_DOT = re.compile(rf"(?<=[{JIEBA_HAN}])[ \u3000]?[{INTERPUNCTS}][ \u3000]?(?=[{JIEBA_HAN}])")
_RUN_END = re.compile(rf"[{JIEBA_HAN}]+$")
_RUN_START = re.compile(rf"[{JIEBA_HAN}]+")

#: (word, POS tag, dictionary frequency; 0 when unknown)
TaggedWord = tuple[str, str, int]
Tagger = Callable[[str], Sequence[TaggedWord]]


def find_name_spans(text: str, tagger: Tagger) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of interpunct names in ``text``, in order, not overlapping.

    Each interpunct between Han characters is examined on its own; the spans of consecutive dots
    of one name (``马丁·路德·金``) touch and are merged.

    Args:
        text: any text.
        tagger: segments a run of Han characters into tagged words (jieba POS tags).
    """
    spans: list[tuple[int, int]] = []
    for dot in _DOT.finditer(text):
        left = _RUN_END.search(text, max(0, dot.start() - WINDOW), dot.start())
        right = _RUN_START.match(text, dot.end(), dot.end() + WINDOW)
        if left is None or right is None:
            continue
        n_left = _left_chars(tagger(left.group()))
        n_right = _right_chars(tagger(right.group())) if n_left else 0
        if not n_right:
            continue
        start, end = dot.start() - n_left, dot.end() + n_right
        if spans and start <= spans[-1][1]:
            start = min(start, spans[-1][0])
            spans.pop()
        spans.append((start, end))
    return spans


def _name_like(word: TaggedWord) -> bool:
    _, tag, freq = word
    return tag.startswith("nr") or not freq or (tag == "ns" and freq < RARE_PLACE_MAX)


def _left_chars(words: Sequence[TaggedWord]) -> int:
    """Number of characters at the end of the left run that belong to the name."""
    if not words or not _name_like(words[-1]):
        return 0
    n = len(words[-1][0])
    for word, tag, freq in reversed(words[:-1]):
        if not freq or (len(word) == 1 and tag.startswith("nr")):
            n += len(word)
        else:
            break
    return n


def _right_chars(words: Sequence[TaggedWord]) -> int:
    """Number of characters at the start of the right run that belong to the name."""
    n = 0
    for word in words:
        if not (_name_like(word) or (len(word[0]) == 1 and word[1] not in STOP_TAGS)):
            break
        n += len(word[0])
    return n
