"""Monolingual term extraction (C-value × keyness); term alignment lives in submodules.

Public API of the extraction (nothing heavy is imported until used):

- ``find_terms(segments, lang, *, min_freq=2, top=None) -> list[Term]``
- ``extract_terms(segments, lang, *, min_freq=2, top=None) -> pandas.DataFrame``
  (columns ``TERM_COLUMNS``: ``term score freq cvalue keyness example units length nested_in``)
- ``extract_terms_from_file(path, lang="auto", *, min_freq=2, top=None) -> TermTable``
- ``write_terms`` / ``dump_terms`` / ``read_terms``: the term TSV (``align.terms.tsv``)
- pure cores: ``align.terms.cvalue`` (``c_values``, ``nested_parents``) and
  ``align.terms.keyness`` (``log_ratio``, ``combined_score``)
- plug-ins: ``EXTRACTORS`` (by language) and ``REFERENCES`` (reference frequency lists)

Term alignment: ``align.terms.termlist.align_terms`` (the Chinese form of each term of an English
term list in a document) and ``align.terms.pairs.mine_term_pairs`` (term pairs of aligned
sentence pairs).
"""

from __future__ import annotations

from align.terms.base import EXTRACTORS, CandidateExtractor, Extraction, Run
from align.terms.extract import (
    TERM_COLUMNS,
    Term,
    TermTable,
    extract_terms,
    extract_terms_from_file,
    find_terms,
    terms_frame,
)
from align.terms.reference import REFERENCES, ReferenceFrequency
from align.terms.tsv import dump_terms, read_terms, write_terms

__all__ = [
    "EXTRACTORS",
    "REFERENCES",
    "TERM_COLUMNS",
    "CandidateExtractor",
    "Extraction",
    "ReferenceFrequency",
    "Run",
    "Term",
    "TermTable",
    "dump_terms",
    "extract_terms",
    "extract_terms_from_file",
    "find_terms",
    "read_terms",
    "terms_frame",
    "write_terms",
]
