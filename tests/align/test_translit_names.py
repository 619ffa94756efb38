"""Finding names in English and Chinese text; the known-names table."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.translit.data import default_table, load_table, parse_table
from align.translit.names import find_en_names
from align.translit.zh_names import dotted_names, translit_runs, undotted_names
from corpus.errors import FormatError, InputError

EN_CASES = [
    ("In October 1991, U.S. President George H. W. Bush announced that the United States would "
     "withdraw. He hoped Gorbachev would do the same.", ["George H. W. Bush", "Gorbachev"]),
    ("Terence Roehrig is Professor of National Security Affairs at the U.S. Naval War College.",
     ["Terence Roehrig"]),
    ("The U.S. Nuclear Umbrella over South Korea: Nuclear Weapons and Extended Deterrence", []),
    ("Gorbachev agreed. However, Washington and Seoul would consult.",
     ["Gorbachev", "Washington", "Seoul"]),
    ("South Korean President Moon Jae-in met Kim Jong-un in Pyongyang.",
     ["Moon Jae-in", "Kim Jong-un", "Pyongyang"]),
    ("Political Science Quarterly is published by Columbia University.", []),
    ("North Korea's program outlived the Soviet Union, NATO and the IAEA.", []),
    ("Henry Kissinger met Charles de Gaulle in Moscow.",
     ["Henry Kissinger", "Charles de Gaulle", "Moscow"]),
    ("Kim Dae-jung proposed the Sunshine Policy. The Bush administration disagreed.",
     ["Kim Dae-jung", "Bush"]),
    ("Mikhail Gorbachev Visits Seoul", ["Mikhail Gorbachev", "Seoul"]),
    ("Deterrence works. Nuclear weapons matter; Credibility is key.", []),
    ("Roehrig's book argues the opposite.", ["Roehrig"]),
    ("And Moses said unto him, Behold, the fat is the LORD's.", ["Moses"]),  # dictionary words
]


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_find_en_names(text: str, expected: list[str]) -> None:
    names = find_en_names(text)
    assert [n.text for n in names] == expected
    assert all(text[n.start:n.end] == n.text for n in names)


def test_known_names_carry_their_entry() -> None:
    (name,) = find_en_names("Later, Pyongyang objected.")
    assert name.known is not None and name.known.zh == "平壤"


@pytest.mark.parametrize(("text", "runs"), [
    ("美国总统乔治布什宣布", ["乔治布什"]),
    ("推动戈尔巴乔夫也这样做", ["戈尔巴乔夫"]),
    ("核保护伞的政治价值", []),
])
def test_translit_runs(text: str, runs: list[str]) -> None:
    assert [text[s:e] for s, e in translit_runs(text, min_len=2)] == runs


@pytest.mark.parametrize(("text", "name", "seps"), [
    ("作者特伦斯 ·罗里格教授", "特伦斯 ·罗里格", [" ·"]),
    ("总统乔治.布什宣布", "乔治.布什", ["."]),
    ("总统乔治・布什宣布", "乔治・布什", ["・"]),
    ("马丁·路德·金说", "马丁·路德·金", ["·", "·"]),
])
def test_dotted_names(text: str, name: str, seps: list[str]) -> None:
    (found,) = dotted_names(text)
    assert text[found.start:found.end] == name
    assert [text[s:e] for s, e in found.seps] == seps


@pytest.mark.parametrize("text", ["版本3.5发布", "第一章. 概述", "美国.中国"])
def test_dots_that_are_not_names(text: str) -> None:
    assert dotted_names(text) == []


GIVEN = ["乔治", "约翰", "比尔"]
SURNAMES = ["布什", "史密斯", "盖茨"]


@pytest.mark.parametrize(("text", "flagged"), [
    ("美国总统乔治布什宣布", [("乔治布什", "乔治·布什")]),
    ("比尔盖茨和约翰史密斯", [("比尔盖茨", "比尔·盖茨"), ("约翰史密斯", "约翰·史密斯")]),
    ("约翰逊总统", []),               # Johnson: 约翰 + 逊 is one name
    ("乔治·布什宣布", []),
    ("乔治布什曼", []),               # surname runs on into more transliteration characters
    ("作者特伦斯罗里格", [("特伦斯罗里格", "特伦斯·罗里格")]),  # a known dotted form
])
def test_undotted_names(text: str, flagged: list[tuple[str, str]]) -> None:
    found = undotted_names(text, GIVEN, SURNAMES, ["特伦斯·罗里格"])
    assert [(text[u.start:u.end], u.suggestion) for u in found] == flagged


def test_packaged_table() -> None:
    table = default_table()
    assert table.lookup("kim jong un").zh == "金正恩"
    assert table.lookup("George H.W. Bush").zh == "乔治·布什"
    assert table.lookup("United States").conventional
    assert not table.lookup("Pyongyang").conventional
    assert {"given", "surname", "ko-surname", "person", "place"} <= {e.kind for e in table.entries}


@pytest.mark.parametrize(("row", "problem"), [
    ("Bush\t\tsurname", "needs an English and a Chinese form"),
    ("Bush\t布什\tfamous", "unknown kind 'famous'"),
])
def test_bad_table_rows(row: str, problem: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_table(["en\tzh\tkind", "# comment", row], "names.tsv")
    assert problem in str(err.value) and err.value.line == 3 and err.value.path == "names.tsv"


def test_missing_table_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_table(tmp_path / "absent.tsv")


def test_load_table_file(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("en\tzh\tkind\tzh_variants\nGorbachev\t戈尔巴乔夫\tsurname\t戈巴契夫\n", "utf-8")
    assert load_table(path).lookup("gorbachev").forms == ("戈尔巴乔夫", "戈巴契夫")
