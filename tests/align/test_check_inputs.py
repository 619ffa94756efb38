"""Inputs of ``zhenkit check``: pair files (TSV, TMX), two plain files, one Chinese document."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from align.check.inputs import load_document, load_pairs, load_parallel
from corpus.errors import ConfigError, FormatError, InputError
from corpus.formats.tmx import Tmx
from corpus.types import Bead, SentencePair
from tests.conftest import SAMPLE

DATA = Path(__file__).resolve().parents[1] / "data" / "check_run"


def test_tsv_with_extra_columns_and_signature_line() -> None:
    rows = load_pairs(DATA / "pairs.tsv")
    assert len(rows) == 8 and not rows.monolingual
    assert rows.zh[0] == "他于1958年1月抵达北京。"
    assert rows.en[0] == "He arrived in Beijing in January 1958."
    assert rows.signature.startswith("zhenkit") and "align:fixture" in rows.signature


def test_tmx_pairs(tmp_path: Path) -> None:
    path = tmp_path / "tm.tmx"
    Tmx().write(path, [SentencePair("核保护伞。", "Nuclear umbrella."),
                       SentencePair("延伸威慑。", "Extended deterrence.")], "zhenkit tmx-test")
    rows = load_pairs(path)
    assert rows.zh == ("核保护伞。", "延伸威慑。") and rows.en[1] == "Extended deterrence."
    assert rows.signature == "zhenkit tmx-test"


BAD_PAIRS = [
    ("missing file", None, "x.tsv", InputError, "no such file"),
    ("no zh/en columns", "source\ttarget\n甲\tA\n", "p.tsv", FormatError, "no 'zh' and 'en'"),
    ("empty file", "", "p.tsv", FormatError, "no header row"),
    ("header only", "# sig\nzh\ten\n", "p.tsv", InputError, "no sentence pairs"),
    ("ragged row", "zh\ten\n甲\tA\textra\n", "p.tsv", FormatError, "expected 2 fields"),
    ("broken tmx", "<tmx><body><tu>", "p.tmx", FormatError, "broken XML"),
    ("tmx without units", '<tmx version="1.4"><header/><body/></tmx>', "p.tmx", InputError,
     "no sentence pairs"),
    ("unknown extension", "zh\ten\n", "p.docx", ConfigError, "unknown pair file extension"),
]


@pytest.mark.parametrize(("case", "text", "name", "error", "words"), BAD_PAIRS,
                         ids=[b[0] for b in BAD_PAIRS])
def test_bad_pair_files(tmp_path: Path, case: str, text: str | None, name: str,
                        error: type[Exception], words: str) -> None:
    path = tmp_path / name
    if text is not None:
        path.write_text(text, "utf-8")
    with pytest.raises(error, match=words) as err:
        load_pairs(path)
    if isinstance(err.value, InputError):
        assert err.value.path == str(path)


def test_document_rows_are_segments_with_headings() -> None:
    from corpus.pipeline import process_file

    rows = load_document(SAMPLE)
    segments = process_file(SAMPLE, lang="zh", tokenize=False).segments
    assert rows.monolingual and rows.zh == tuple(s.text for s in segments)
    assert set(rows.en) == {""}
    assert "heading" in rows.kinds and rows.kinds.count("heading") < len(rows) // 2
    assert all(label.startswith("line ") for label in rows.labels)
    lines = [int(label.split()[1]) for label in rows.labels]
    assert lines == sorted(lines) and lines[-1] > lines[0]


class FakeAligner:
    """Pairs sentences by a fixed bead list (a test double for the real sentence aligner)."""

    def __init__(self, beads: list[Bead]):
        self.beads = beads
        self.seen: tuple[list[str], list[str]] | None = None

    def align(self, zh: Sequence[str], en: Sequence[str]) -> list[Bead]:
        self.seen = (list(zh), list(en))
        return self.beads


def test_two_plain_files_become_bead_rows(tmp_path: Path) -> None:
    zh = tmp_path / "zh.txt"
    en = tmp_path / "en.txt"
    zh.write_text("美国提供延伸威慑。韩国表示欢迎。日本也一样。\n", "utf-8")
    en.write_text("The United States extends deterrence. South Korea welcomes it and so "
                  "does Japan.\n", "utf-8")
    fake = FakeAligner([Bead((0,), (0,)), Bead((1, 2), (1,)), Bead((), ())])
    rows = load_parallel(zh, en, aligner=fake)
    assert fake.seen is not None and len(fake.seen[0]) == 3 and len(fake.seen[1]) == 2
    assert rows.zh == ("美国提供延伸威慑。", "韩国表示欢迎。日本也一样。")
    assert rows.en == ("The United States extends deterrence.",
                       "South Korea welcomes it and so does Japan.")
    assert rows.labels == ("zh 0 ↔ en 0", "zh 1,2 ↔ en 1")


def test_two_plain_files_with_the_real_aligner(tmp_path: Path) -> None:
    pytest.importorskip("align.sentence.aligner")
    zh = tmp_path / "zh.txt"
    en = tmp_path / "en.txt"
    zh.write_text("美国提供延伸威慑。韩国表示欢迎。\n", "utf-8")
    en.write_text("The United States extends deterrence. South Korea welcomes it.\n", "utf-8")
    rows = load_parallel(zh, en, embedder="lexical")
    assert "".join(rows.zh) == "美国提供延伸威慑。韩国表示欢迎。"
    assert " ".join(rows.en) == "The United States extends deterrence. South Korea welcomes it."
    assert "|emb:lexical" in rows.signature and "|align:dp-max" in rows.signature
