"""Fit the prior of the ``length-ratio`` check on the Bible benchmark's gold 1-1 pairs.

Usage: python scripts/calibrate_length_prior.py [BENCH_DIR] > align/data/check/length_prior.json

BENCH_DIR defaults to ../shared/bench/bible-enzh beside the checkout. Gold beads are
``[en ids]:[zh ids]``; only beads with exactly one sentence on each side are used.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from align.check.length import fit_length_model, lengths, prior_json

_ONE_ONE = re.compile(r"\[(\d+)\]:\[(\d+)\]")


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[1]
    bench = Path(argv[1]) if len(argv) > 1 else root.parent / "shared" / "bench" / "bible-enzh"
    en = (bench / "en" / "001").read_text(encoding="utf-8").split("\n")
    zh = (bench / "zh" / "001").read_text(encoding="utf-8").split("\n")
    pairs = [(zh[int(m[2])], en[int(m[1])])
             for line in (bench / "gold" / "001.align").read_text(encoding="utf-8").splitlines()
             if (m := _ONE_ONE.fullmatch(line.strip()))]
    zh_len, en_len = lengths([p[0] for p in pairs], [p[1] for p in pairs])
    source = "bench/bible-enzh gold 1-1 pairs (CUV 1919 / KJV), scripts/calibrate_length_prior.py"
    sys.stdout.write(prior_json(fit_length_model(zh_len, en_len, source)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
