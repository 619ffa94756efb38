"""Dictionary coverage between an English term and a Chinese candidate (pure functions).

The candidate is a sequence of *pieces* (dictionary words, with their length in characters and
the lemma-family keys of their English glosses); the term is a sequence of words, each given as
the set of keys it may be matched by.

- English coverage: share of the term's words that some piece's glosses hold.
- Chinese coverage: share of the candidate's characters in pieces that can each be given a
  *different* word of the term (a maximum bipartite matching), so extra material is penalised
  — 美国核保护伞 covers "nuclear umbrella" less than 核保护伞, and 献燔祭 covers "burnt offering"
  less than 燔祭 (献 and 祭 both only mean "offer"). Pieces of length 0 (particles such as 的)
  count on neither side.
- Pairing credit: when some words are covered by no piece and some pieces match no word, up to
  as many of them as on the smaller side are paired at ``PAIR_CREDIT`` (放射性沉降 for
  "radioactive fallout": 放射性 = radioactive, 沉降 probably = fallout), so a longer form whose
  extra material may render the missing word beats the bare half (放射性).

The term-pair miner scores with a looser measure (``align.terms.pairing.dictionary``: harmonic
mean of word and piece shares, no matching, no character weights): both sides there are
extracted terms, whereas here a term-list term picks the best of many overlapping spans.
"""

from __future__ import annotations

from collections.abc import Sequence

Piece = tuple[int, frozenset[str]]
PAIR_CREDIT = 0.5


def coverage(pieces: Sequence[Piece], words: Sequence[frozenset[str]]) -> tuple[float, float]:
    """English and Chinese coverage of a candidate.

    Args:
        pieces: ``(length in characters, family keys)`` per piece, in text order.
        words: per English word, the keys that match it.

    Returns:
        ``(en_cov, zh_cov)``, each in [0, 1]; ``(0, 0)`` when nothing is shared.
    """
    if not words or not pieces:
        return 0.0, 0.0
    hits = [frozenset(w for w, keys in enumerate(words) if keys & fams) for _, fams in pieces]
    covered = frozenset().union(*hits)
    total = sum(length for length, _ in pieces)
    if not covered or total == 0:
        return 0.0, 0.0
    matched = _matched_pieces(hits, [p[0] for p in pieces])
    zh_chars = sum(pieces[i][0] for i in matched)
    free = sorted((pieces[i][0] for i in range(len(pieces))
                   if i not in matched and pieces[i][0] > 0), reverse=True)
    paired = min(len(words) - len(covered), len(free))
    en = len(covered) + PAIR_CREDIT * paired
    zh = zh_chars + PAIR_CREDIT * sum(free[:paired])
    return en / len(words), zh / total


def _matched_pieces(hits: Sequence[frozenset[int]], lengths: Sequence[int]) -> set[int]:
    """Pieces in a maximum matching of pieces to distinct words (longer pieces first)."""
    owner: dict[int, int] = {}
    order = sorted((i for i, h in enumerate(hits) if h and lengths[i] > 0),
                   key=lambda i: -lengths[i])
    for i in order:
        _augment(i, hits, owner, set())
    return set(owner.values())


def _augment(i: int, hits: Sequence[frozenset[int]], owner: dict[int, int], seen: set[int]
             ) -> bool:
    """Kuhn's augmenting path: give piece ``i`` a word, moving earlier owners if needed."""
    for word in sorted(hits[i]):
        if word in seen:
            continue
        seen.add(word)
        if word not in owner or _augment(owner[word], hits, owner, seen):
            owner[word] = i
            return True
    return False


def dictionary_score(en_cov: float, zh_cov: float) -> float:
    """The dictionary evidence score: ``en_cov * zh_cov``."""
    return en_cov * zh_cov
