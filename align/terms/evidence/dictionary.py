"""CC-CEDICT evidence: the candidate's dictionary glosses cover the term's words, and only them.

Each token of the document becomes pieces: itself when it is a CC-CEDICT headword, else its
dictionary words (扩展威慑 → 扩展 + 威慑, ``Cedict.decompose``); Latin tokens stand for
themselves. A piece carries the lemma-family keys of its glosses, so extended/extension/extend
and deterrent/deterrence/deter meet. A candidate scores ``en_cov * zh_cov`` (see
``align.terms.coverage``).

Two kinds of spans that cut jieba tokens are added as candidates (``CandidateIndex.add_span``):
headwords whose glosses hold all the term's words (``Cedict.reverse``: 以撒 for Isaac inside the
token 以撒生), and candidates trimmed of an edge piece no term word covers (弹道导弹防御 inside
弹道导弹防御能力) unless that piece is a negating prefix (非核国家 never gives 核国家).
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any

from align.dictionary.compose import decompose
from align.dictionary.english import family_key, words
from align.terms.candidates import EDGE_STOP, CandidateIndex
from align.terms.coverage import Piece, coverage, dictionary_score
from align.terms.evidence.base import Scores
from align.terms.query import TermQuery

_LATIN = re.compile(r"[A-Za-z]")
#: Edge pieces never trimmed off: they turn a word into its opposite (非核国家 ≠ 核国家).
NEGATING = frozenset("非 无 不 反 未 没 否 抗 防 去 免".split())
#: Particles that are no extra material (先发制人的打击).
NEUTRAL = frozenset("的 之".split())
#: Headwords this long or longer are also read split into smaller headwords (2-character
#: words split into characters lose their sense: 骆驼 ≠ 骆 + 驼).
SPLIT_MIN = 3
#: Suffixes a split reading does not count as extra material (希伯来人, 可信性, 现代化).
SPLIT_SUFFIXES = frozenset("人 者 性 们 化 家 员".split())
#: Chinese agent suffixes: no extra material when the term has an agent noun (挑战国 for
#: challenger, 防御方 for defender).
AGENT_SUFFIXES = frozenset("者 方 国 人 家 员 手 商 器 机 弹 舰".split())
#: Credit of an agent noun rendered by its verb alone (挑战 for challenger, without 者/方/国).
AGENT_STEM_CREDIT = 0.8
#: Longest reverse-lookup headword searched in the text.
MAX_HEADWORD = 8
#: Candidates per term scored exactly (the rest are ranked by ``shortlist``'s estimate).
MAX_EXACT = 60
#: Best-scoring candidates per term that are tried for trimming.
TRIM_TOP = 10


def shortlist(index: CandidateIndex, hit_tokens: dict[str, int], n_words: int,
              limit: int | None = None) -> set[int]:
    """The ``limit`` most promising candidates holding a token of ``hit_tokens`` (token → number
    of the term's words it hits), by a cheap estimate (share of characters in hit tokens × share
    of the term's words hit), so common words (god → 神 in thousands of candidates) cost no
    thousands of exact scorings."""
    limit = limit or MAX_EXACT
    chars: dict[int, int] = defaultdict(int)
    kinds: dict[int, int] = defaultdict(int)
    for tok, n_hit in hit_tokens.items():
        for cid in index.with_token(tok):
            chars[cid] += len(tok)
            kinds[cid] += n_hit
    if len(chars) <= limit:
        return set(chars)

    def estimate(cid: int) -> float:
        share = chars[cid] / len(index.text_of(cid))
        return share * min(1.0, kinds[cid] / max(1, n_words))

    return set(heapq.nlargest(limit, chars, key=estimate))


class DictionaryEvidence:
    """Compositional CC-CEDICT coverage (``en_cov * zh_cov``).

    Args:
        cedict: a loaded ``Cedict`` (default: ``Cedict.load()``, the packaged dictionary).
    """

    name = "dictionary"

    def __init__(self, cedict: Any = None):
        self._cedict = cedict
        self._parts: dict[tuple[str, bool], tuple[tuple[str, frozenset[str]], ...]] = {}
        self._cand: dict[tuple[tuple[str, ...], bool, bool], list[Piece]] = {}

    @property
    def cedict(self) -> Any:
        """The dictionary (loaded on first use)."""
        if self._cedict is None:
            from align.dictionary import Cedict

            self._cedict = Cedict.load()
        return self._cedict

    def signature(self) -> str:
        """Short description for run signatures."""
        return f"dictionary:{self.cedict.signature()}"

    def parts(self, token: str, split: bool = False) -> tuple[tuple[str, frozenset[str]], ...]:
        """``(text, family keys)`` pieces of one token (cached).

        A headword is one piece (``split=False``) or its best split into smaller headwords
        (``split=True``: 核反应 → 核 + 反应, whose glosses hold "response" where the headword's
        "nuclear reaction" does not); other tokens are split into dictionary words: the fewest
        pieces (``split=False``) or the longest known prefix first (``split=True``).
        """
        key = (token, split)
        found = self._parts.get(key)
        if found is None:
            found = self._token_parts(token, split)
            self._parts[key] = found
        return found

    def _token_parts(self, token: str, split: bool) -> tuple[tuple[str, frozenset[str]], ...]:
        if _LATIN.search(token):
            return ((token, frozenset(family_key(w) for w in words(token))),)
        cedict = self.cedict
        known = bool(cedict.english_words(token))
        if known and not (split and len(token) >= SPLIT_MIN):
            texts: tuple[str, ...] = (token,)
        elif split and known:
            texts = decompose(token, lambda p: p != token and bool(cedict.english_words(p)))
        elif split:
            texts = self._prefix_first(token)
        else:
            texts = cedict.decompose(token)
        return tuple((t, frozenset(family_key(w) for w in cedict.english_words(t)))
                     for t in texts)

    def _prefix_first(self, token: str) -> tuple[str, ...]:
        """Greedy longest-known-prefix split: the second reading of a token that is no
        headword (挑战国 = 挑战 + 国, where the fewest-pieces split gives 挑 + 战国)."""
        out: list[str] = []
        at = 0
        while at < len(token):
            end = next((e for e in range(min(len(token), at + MAX_HEADWORD), at + 1, -1)
                        if self.cedict.english_words(token[at:e])), at + 1)
            out.append(token[at:end])
            at = end
        return tuple(out)

    def pieces(self, token: str, split: bool = False, agent: bool = False) -> tuple[Piece, ...]:
        """``(length, family keys)`` pieces of one token; ``NEUTRAL`` pieces (and, with
        ``agent``, ``AGENT_SUFFIXES``; in a split reading a final ``SPLIT_SUFFIXES`` piece:
        希伯来人 = 希伯来 + 人) have length 0."""
        free = NEUTRAL | AGENT_SUFFIXES if agent else NEUTRAL
        parts = self.parts(token, split)
        out = [(0 if t in free else len(t), f) for t, f in parts]
        if split and len(parts) > 1 and parts[-1][0] in SPLIT_SUFFIXES:
            out[-1] = (0, parts[-1][1])
        return tuple(out)

    def candidate_pieces(self, index: CandidateIndex, cid: int, split: bool = False,
                         agent: bool = False) -> list[Piece]:
        """Pieces of candidate ``cid`` (its tokens' pieces in order; cached)."""
        key = (index.tokens(cid), split, agent)
        found = self._cand.get(key)
        if found is None:
            found = [p for tok in key[0] for p in self.pieces(tok, split, agent)]
            self._cand[key] = found
        return found

    def coverage(self, query: TermQuery, index: CandidateIndex, cid: int) -> tuple[float, float]:
        """``(en_cov, zh_cov)`` of candidate ``cid`` for ``query``.

        Tokens are read as headwords and, when one is a longer headword, also split into
        smaller ones: the split reading wins when it is better (核反应 = 核 + 反应 for "nuclear
        response"); when the split still covers the term and a headword hides a sense of its
        own gloss that the term lacks (战术核武器 = 战术 + 核武器 for "nuclear weapons", 核威慑
        for "deterrence"), the two readings are averaged; otherwise the headword reading stands
        (西班牙 is no 西班 + 牙, 戈尔巴乔夫 no 戈尔 + 巴 + 乔夫).
        """
        return self._agent_adjusted(query, index, cid, self._coverage(query, index, cid))

    def _agent_adjusted(self, query: TermQuery, index: CandidateIndex, cid: int,
                        cov: tuple[float, float]) -> tuple[float, float]:
        """Lower the English coverage of an agent noun matched by its bare verb (挑战 for
        challenger) when the candidate has no agent suffix (挑战国, 挑战者)."""
        if not query.has_agent or cov[0] == 0:
            return cov
        texts = self._piece_texts(index, cid)
        if any(t in AGENT_SUFFIXES or t[-1:] in AGENT_SUFFIXES for t in texts):
            return cov
        fams = frozenset().union(*(f for _, f in self.candidate_pieces(index, cid)))
        bare = sum(1 for keys, stems in zip(query.word_keys, query.agent_stems)
                   if stems and fams & stems and not fams & (keys - stems))
        loss = bare * (1 - AGENT_STEM_CREDIT) / len(query.word_keys)
        return cov[0] - loss, cov[1]

    def _coverage(self, query: TermQuery, index: CandidateIndex, cid: int
                  ) -> tuple[float, float]:
        agent = query.has_agent
        tokens = index.tokens(cid)
        whole = coverage(self.candidate_pieces(index, cid, False, agent), query.word_keys)
        if all(self.parts(t, True) == self.parts(t) for t in tokens):
            return whole
        split = coverage(self.candidate_pieces(index, cid, True, agent), query.word_keys)
        if dictionary_score(*split) >= dictionary_score(*whole):
            return split
        if split[0] >= whole[0] and any(self._hides_extra(query, t) for t in tokens):
            return (whole[0] + split[0]) / 2, (whole[1] + split[1]) / 2
        return whole

    def _hides_extra(self, query: TermQuery, token: str) -> bool:
        """True when a piece of ``token``'s split carries a sense of the whole headword's
        glosses that no word of the term has."""
        whole = self.parts(token)
        if len(whole) != 1:
            return False
        for _, fams in self.parts(token, True):
            if fams & whole[0][1] and not any(fams & keys for keys in query.word_keys):
                return True
        return False

    def scores(self, queries: Sequence[TermQuery], index: CandidateIndex,
               pool: Sequence[Collection[int]] | None = None) -> list[Scores]:
        by_family = self._family_tokens(index)
        out: list[Scores] = []
        for i, q in enumerate(queries):
            tokens = {t for f in q.families for t in by_family.get(f, ())}
            ids = shortlist(index, self._words_hit(q, tokens), len(q.word_keys))
            ids |= self._headword_spans(q, index)
            if pool is not None:
                ids |= set(pool[i])
            scores = self._score_ids(q, index, ids)
            for cid in self._trimmed(q, index, scores):
                scores[cid] = dictionary_score(*self.coverage(q, index, cid))
            out.append({c: s for c, s in scores.items() if s > 0})
        return out

    def _words_hit(self, q: TermQuery, tokens: set[str]) -> dict[str, int]:
        """Token → number of the term's words its pieces (either reading) hit."""
        out: dict[str, int] = {}
        for tok in tokens:
            fams = self._families(tok)
            out[tok] = sum(1 for keys in q.word_keys if keys & fams)
        return out

    def _score_ids(self, q: TermQuery, index: CandidateIndex, ids: set[int]) -> Scores:
        scores: Scores = {}
        for cid in ids:
            s = dictionary_score(*self.coverage(q, index, cid))
            if s > 0:
                scores[cid] = s
        return scores

    def is_word(self, token: str) -> bool:
        """A token that is a dictionary word of its own: spans must not cut it."""
        return len(token) > 1 and token in self.cedict

    def _headword_spans(self, q: TermQuery, index: CandidateIndex) -> set[int]:
        """Candidates (added if needed) for reverse-lookup headwords occurring in the text."""
        if not q.words or len(q.words) > 3:
            return set()
        found: set[int] = set()
        for hw in self.cedict.reverse(q.text):
            if 1 < len(hw) <= MAX_HEADWORD and index.contains(hw):
                cid = index.add_span(hw, self.is_word)
                if cid is not None:
                    found.add(cid)
        return found

    def _trimmed(self, q: TermQuery, index: CandidateIndex, scores: Scores) -> set[int]:
        """Candidates trimmed of uncovered edge pieces (added to the index), best ones only."""
        out: set[int] = set()
        for cid in sorted(scores, key=lambda c: -scores[c])[:TRIM_TOP]:
            pieces = self._piece_texts(index, cid)
            keep = [bool(p[1] & q.families) for p in self.candidate_pieces(index, cid)]
            if len(pieces) != len(keep) or not any(keep):
                continue
            lo = keep.index(True)
            hi = len(keep) - keep[::-1].index(True)
            if (lo, hi) == (0, len(keep)) or any(p in NEGATING for p in pieces[:lo]):
                continue
            if pieces[lo] in EDGE_STOP or pieces[hi - 1] in EDGE_STOP:
                continue
            new = index.add_span("".join(pieces[lo:hi]), self.is_word)
            if new is not None and new != cid:
                out.add(new)
        return out

    def _piece_texts(self, index: CandidateIndex, cid: int) -> list[str]:
        return [t for tok in index.tokens(cid) for t, _ in self.parts(tok)]

    def _family_tokens(self, index: CandidateIndex) -> dict[str, list[str]]:
        """Family key → the document's tokens whose pieces hold it."""
        by_family: dict[str, list[str]] = defaultdict(list)
        for tok in index.token_types():
            for fam in self._families(tok):
                by_family[fam].append(tok)
        return by_family

    def _families(self, token: str) -> frozenset[str]:
        """Family keys of ``token``'s pieces in either reading (whole or split)."""
        return frozenset().union(*(f for _, f in self.parts(token) + self.parts(token, True)))
