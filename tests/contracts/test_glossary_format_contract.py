"""Contract every glossary format must pass: round trip, statuses, non-ASCII, empty, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import InputError
from corpus.glossary import Glossary, make_concept
from corpus.glossary.formats import GLOSSARY_FORMATS, glossary_format_for

CONCEPTS = (
    make_concept("c1", "extended deterrence", "延伸威慑", zh_variants=["扩展威慑", "延伸嚇阻"],
                 en_variants=["extended nuclear deterrence"], status="verified",
                 note="PRC white paper form", source="fx361.cc; gjaqyj 2021-6", subject="nuclear strategy"),
    make_concept("c2", "general deterrence", "一般威慑", zh_forbidden=["常规威慑"], status="partly-verified",
                 note='常规 means "conventional"; clash, with a comma'),
    make_concept("c3", "firebreak", "防火带", zh_forbidden=["防火墙"]),
)
NAMES = GLOSSARY_FORMATS.names()
BAD = {"tsv": "en\tzh\nonly one\n", "csv": 'en,zh\n"a,b\n', "tbx": "<tbx><text><body><conceptEntry>"}


def _path(tmp_path: Path, name: str) -> Path:
    return tmp_path / f"g{GLOSSARY_FORMATS.get(name).extensions[0]}"


@pytest.mark.parametrize("name", NAMES)
def test_round_trip(tmp_path: Path, name: str) -> None:
    fmt = GLOSSARY_FORMATS.get(name)()
    path = _path(tmp_path, name)
    assert fmt.write(path, CONCEPTS, "zhenkit test") == 3
    back = fmt.read(path)
    for a, b in zip(CONCEPTS, back, strict=True):
        assert (b.en, b.zh, b.zh_variants, b.zh_forbidden, b.en_variants) == (
            a.en, a.zh, a.zh_variants, a.zh_forbidden, a.en_variants)
        assert (b.status, b.note, b.source, b.subject) == (a.status, a.note, a.source, a.subject)


@pytest.mark.parametrize("name", NAMES)
def test_empty_glossary(tmp_path: Path, name: str) -> None:
    fmt = GLOSSARY_FORMATS.get(name)()
    path = _path(tmp_path, name)
    fmt.write(path, (), "")
    assert len(fmt.read(path)) == 0


@pytest.mark.parametrize("name", NAMES)
def test_broken_file_names_file(tmp_path: Path, name: str) -> None:
    path = _path(tmp_path, name)
    path.write_text(BAD[name], "utf-8")
    with pytest.raises(InputError) as err:
        GLOSSARY_FORMATS.get(name)().read(path)
    assert str(path) in str(err.value)


def test_dispatch_and_lookup() -> None:
    assert glossary_format_for("x.tbx").name == "tbx"
    g = Glossary(CONCEPTS)
    assert [c.id for c in g.find("常规威慑", "zh")] == ["c2"]
    assert [c.id for c in g.find("Extended Deterrence", "en")] == ["c1"]
