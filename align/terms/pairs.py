"""Term pairs from aligned sentence pairs (``zhenkit glossary --pairs``).

Steps: term candidates of each side (``CandidateSource``; default: the monolingual extractor
``align.terms.extract.find_terms`` on the pairs' texts), their occurrences per pair (English by
lemma, ``align.termmatch.en``; Chinese on jieba token boundaries, ``align.termmatch.zh``), then a
pluggable ``TermPairer`` (``align.terms.pairing``) scores the co-occurring candidates and
``select_pairs`` keeps the best Chinese term of each English term.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from align.terms.pairing.base import PairingInput, TermPairer, get_pairer
from align.terms.termlist_io import PAIR_COLUMNS, term_pairs_from_frame
from corpus.signature import make_signature
from corpus.types import Segment, SentencePair, TermPair

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


class CandidateSource(Protocol):
    """Term candidates of one side of a parallel text."""

    def terms(self, segments: Sequence[Segment], lang: str) -> list[str]:
        """Candidate terms (written forms) of ``segments`` in language ``lang``."""
        ...


class ExtractedCandidates:
    """Candidates from ``align.terms.extract.find_terms`` (C-value × keyness).

    Args:
        min_freq: least frequency of a candidate.
        top: keep the best ``top`` candidates per side (all when None).
    """

    def __init__(self, min_freq: int = 2, top: int | None = None):
        self.min_freq = min_freq
        self.top = top

    def terms(self, segments: Sequence[Segment], lang: str) -> list[str]:
        from align.terms.extract import find_terms

        found = find_terms(segments, lang, min_freq=self.min_freq, top=self.top)
        return list(dict.fromkeys(t.term for t in found))


def mine_term_pairs(pairs: Sequence[SentencePair], *, pairer: str | TermPairer = "combined",
                    candidates: CandidateSource | None = None, min_freq: int = 2,
                    min_score: float = 0.3, top: int | None = None,
                    zh_tokenizer: Any = None) -> pd.DataFrame:
    """Term pairs of a parallel text, best first.

    Args:
        pairs: aligned sentence pairs.
        pairer: a registered pairer name (``combined``, ``cooccurrence``, ``dictionary``) or one.
        candidates: candidate source (default: ``ExtractedCandidates(min_freq)``).
        min_freq: least number of pairs holding both terms of a kept pair.
        min_score: least pair score kept.
        top: keep the best ``top`` pairs (all when None).
        zh_tokenizer: Chinese tokenizer (default: ``tokenizer_for("zh")``).

    Returns:
        A DataFrame with columns ``PAIR_COLUMNS``: ``score`` in [0, 1], ``method`` the pairer
        parts supporting the pair, ``freq`` the pairs holding both terms, and the first such pair.
    """
    import pandas as pd

    data = pairing_input(pairs, candidates or ExtractedCandidates(min_freq), zh_tokenizer)
    rows = _scored_rows(data, get_pairer(pairer), pairs, min_score, min_freq)
    frame = pd.DataFrame(rows, columns=list(PAIR_COLUMNS))
    return frame if top is None else frame.head(top).reset_index(drop=True)


#: Signature part of term pairs mined with the default (``combined``) pairer.
_MINED = "pairs-combined"
MINED_SIGNATURE = f"terms:{_MINED}"


def mine_pair_file(path: str | Path) -> tuple[tuple[TermPair, ...], str]:
    """``zhenkit glossary --pairs``: term pairs mined from an aligned-pairs file (any pair
    format: TSV, TMX, JSONL) and the run signature (the file's own one kept as ``source``).

    Raises:
        InputError: the file is missing or malformed (file and line named).
    """
    from corpus.formats.pairs import pair_format_for, read_pairs

    mined = tuple(term_pairs_from_frame(mine_term_pairs(read_pairs(path))))
    source = pair_format_for(path).read_signature(path)
    return mined, make_signature(terms=_MINED, source=source.replace("|", "/"))


def pairing_input(pairs: Sequence[SentencePair], source: CandidateSource,
                  zh_tokenizer: Any = None) -> PairingInput:
    """Candidates of both sides and their occurrences in every pair."""
    from align.termmatch.en import EnFormIndex
    from align.termmatch.spans import token_offsets
    from align.termmatch.zh import ZhFormIndex, find_in_tokens

    if zh_tokenizer is None:
        from corpus.tokenize import tokenizer_for

        zh_tokenizer = tokenizer_for("zh")
    tagged = [zh_tokenizer.tokenize_with_pos(p.zh) for p in pairs]
    zh_segs = [Segment(p.zh, "zh", index=i, tokens=tuple(w for w, _ in t),
                       pos=tuple(g for _, g in t)) for i, (p, t) in enumerate(zip(pairs, tagged))]
    en_segs = [Segment(p.en, "en", index=i) for i, p in enumerate(pairs)]
    en_terms = tuple(source.terms(en_segs, "en"))
    zh_terms = tuple(source.terms(zh_segs, "zh"))
    en_index = EnFormIndex(en_terms, max_rule="inflection")
    en_pos = {t: i for i, t in enumerate(en_terms)}
    zh_index = ZhFormIndex(zh_terms)
    zh_pos = {t: i for i, t in enumerate(zh_terms)}
    en_rows = tuple(frozenset(en_pos[m.form] for m in en_index.find(p.en)) for p in pairs)
    zh_rows = tuple(frozenset(zh_pos[m.form] for m in find_in_tokens(
        s.tokens or (), token_offsets(s.text, s.tokens or ()), zh_index)) for s in zh_segs)
    return PairingInput(en_terms, zh_terms, en_rows, zh_rows)


def _scored_rows(data: PairingInput, pairer: TermPairer, pairs: Sequence[SentencePair],
                 min_score: float, min_freq: int) -> list[tuple[Any, ...]]:
    from align.terms.pairing.select import select_pairs

    counts = data.counts
    cand = counts.cand
    if not len(cand):
        return []
    scored = getattr(pairer, "scored", None)  # pairers that can say which part supports a pair
    if callable(scored):
        scores, labels = scored(data, cand)
    else:
        scores, labels = pairer.score(data, cand), [pairer.name] * len(cand)
    kept = select_pairs(cand, scores, counts.joint, min_score=min_score, min_freq=min_freq)
    return [_row(data, pairs, cand[i], float(scores[i]), labels[i], int(counts.joint[i]))
            for i in kept]


def _row(data: PairingInput, pairs: Sequence[SentencePair], pair: np.ndarray, score: float,
         method: str, freq: int) -> tuple[Any, ...]:
    e, z = int(pair[0]), int(pair[1])
    first = next(i for i in range(len(pairs)) if e in data.en_rows[i] and z in data.zh_rows[i])
    return (data.en_terms[e], data.zh_terms[z], round(score, 4), method, freq,
            pairs[first].zh, pairs[first].en)
