"""Dictionary evidence for a term pair: how well CC-CEDICT glosses cover both terms.

The English term's content words and the Chinese term's pieces (``Cedict.translate_compositional``:
the headword itself, or the fewest dictionary words it splits into, 扩展威慑 → 扩展 + 威慑) meet
as lemma-family keys (``align.dictionary.english.family_key``). With ``a`` the share of English
words found in some piece's glosses and ``b`` the share of pieces whose glosses hold some English
word, the score is their harmonic mean ``2ab / (a + b)``: 1 for nuclear umbrella ↔ 核保护伞
(核 nuclear, 保护伞 umbrella), 0.67 for deterrence ↔ 延伸威慑. (Term-list alignment uses the
stricter ``align.terms.coverage``, which penalises extra characters by a word-piece matching.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from align.terms.pairing.base import PairingInput

if TYPE_CHECKING:
    import numpy as np


def en_keys(term: str) -> tuple[str, ...]:
    """Family keys of the content words of an English term (all words when none is content)."""
    from align.dictionary.english import content_words, family_key, words

    ws = content_words(term) or words(term)
    return tuple(dict.fromkeys(family_key(w) for w in ws))


def coverage_score(en: tuple[str, ...], pieces: tuple[frozenset[str], ...]) -> float:
    """Harmonic mean of the English coverage and the piece coverage (pure).

    Args:
        en: family keys of the English words.
        pieces: family keys of the glosses of each Chinese piece.
    """
    if not en or not pieces:
        return 0.0
    a = sum(any(k in p for p in pieces) for k in en) / len(en)
    b = sum(any(k in p for k in en) for p in pieces) / len(pieces)
    return 2 * a * b / (a + b) if a + b else 0.0


class DictionaryPairer:
    """CC-CEDICT gloss coverage of the pair (see module doc).

    Args:
        cedict: a loaded ``align.dictionary.Cedict`` (default: ``Cedict.load()`` on first use).
    """

    name = "dictionary"

    def __init__(self, cedict: Any = None):
        self._cedict = cedict
        self._zh: dict[str, tuple[frozenset[str], ...]] = {}

    @property
    def cedict(self) -> Any:
        if self._cedict is None:
            from align.dictionary import Cedict

            self._cedict = Cedict.load()
        return self._cedict

    def zh_keys(self, term: str) -> tuple[frozenset[str], ...]:
        """Family keys of the glosses of each piece of a Chinese term (cached)."""
        found = self._zh.get(term)
        if found is None:
            from align.dictionary.english import family_key

            bags = self.cedict.translate_compositional(term)
            found = tuple(frozenset(family_key(w) for w in bag) for bag in bags)
            self._zh[term] = found
        return found

    def score(self, data: PairingInput, cand: np.ndarray) -> np.ndarray:
        import numpy as np

        en_cache = {i: en_keys(data.en_terms[i]) for i in set(cand[:, 0].tolist())}
        return np.array([coverage_score(en_cache[int(e)], self.zh_keys(data.zh_terms[int(z)]))
                         for e, z in cand], dtype=np.float64)
