"""Leave-one-document-out cross-validation of the aligner's score weights (dev only).

For each textberg test document N, coordinate ascent (``dev_align_experiments.coordinate_ascent``)
chooses ``CostWeights`` on textberg dev, the zh-en dev cases and the six other test documents
(objective: mean strict F1 of ``tbdev``, ``zhdev`` and ``tb-N``); document N is then aligned with
those weights. The beads of the seven held-out runs are scored together: an estimate of the
textberg figure that no weight was chosen on. Finally the same search on all of them gives the
weights to ship, and the Bible (never searched on) is reported as a check.

    python scripts/dev_align_cv.py AXES_JSON [--start JSON] [--rounds N] [--folds 1,2,...]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from dev_align_data import LANGS, datasets
from dev_align_experiments import _memo_objective, bench, coordinate_ascent, embedder

from align.evaluate import score_beads
from align.sentence import CostWeights, SentenceAligner


def search(emb, sets: list[str], axes: dict, start: dict, rounds: int) -> dict:
    """Weights (as a dict) maximising the mean strict F1 over ``sets``."""

    def score(params: dict) -> dict[str, float]:
        res = bench(sets, SentenceAligner(emb, weights=CostWeights(**params)))
        return {k: r["strict_f1"] for k, r in res.items()}

    return coordinate_ascent(axes, start, _memo_objective(score), rounds)[1]


def held_out(emb, n: int, params: dict) -> tuple[list, list]:
    """Gold and test beads of textberg document ``n`` aligned with ``params``."""
    aligner = SentenceAligner(emb, weights=CostWeights(**params))
    aligner.langs = LANGS[f"tb{n}"]
    (_, src, tgt, gold, _), = datasets(f"tb{n}")
    return gold, aligner.align(src, tgt)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("axes")
    ap.add_argument("--start", default="")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--folds", default="1,2,3,4,5,6,7")
    args = ap.parse_args()
    emb, axes = embedder(), json.loads(args.axes)
    start = asdict(CostWeights()) | json.loads(args.start or "{}")
    golds, tests = [], []
    for n in map(int, args.folds.split(",")):
        params = search(emb, ["tbdev", "zhdev", f"tb-{n}"], axes, start, args.rounds)
        gold, test = held_out(emb, n, params)
        golds.append(gold)
        tests.append(test)
        one = score_beads([gold], [test]).strict_f1
        print(f"FOLD {n}: held-out strict F1 {one:.4f} with {json.dumps(params)}", flush=True)
    cv = score_beads(golds, tests)
    print(f"CV textberg (held-out documents): strict F1 {cv.strict_f1:.4f} lax F1 {cv.lax_f1:.4f}")
    final = search(emb, ["tbdev", "zhdev", "textberg"], axes, start, args.rounds)
    res = bench(["bible", "textberg", "tbdev", "zhdev"],
                SentenceAligner(emb, weights=CostWeights(**final)))
    print("FINAL", json.dumps(final))
    print("FINAL in-sample", {k: r["strict_f1"] for k, r in res.items()})


if __name__ == "__main__":
    main()
