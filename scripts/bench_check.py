"""Benchmark: ``zhenkit check`` on 10,000 sentence pairs (target: < 20 s on 2 cores).

Pairs: the gold beads of ../shared/bench/bible-enzh (``[en ids]:[zh ids]``, sentences of a bead
joined), repeated until there are ``--pairs`` of them, with errors injected into every
``--every``-th pair in turn: a changed number, the English copied as the Chinese, ASCII
punctuation, a deprecated glossary term, a cut translation. The pairs are written to a TSV and
checked the way the CLI does (load → check_rows with the domain glossary → HTML/JSON/TSV reports).

Prints the end-to-end time (cold process), the report-writing time, then seconds per check (each
check alone, in this process), findings per check, injected errors found, and peak memory.

    python scripts/bench_check.py [--pairs 10000] [--every 7] [--workers N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchlib import bible_pairs, cpu_seconds, peak_mb

_INJECT = ("number", "untranslated", "punctuation", "forbidden-term", "truncated")


def inject(kind: str, zh: str, en: str) -> tuple[str, str]:
    """One deliberate translation error of ``kind``."""
    if kind == "number":
        return zh + "（1958年）", en + " (1957)"
    if kind == "untranslated":
        return en, en
    if kind == "punctuation":
        return zh.replace("，", ",", 1).replace("。", ".", 1), en
    if kind == "forbidden-term":
        return zh + "这是常规威慑。", en + " This is general deterrence."
    return zh[: max(1, len(zh) // 4)], en + " " + en


def make_pairs(n: int, every: int) -> tuple[list[tuple[str, str]], Counter[str]]:
    base = bible_pairs()
    pairs, injected = [], Counter()
    for i in range(n):
        zh, en = base[i % len(base)]
        if i % every == every - 1:
            kind = _INJECT[(i // every) % len(_INJECT)]
            zh, en = inject(kind, zh, en)
            injected[kind] += 1
        pairs.append((zh, en))
    return pairs, injected


def per_check_seconds(rows, ids: list[str]) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds of each check run alone, in order, sharing the run's resources."""
    from align.check.runner import make_checks, prepare_input

    data = prepare_input(rows.to_input())
    out = {}
    for cid, check in zip(ids, make_checks(ids)):
        t0, c0 = time.perf_counter(), time.process_time()
        check.run(data)
        out[cid] = (time.perf_counter() - t0, time.process_time() - c0)
    return out


def print_per_check(per: dict[str, tuple[float, float]], findings: list) -> None:
    """The table of ``per_check_seconds`` with the findings of each check."""
    by_check = Counter(f.check for f in findings)
    print("seconds per check (one process, in order, shared resources): wall / CPU")
    for cid, (w, c) in per.items():
        print(f"  {cid:<20} {w:6.2f} / {c:6.2f} s  {by_check[cid]:6,} findings")
    print(f"  {'sum':<20} {sum(w for w, _ in per.values()):6.2f} / "
          f"{sum(c for _, c in per.values()):6.2f} s  {len(findings):6,} findings")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=7, help="inject an error into every N-th pair")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--keep", type=Path, default=None, help="keep the TSV and reports here")
    args = ap.parse_args()
    from align.check.inputs import load_pairs
    from align.check.runner import check_rows
    from align.report.meta import meta_for
    from align.report.write import write_reports
    from corpus.formats.pairs import write_pairs
    from corpus.system import usable_cores
    from corpus.types import SentencePair

    pairs, injected = make_pairs(args.pairs, args.every)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        write_pairs(out / "pairs.tsv", [SentencePair(zh, en) for zh, en in pairs],
                    "bench_check.py: bible-enzh gold beads with injected errors")
        t0, c0 = time.perf_counter(), cpu_seconds()
        result = check_rows(load_pairs(out / "pairs.tsv"), workers=args.workers)
        secs, cpu = time.perf_counter() - t0, cpu_seconds() - c0
        t1 = time.perf_counter()
        write_reports(result.findings, meta_for(result), out / "check.html", out / "check.json",
                      out / "check.tsv")
        report_secs = time.perf_counter() - t1
        per = per_check_seconds(result.rows, list(result.checks))
    own, kids = peak_mb()
    print(f"pairs: {len(pairs):,} (bible-enzh gold beads, repeated), injected: "
          + ", ".join(f"{k} {v}" for k, v in sorted(injected.items())))
    print(f"cores: {usable_cores()}, workers: {args.workers or 'auto'}")
    print(f"check (load + all checks, cold): {secs:.1f} s wall, {cpu:.1f} s CPU "
          f"(all processes; target < 20 s wall)")
    print(f"machine load average at the end: {os.getloadavg()[0]:.1f}")
    print(f"reports (HTML + JSON + TSV): {report_secs:.1f} s")
    print_per_check(per, result.findings)
    print(f"peak RSS: main {own:.0f} MB, largest worker {kids:.0f} MB")
    print(f"signature: {result.signature}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
