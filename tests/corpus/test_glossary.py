"""Glossary model and file errors; TBX output checked against the TBX v3 core RNG and TBX-Basic rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from corpus.errors import FormatError, InputError
from corpus.glossary import Glossary, make_concept
from corpus.glossary.formats import read_glossary, write_glossary

TBX_NS = {"t": "urn:iso:std:iso:30042:ed-2"}
BASIC_TERMNOTE_TYPES = {"administrativeStatus", "partOfSpeech", "geographicalUsage",
                        "grammaticalGender", "termLocation", "termType"}
BASIC_STATUSES = {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                  "supersededTerm-admn-sts"}


@pytest.fixture
def written_tbx(tmp_path: Path) -> Path:
    concepts = [make_concept("c1", "nuclear umbrella", "核保护伞", zh_variants=["核保護傘"],
                             status="verified", source="pergunte.org", subject="nuclear strategy"),
                make_concept("c2", "nuclear response", "核回应", zh_forbidden=["核反应"], note="核反应 = reaction")]
    path = tmp_path / "g.tbx"
    write_glossary(path, concepts, "zhenkit test")
    return path


def test_tbx_validates_against_core_rng(written_tbx: Path, shared: Path) -> None:
    rng = etree.RelaxNG(etree.parse(str(shared / "formats" / "schemas" / "TBXcoreStructV03.rng")))
    assert rng.validate(etree.parse(str(written_tbx))), rng.error_log


def test_tbx_follows_tbx_basic_schematron_rules(written_tbx: Path) -> None:
    root = etree.parse(str(written_tbx)).getroot()
    assert (root.get("type"), root.get("style")) == ("TBX-Basic", "dca")
    assert all(el.tag.startswith("{urn:iso:std:iso:30042:ed-2}") for el in root.iter(etree.Element))
    for note in root.iterfind(".//t:termNote", TBX_NS):
        assert note.getparent().tag.endswith("termSec")
        assert note.get("type") in BASIC_TERMNOTE_TYPES
        if note.get("type") == "administrativeStatus":
            assert note.text in BASIC_STATUSES
    for d in root.iterfind(".//t:descrip", TBX_NS):
        assert d.get("type") in {"subjectField", "context", "definition"}
        if d.get("type") == "subjectField":
            assert d.getparent().tag.endswith("conceptEntry")
    for a in root.iterfind(".//t:admin", TBX_NS):
        assert a.get("type") in {"customerSubset", "projectSubset", "source"}
    assert all(e.get("id") for e in root.iterfind(".//t:conceptEntry", TBX_NS))


def test_written_tbx_has_the_shape_of_the_shared_skeleton(written_tbx: Path, shared: Path) -> None:
    def shape(path: Path) -> set[str]:
        root = etree.parse(str(path)).getroot()
        return {etree.QName(el).localname for el in root.iter(etree.Element)}
    assert shape(shared / "formats" / "minimal-basic.tbx") - {"p"} <= shape(written_tbx) | {"descrip"}


@pytest.mark.parametrize("name, en, zh", [
    ("minimal-basic.tbx", "extended deterrence", "延伸威慑"),
    ("minimal-core.tbx", "nuclear umbrella", "核保护伞"),
    ("legacy-tbx2008.tbx", "nuclear umbrella", "核保护伞"),
])
def test_reads_shared_skeletons(shared: Path, name: str, en: str, zh: str) -> None:
    [concept] = read_glossary(shared / "formats" / name)
    assert (concept.en, concept.zh) == (en, zh)


def test_reads_basic_statuses_from_skeleton(shared: Path) -> None:
    [c] = read_glossary(shared / "formats" / "minimal-basic.tbx")
    assert c.zh_variants == ("扩展威慑",) and c.en_forbidden == ("extended deterrent",)


def test_reads_tbx_basic_dialect_example(shared: Path) -> None:
    g = read_glossary(shared / "formats" / "schemas" / "TBX-Basic_example_DCA_valid.tbx")
    assert len(g) > 0 and all(c.terms for c in g)


@pytest.mark.parametrize("content, match, line", [
    ("zh\tnote\n核保护伞\tx\n", "missing column", 1),
    ("en\tzh\nnuclear umbrella\t核保护伞\nNuclear Umbrella\t核伞\n", "duplicate concept", 3),
    ("en\tzh\nnuclear umbrella\t核保护伞\textra\n", "expected 2 fields", 2),
    ("en\tzh\nnuclear umbrella\t\n", "no row has a Chinese form", None),
    ("en\tzh\n\t核保护伞\n", "empty 'en' cell", 2),
    ("# sig\n\n", "empty glossary", None),
])
def test_bad_tsv_glossaries(tmp_path: Path, content: str, match: str, line: int | None) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, "utf-8")
    with pytest.raises(FormatError, match=match) as err:
        read_glossary(path)
    assert err.value.path == str(path) and err.value.line == line


def test_wrong_encoding_names_line(tmp_path: Path) -> None:
    path = tmp_path / "gbk.tsv"
    path.write_bytes("en\tzh\nnuclear umbrella\t核保护伞\n".encode("gb18030"))
    with pytest.raises(InputError, match="not UTF-8") as err:
        read_glossary(path)
    assert err.value.line == 2


def test_broken_xml_names_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tbx"
    path.write_text('<?xml version="1.0"?>\n<tbx>\n<text>\n</tbx>\n', "utf-8")
    with pytest.raises(FormatError, match="broken XML") as err:
        read_glossary(path)
    assert err.value.line is not None


def test_ambiguous_forms_and_merge() -> None:
    a = Glossary((make_concept("c1", "general deterrence", "一般威慑", zh_forbidden=["常规威慑"]),))
    b = Glossary((make_concept("c1", "conventional deterrence", "常规威慑"),
                  make_concept("c2", "general deterrence", "一般性威慑")))
    merged = a.merged(b)
    assert [c.en for c in merged] == ["general deterrence", "conventional deterrence"]
    assert set(merged.ambiguous_forms("zh")) == {"常规威慑"}
    assert list(merged.to_frame().columns[:4]) == ["en", "zh", "zh_variants", "zh_forbidden"]
