"""Sub-words of a Chinese word, for counting nested terms below jieba's token level.

The domain dictionary keeps terms whole (战术核武器, 核保护伞 are single tokens), so a nested
term such as 核武器 would never be seen inside them. ``SubwordSplitter`` splits a word of three
or more Han characters with jieba's own dictionary and route search, the whole-word reading
excluded, and splits the pieces again: 战术核武器 → 战术|核武器 → 战术|核|武器, 核保护伞 →
核|保护|伞, 扩展威慑 → 扩展|威慑. Two-character words, non-Han tokens and words whose only
split is into single characters (耶和华, 以色列) are kept whole; callers keep names whole too.
"""

from __future__ import annotations

import math
import re
from typing import Any

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CACHE_LIMIT = 200_000


class SubwordSplitter:
    """Splits words with the dictionary of a ``jieba.Tokenizer``.

    Args:
        dictionary: an initialised ``jieba.Tokenizer`` (uses ``get_DAG``, ``FREQ``, ``total``).
    """

    def __init__(self, dictionary: Any):
        self._dict = dictionary
        self._cache: dict[str, tuple[str, ...]] = {}

    def units(self, word: str) -> tuple[str, ...]:
        """The sub-words of ``word`` (``(word,)`` when it has fewer than 3 Han characters)."""
        found = self._cache.get(word)
        if found is None:
            found = self._units(word)
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[word] = found
        return found

    def _units(self, word: str) -> tuple[str, ...]:
        if len(word) < 3 or not _HAN.fullmatch(word):
            return (word,)
        pieces = self.split_once(word)
        if all(len(p) == 1 for p in pieces):
            return (word,)
        return tuple(unit for piece in pieces for unit in self.units(piece))

    def split_once(self, word: str) -> list[str]:
        """Best dictionary segmentation of ``word`` that is not ``word`` itself."""
        dag = self._dict.get_DAG(word)
        last = len(word) - 1
        dag[0] = [end for end in dag[0] if end != last] or [0]
        route = _best_route(word, dag, self._dict.FREQ, self._dict.total)
        pieces, at = [], 0
        while at < len(word):
            end = route[at] + 1
            pieces.append(word[at:end])
            at = end
        return pieces


def _best_route(word: str, dag: dict[int, list[int]], freq: dict[str, int], total: int
                ) -> dict[int, int]:
    """jieba's max-probability route: start index → end index (inclusive) of its piece."""
    log_total = math.log(total)
    best: dict[int, tuple[float, int]] = {len(word): (0.0, 0)}
    for i in range(len(word) - 1, -1, -1):
        best[i] = max((math.log(freq.get(word[i:j + 1]) or 1) - log_total + best[j + 1][0], j)
                      for j in dag[i])
    return {i: end for i, (_, end) in best.items()}
