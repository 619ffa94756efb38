"""Fit the prior of the ``length-ratio`` check on the Bible benchmark's gold 1-1 pairs.

Usage: python scripts/calibrate_length_prior.py [BENCH_DIR] > align/data/check/length_prior.json

BENCH_DIR defaults to ../shared/bench/bible-enzh beside the checkout. Gold beads are
``[en ids]:[zh ids]``; only beads with exactly one sentence on each side are used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchlib import BIBLE, bible_pairs

from align.check.length import fit_length_model, lengths, prior_json


def main(argv: list[str]) -> int:
    pairs = bible_pairs(Path(argv[1]) if len(argv) > 1 else BIBLE, one_to_one=True)
    zh_len, en_len = lengths([p[0] for p in pairs], [p[1] for p in pairs])
    source = "bench/bible-enzh gold 1-1 pairs (CUV 1919 / KJV), scripts/calibrate_length_prior.py"
    sys.stdout.write(prior_json(fit_length_model(zh_len, en_len, source)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
