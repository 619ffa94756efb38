"""Monolingual term extraction: candidates → C-value × keyness ranking.

``find_terms`` runs the language's candidate extractor (``align.terms.base.EXTRACTORS``),
counts candidates with their nested occurrences (``counting``), keeps those seen ``min_freq``
times or more, and scores them: C-value (``cvalue``, nesting among the kept candidates),
keyness against the language's reference list (``keyness``, ``reference``) and their product
scaled to [0, 1] (``keyness.combined_score``). Terms come best first (ties: more frequent, then
first seen).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from align.terms.base import EXTRACTORS, CandidateExtractor
from align.terms.counting import CandidateStats, count_candidates
from align.terms.cvalue import c_values, nested_parents
from align.terms.keyness import combined_score, log_ratio, per_million
from align.terms.reference import DEFAULT_REFERENCE, REFERENCES, ReferenceFrequency
from corpus.errors import ConfigError
from corpus.types import Segment

if TYPE_CHECKING:
    import pandas as pd

#: Output columns: the first six are the ``zhenkit terms`` contract.
TERM_COLUMNS = ("term", "score", "freq", "cvalue", "keyness", "example", "units", "length",
                "nested_in")
#: Scoring recipe recorded in run signatures.
METHOD = "cvalue-log2p1+logratio-k1"


@dataclass(frozen=True, slots=True)
class Term:
    """One extracted term (fields in ``TERM_COLUMNS`` order).

    Attributes:
        term: most frequent written form.
        score: ``C-value × max(keyness, 0)``, scaled so the best term is 1.
        freq: occurrences, nested ones (inside longer candidates) included.
        cvalue: C-value with the nested-term correction.
        keyness: smoothed log2 ratio against the reference list.
        example: the first sentence containing the term.
        units: space-joined counting units (Chinese sub-words, English lemmas).
        length: number of units.
        nested_in: number of longer kept candidates containing the term.
    """

    term: str
    score: float
    freq: int
    cvalue: float
    keyness: float
    example: str
    units: str
    length: int
    nested_in: int


@dataclass(frozen=True, slots=True)
class TermTable:
    """``extract_terms_from_file`` result: the term table and the run signature."""

    frame: pd.DataFrame
    signature: str


def find_terms(segments: Sequence[Segment], lang: str, *, min_freq: int = 2,
               top: int | None = None, reference: ReferenceFrequency | None = None,
               extractor: CandidateExtractor | None = None) -> list[Term]:
    """Ranked terms of a tokenized document.

    Args:
        segments: the document's sentences, tokenized by ``corpus.pipeline`` (Chinese with
            ``pos=True``); segments without tokens (Chinese: without POS tags) are tokenized
            here.
        lang: ``zh`` or ``en`` (ConfigError otherwise).
        min_freq: least frequency (nested occurrences included) of a kept candidate.
        top: keep only the best ``top`` terms (all when None).
        reference: reference frequency list (default: the language's, see ``reference``).
        extractor: candidate extractor (default: ``EXTRACTORS.get(lang)()``).
    """
    _check_limits(min_freq, top)
    extractor = extractor or EXTRACTORS.get(lang)()
    extraction = extractor.extract(segments)
    stats = [s for s in count_candidates(extraction.runs, extractor.joiner) if s.freq >= min_freq]
    if not stats:
        return []
    ref = reference or default_reference(lang)
    terms = _score(stats, extraction.words, ref, segments)
    terms.sort(key=lambda t: (-t.score, -t.freq))
    return terms if top is None else terms[:top]


def _score(stats: list[CandidateStats], words: int, ref: ReferenceFrequency,
           segments: Sequence[Segment]) -> list[Term]:
    keys = [s.key for s in stats]
    parents = nested_parents(keys)
    freq = [s.freq for s in stats]
    cv = c_values(freq, [len(k) for k in keys], parents)
    ref_pm = [ref.per_million(s.surface, s.key) for s in stats]
    key = log_ratio(per_million(freq, words), ref_pm)
    score = combined_score(cv, key)
    return [Term(s.surface, float(score[i]), s.freq, float(cv[i]), float(key[i]),
                 segments[s.first_segment].text, " ".join(s.key), len(s.key), len(parents[i]))
            for i, s in enumerate(stats)]


def default_reference(lang: str) -> ReferenceFrequency:
    """The reference frequency list of ``lang`` (ConfigError for a language without one)."""
    if lang not in DEFAULT_REFERENCE:
        valid = ", ".join(sorted(DEFAULT_REFERENCE))
        raise ConfigError(f"no term extraction for language {lang!r}; supported: {valid}")
    return REFERENCES.get(DEFAULT_REFERENCE[lang])()


def _check_limits(min_freq: int, top: int | None) -> None:
    if min_freq < 1:
        raise ConfigError(f"min_freq must be at least 1, got {min_freq}")
    if top is not None and top < 1:
        raise ConfigError(f"top must be at least 1, got {top}")


def terms_frame(terms: Sequence[Term]) -> pd.DataFrame:
    """A DataFrame with columns ``TERM_COLUMNS``, one row per term, in the given order."""
    import pandas as pd

    return pd.DataFrame([[getattr(t, c) for c in TERM_COLUMNS] for t in terms],
                        columns=list(TERM_COLUMNS))


def extract_terms(segments: Sequence[Segment], lang: str, *, min_freq: int = 2,
                  top: int | None = None) -> pd.DataFrame:
    """``find_terms`` as a DataFrame (columns ``TERM_COLUMNS``), best term first."""
    return terms_frame(find_terms(segments, lang, min_freq=min_freq, top=top))


def extract_terms_from_file(path: str | Path, lang: str = "auto", *, min_freq: int = 2,
                            top: int | None = None) -> TermTable:
    """Read, clean, split and tokenize ``path`` (``corpus.pipeline``), then extract its terms.

    The signature extends the pipeline's with the candidate filter, scoring method and
    reference list, e.g. ``zhenkit 0.1.0|lang:zh|...|terms:zh-pos4|score:...|ref:jieba-idf-0.42.1``.
    """
    from corpus.pipeline import process_file

    _check_limits(min_freq, top)
    processed = process_file(path, lang=lang, pos=True)
    doc_lang = processed.document.lang
    ref = default_reference(doc_lang)
    extractor = EXTRACTORS.get(doc_lang)()
    terms = find_terms(processed.segments, doc_lang, min_freq=min_freq, top=top, reference=ref,
                       extractor=extractor)
    signature = (f"{processed.signature}|terms:{extractor.signature()}|score:{METHOD}"
                 f"|ref:{ref.signature()}")
    return TermTable(terms_frame(terms), signature)
