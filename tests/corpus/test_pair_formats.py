"""Format-specific checks: TMX validates against the TMX 1.4b DTD; shared examples read."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from corpus.formats.pairs import read_pairs, write_pairs
from corpus.formats.tmx import Tmx
from corpus.formats.tsv_pairs import AlignedTsv
from corpus.types import SentencePair


def test_written_tmx_is_valid_against_dtd(tmp_path: Path, shared: Path) -> None:
    path = tmp_path / "out.tmx"
    pairs = [SentencePair("延伸威慑。", "Extended deterrence.", (0,), (0,), 0.9),
             SentencePair("只有中文。", "", (1,), (), None)]
    Tmx().write(path, pairs, "zhenkit test")
    dtd = etree.DTD(str(shared / "formats" / "schemas" / "tmx14.dtd"))
    assert dtd.validate(etree.parse(str(path))), dtd.error_log.filter_from_errors()


def test_reads_shared_minimal_tmx(shared: Path) -> None:
    pairs = read_pairs(shared / "formats" / "minimal.tmx")
    assert len(pairs) == 1
    assert pairs[0].zh.startswith("美国向韩国提供扩展威慑")
    assert pairs[0].en.startswith("The United States extends deterrence")


def test_reads_shared_aligned_tsv_with_signature(shared: Path) -> None:
    path = shared / "formats" / "aligned.tsv"
    pairs = AlignedTsv().read(path)
    assert [(p.zh_ids, p.en_ids) for p in pairs] == [((0,), (0,)), ((1, 2), (1,)), ((3,), ())]
    assert AlignedTsv().read_signature(path).startswith("zhenkit")


def test_tsv_with_extra_columns_and_no_ids(tmp_path: Path) -> None:
    path = tmp_path / "p.tsv"
    path.write_text("# zhenkit x\nid\ten\tnote\tzh\n7\tNuclear umbrella.\tok\t核保护伞。\n", "utf-8")
    [pair] = read_pairs(path)
    assert (pair.zh, pair.en, pair.zh_ids, pair.score) == ("核保护伞。", "Nuclear umbrella.", (), None)


def test_tmx_inline_markup_is_flattened(tmp_path: Path) -> None:
    path = tmp_path / "inline.tmx"
    path.write_text(
        '<tmx version="1.4"><header/><body><tu><tuv xml:lang="ZH-cn"><seg>核<bpt i="1">&lt;b&gt;</bpt>'
        '保护伞<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="en-US"><seg>umbrella</seg></tuv>'
        "</tu></body></tmx>", "utf-8")
    [pair] = read_pairs(path)
    assert pair.en == "umbrella"
    assert pair.zh == "核保护伞"


def test_write_pairs_chooses_format_by_extension(tmp_path: Path) -> None:
    pairs = [SentencePair("甲。", "A.", (0,), (0,), 0.5)]
    for ext in (".tsv", ".tmx", ".jsonl"):
        write_pairs(tmp_path / f"x{ext}", pairs)
        assert read_pairs(tmp_path / f"x{ext}")[0].zh == "甲。"
