"""Time the five term checks (and, with --all, every registered check) on synthetic pairs.

The pairs are drawn from the term-check fixtures (``tests/data/terms_check``: case tables and the
parallel text) with a random filler clause and a row number appended to each side, so every row
is distinct (the row number sits inside the first clause, so no clause repeats), about 45
Chinese characters long and rich in glossary terms. Usage::

    python scripts/bench_check_terms.py [--pairs 10000] [--all]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "terms_check"
FILLERS = [("双方在会谈中讨论了这一问题", "both sides discussed this issue in the talks"),
           ("分析人士对此看法不一", "analysts disagree on this"),
           ("这一点在报告中多次出现", "this point appears several times in the report"),
           ("政府随后发表了声明", "the government then issued a statement")]
TERM_CHECKS = ("term-missing", "term-forbidden", "term-variant", "term-inconsistent",
               "term-ambiguous")


def pool() -> list[tuple[str, str]]:
    rows = []
    for name in ("cases.tsv", "heldout.tsv"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append(tuple(line.split("\t")[2:4]))
    for line in (DATA / "parallel.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(line.split("\t")))
    return rows


def synthetic(n: int, seed: int = 1) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    src = pool()
    zh, en = [], []
    for i in range(n):
        z, e = rng.choice(src)
        fz, fe = rng.choice(FILLERS)
        zh.append(f"据第{i}份报告{z.rstrip('。')}，{fz}。")  # no clause repeats
        en.append(f"{e.rstrip('.')}; {fe} (item {i}).")
    return zh, en


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=10_000)
    ap.add_argument("--all", action="store_true", help="also time every registered check")
    args = ap.parse_args()
    from align.check.base import CheckInput
    from align.check.registry import CHECKS
    from align.termmatch.glossary import load_glossary
    from corpus.tokenize import tokenizer_for

    zh, en = synthetic(args.pairs)
    t0 = time.perf_counter()
    tokenizer_for("zh").initialize()
    print(f"jieba initialise: {time.perf_counter() - t0:.2f} s (shared, counted apart)")
    ids = CHECKS.names() if args.all else list(TERM_CHECKS)
    data = CheckInput(zh, en, resources={"glossary": load_glossary()})
    wall = cpu = 0.0
    for check_id in ids:
        t0, c0 = time.perf_counter(), time.process_time()
        found = CHECKS.get(check_id)().run(data)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        wall, cpu = wall + dt, cpu + dc
        print(f"{check_id:18s} {dt:6.2f} s wall {dc:6.2f} s cpu {len(found):6d} findings")
    print(f"total {wall:.2f} s wall, {cpu:.2f} s cpu for {args.pairs} pairs ({len(ids)} checks); "
          "cpu time is the fairer number on a loaded machine")


if __name__ == "__main__":
    main()
