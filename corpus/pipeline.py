"""Read → clean → split → tokenize: turn a file into a Document and its Segments.

Large inputs are tokenized in worker processes (one per core) because jieba runs about
0.5 MB/s per core; small inputs stay in-process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from corpus.errors import InputError
from corpus.tokenize import tokenizer_for
from corpus.types import Document, Segment

#: A sentence longer than this is not running text (e.g. a 1 MB line without punctuation).
MAX_SENTENCE_CHARS = 20_000
#: Inputs with more characters than this are tokenized in worker processes.
PARALLEL_MIN_CHARS = 1_000_000
_CHUNK_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Processed:
    """A cleaned document with its segments and the signature of how they were made."""

    document: Document
    segments: tuple[Segment, ...]
    signature: str


def usable_cores() -> int:
    """Number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


def load_document(path: str | Path, lang: str = "auto", doc_id: str | None = None) -> Document:
    """Read and clean ``path``; ``lang="auto"`` detects the language offline."""
    from corpus.clean import clean
    from corpus.langid import detect_language
    from corpus.read import read_raw

    raw = read_raw(path)
    if lang == "auto":
        lang = detect_language(raw.text)
        if lang == "und":
            raise InputError(path, "cannot tell the language (no letters or Han characters); use --lang")
    doc = clean(raw, lang=lang, doc_id=doc_id)
    if not doc.text.strip():
        raise InputError(path, "no text left after cleaning")
    return doc


def split_document(doc: Document) -> list[Segment]:
    """Sentences of ``doc``: headings stay whole, paragraphs are split; ids count from 0."""
    from corpus.split import split_sentences

    out: list[Segment] = []
    for block in doc.blocks:
        text = doc.block_text(block)
        spans = [(0, len(text))] if block.kind == "heading" else split_sentences(text, doc.lang)
        kind = "heading" if block.kind == "heading" else "sentence"
        for s, e in spans:
            start, end = block.start + s, block.start + e
            _check_length(doc, start, end)
            out.append(Segment(doc.text[start:end], doc.lang, doc.id, len(out), start, end, kind))
    return out


def _check_length(doc: Document, start: int, end: int) -> None:
    if end - start > MAX_SENTENCE_CHARS:
        raise InputError(
            doc.meta.get("path", doc.id),
            f"a sentence of {end - start:,} characters without sentence punctuation "
            f"(limit {MAX_SENTENCE_CHARS:,}): not running text",
            line=doc.source_map.source_line(start),
        )


def tokenize_segments(segments: Sequence[Segment], lang: str, workers: int | None = None,
                      pos: bool = False) -> list[Segment]:
    """Add tokens (and, with ``pos``, POS tags) to ``segments``; large inputs use worker processes.

    Workers receive only the sentence texts and return token lists; the tokenizer is initialised
    before the pool starts so forked workers inherit it instead of rebuilding jieba.
    """
    texts = [s.text for s in segments]
    workers = usable_cores() if workers is None else workers
    tokenizer_for(lang).initialize()
    if workers <= 1 or sum(map(len, texts)) < PARALLEL_MIN_CHARS:
        results = _tokenize_texts(texts, lang, pos)
    else:
        chunks = list(_chunks(texts, _CHUNK_CHARS))
        with ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context()) as pool:
            parts = pool.map(_tokenize_texts, chunks, [lang] * len(chunks), [pos] * len(chunks))
            results = [r for part in parts for r in part]
    return [_with_tokens(seg, res, pos) for seg, res in zip(segments, results, strict=True)]


def _with_tokens(seg: Segment, res: list, pos: bool) -> Segment:
    if pos:
        return replace(seg, tokens=tuple(w for w, _ in res), pos=tuple(p for _, p in res))
    return replace(seg, tokens=tuple(res))


def _mp_context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _chunks(texts: Sequence[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    n = 0
    for text in texts:
        chunk.append(text)
        n += len(text)
        if n >= size:
            yield chunk
            chunk, n = [], 0
    if chunk:
        yield chunk


def _tokenize_texts(texts: list[str], lang: str, pos: bool) -> list[list]:
    tok = tokenizer_for(lang)
    fn = tok.tokenize_with_pos if pos else tok.tokenize
    return [fn(t) for t in texts]


def tokenizer_signature(lang: str) -> str:
    return tokenizer_for(lang).signature()


def process_file(path: str | Path, lang: str = "auto", doc_id: str | None = None,
                 tokenize: bool = True, workers: int | None = None, pos: bool = False
                 ) -> Processed:
    """Read, clean, split and (optionally) tokenize one file (``pos`` adds POS tags)."""
    from corpus.signature import make_signature

    doc = load_document(path, lang, doc_id)
    segments = split_document(doc)
    if tokenize:
        segments = tokenize_segments(segments, doc.lang, workers, pos)
    seg_sig = tokenizer_signature(doc.lang) if tokenize else "none"
    sig = make_signature(lang=doc.lang, split=f"zhenkit-{doc.lang}", seg=seg_sig)
    return Processed(doc, tuple(segments), sig)
