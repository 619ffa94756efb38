"""English normalisation: lemma families, stop words, word splitting."""

from __future__ import annotations

import pytest

from align.dictionary.english import content_words, family_key, is_stop_word, lemma, words

FAMILIES = [
    ("deter",
     ["deter", "deters", "deterred", "deterring", "deterrent", "deterrents", "deterrence"]),
    ("weapon", ["weapon", "weapons", "Weapons"]),
    ("umbrella", ["umbrella", "umbrellas"]),
    ("nuclear", ["nuclear", "nuke", "nukes"]),
    ("extend", ["extend", "extended", "extension", "extensions"]),
    ("expand", ["expand", "expanding", "expansion"]),
    ("protect", ["protect", "protected", "protection", "protective"]),
    ("ally", ["ally", "allies", "alliance", "alliances"]),
    ("dark", ["dark", "darkness"]),
    ("nation", ["nation", "nations", "national", "nationality"]),
    ("judge", ["judge", "judged", "judgment", "judgement"]),
    ("come", ["come", "came", "coming", "cometh"]),
    ("know", ["know", "knew", "known", "knowest"]),
    ("speak", ["speak", "spake", "spoken"]),
    ("say", ["say", "said", "saith"]),
    ("child", ["child", "children"]),
    ("brother", ["brother", "brethren"]),
    ("command", ["command", "commandment", "commandments"]),
]


@pytest.mark.parametrize(("head", "members"), FAMILIES)
def test_family_members_share_a_key(head: str, members: list[str]) -> None:
    assert {family_key(m) for m in members} == {family_key(head)}


DISTINCT = [
    ("comment", "come"),
    ("moment", "mom"),
    ("king", "kingdom"),
    ("present", "pres"),
    ("first", "1"),
    ("water", "wat"),
    ("deter", "determine"),
]


@pytest.mark.parametrize(("a", "b"), DISTINCT)
def test_unrelated_words_keep_apart(a: str, b: str) -> None:
    assert family_key(a) != family_key(b)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("weapons", "weapon"), ("went", "go"), ("deterred", "deter"), ("first", "first"),
     ("saith", "say"), ("xyzzy", "xyzzy")],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected


@pytest.mark.parametrize(
    ("word", "stop"),
    [("the", True), ("unto", True), ("thee", True), ("sth", True), ("having", True),
     ("weapon", False), ("say", False), ("seven", False), ("best", False)],
)
def test_stop_words(word: str, stop: bool) -> None:
    assert is_stop_word(word) is stop


@pytest.mark.parametrize(
    ("text", "all_words", "content"),
    [
        ("God's word, and the light.",
         ["god", "word", "and", "the", "light"], ["god", "word", "light"]),
        ("don’t deter", ["don't", "deter"], ["don't", "deter"]),
        ("IAEA/DMZ 2024", ["iaea", "dmz"], ["iaea", "dmz"]),
        ("扩展威慑 a b", ["a", "b"], []),
        ("", [], []),
    ],
)
def test_words_and_content_words(text: str, all_words: list[str], content: list[str]) -> None:
    assert words(text) == all_words
    assert content_words(text) == content
