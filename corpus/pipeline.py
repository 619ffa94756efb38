"""Read → clean → split → tokenize: turn a file into a Document and its Segments.

Cleaning runs in this process (it needs the whole document). Splitting and tokenizing run per
block; for large inputs the blocks go to worker processes (one per core, jieba runs about
0.5–0.7 MB/s per core), which return only offsets and tokens. Small inputs stay in-process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from corpus.errors import InputError
from corpus.system import usable_cores
from corpus.tokenize import tokenizer_for
from corpus.types import Document, Segment

#: A sentence longer than this is not running text (e.g. a 1 MB line without punctuation).
MAX_SENTENCE_CHARS = 20_000
#: Inputs with more characters than this are tokenized in worker processes.
PARALLEL_MIN_CHARS = 1_000_000
_CHUNK_CHARS = 200_000
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Processed:
    """A cleaned document with its segments and the signature of how they were made."""

    document: Document
    segments: tuple[Segment, ...]
    signature: str


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


Row = tuple[int, int, str, tuple[str, ...] | None, tuple[str, ...] | None]
Item = tuple[int, str, str]  # (offset of the block in Document.text, block kind, block text)


def segment_document(doc: Document, *, tokenize: bool = True, pos: bool = False,
                     workers: int | None = None) -> list[Segment]:
    """Split ``doc`` into sentences (headings stay whole) and tokenize them; ids count from 0."""
    items = [(b.start, b.kind, doc.block_text(b)) for b in doc.blocks]
    workers = usable_cores() if workers is None else workers
    if tokenize:
        tokenizer_for(doc.lang).initialize()
    rows = _run_chunked(_segment_items, items, len(doc.text), workers, doc.lang, tokenize, pos)
    for start, end, *_ in rows:
        _check_length(doc, start, end)
    return [Segment(doc.text[s:e], doc.lang, doc.id, i, s, e, kind, toks, tags)  # type: ignore[arg-type]
            for i, (s, e, kind, toks, tags) in enumerate(rows)]


def _segment_items(items: list[Item], lang: str, tokenize: bool, pos: bool) -> list[Row]:
    """Worker: sentence spans of each block, then tokens (skipped if a span is too long)."""
    from corpus.split import split_sentences

    spans: list[tuple[int, int, str, str]] = []  # (start, end, kind, text)
    for start, kind, text in items:
        if kind == "heading":
            spans.append((start, start + len(text), "heading", text))
        else:
            spans += [(start + a, start + b, "sentence", text[a:b])
                      for a, b in split_sentences(text, lang)]
    if not tokenize or any(e - s > MAX_SENTENCE_CHARS for s, e, _, _ in spans):
        return [(s, e, k, None, None) for s, e, k, _ in spans]
    results = _tokenize_texts([t for *_, t in spans], lang, pos)
    return [(s, e, k, *_tokens(res, pos)) for (s, e, k, _), res in zip(spans, results, strict=True)]


def _tokens(res: list, pos: bool) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    if pos:
        return tuple(w for w, _ in res), tuple(p for _, p in res)
    return tuple(res), None


def split_document(doc: Document) -> list[Segment]:
    """Sentences of ``doc`` without tokens (see ``segment_document``)."""
    return segment_document(doc, tokenize=False, workers=1)


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
    results = _run_chunked(_tokenize_texts, texts, sum(map(len, texts)), workers, lang, pos)
    out = []
    for seg, res in zip(segments, results, strict=True):
        tokens, tags = _tokens(res, pos)
        out.append(replace(seg, tokens=tokens, pos=tags))
    return out


def _run_chunked(fn: Callable[..., list[R]], items: Sequence[T], n_chars: int, workers: int,
                 *args: object) -> list[R]:
    """``fn(items, *args)`` here, or for inputs of ``PARALLEL_MIN_CHARS`` or more and several
    workers: ``fn`` over chunks of ``_CHUNK_CHARS`` in worker processes, results concatenated."""
    if workers <= 1 or n_chars < PARALLEL_MIN_CHARS:
        return fn(items, *args)
    chunks = list(_chunks(items, _CHUNK_CHARS))
    repeated = [[arg] * len(chunks) for arg in args]
    with ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context()) as pool:
        return [r for part in pool.map(fn, chunks, *repeated) for r in part]


def _mp_context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    """Consecutive runs of ``items`` of about ``size`` characters each."""
    chunk: list[T] = []
    n = 0
    for item in items:
        chunk.append(item)
        n += len(item) if isinstance(item, str) else len(item[2])  # type: ignore[index]
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
    segments = segment_document(doc, tokenize=tokenize, pos=pos, workers=workers)
    seg_sig = tokenizer_signature(doc.lang) if tokenize else "none"
    sig = make_signature(lang=doc.lang, split=f"zhenkit-{doc.lang}", seg=seg_sig)
    return Processed(doc, tuple(segments), sig)
