"""Benchmark: Chinese cleaning + sentence split + jieba segmentation throughput.

Builds a >= 10 MB Chinese text from the Bible (../shared/bench/bible-enzh/zh/001, repeated, in
paragraphs of 20 verses), runs the real pipeline (read → clean → split → tokenize, all cores) and
prints MB/s and peak memory (this process and its workers). Target: >= 1 MB/s on 2 cores.

Nothing in the pipeline caches results by text, so repeating the Bible costs what new text of
the same kind would.

    python scripts/bench_segment.py [--mb 10] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchlib import bible_lines, peak_mb


def make_text(target_mb: float) -> str:
    lines = [ln.strip() for ln in bible_lines("zh") if ln.strip()]
    paras = ["".join(lines[i:i + 20]) for i in range(0, len(lines), 20)]
    block = "\n\n".join(paras) + "\n\n"
    reps = int(target_mb * 1e6 / len(block.encode("utf-8"))) + 1
    return block * reps


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()
    from corpus.pipeline import process_file
    from corpus.system import usable_cores

    text = make_text(args.mb)
    size_mb = len(text.encode("utf-8")) / 1e6
    print(f"cores: {usable_cores()}, workers: {args.workers or usable_cores()}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bible-zh-big.txt"
        path.write_text(text, "utf-8")
        t0 = time.perf_counter()
        result = process_file(path, lang="zh", workers=args.workers)
        secs = time.perf_counter() - t0
    tokens = sum(len(s.tokens or ()) for s in result.segments)
    print(f"input: {size_mb:.1f} MB, {len(result.segments):,} segments, {tokens:,} tokens")
    print(f"time: {secs:.1f} s  throughput: {size_mb / secs:.2f} MB/s (target >= 1.0)")
    own, kids = peak_mb()
    print(f"peak RSS: main {own:.0f} MB, largest worker {kids:.0f} MB")
    print(f"signature: {result.signature}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
