"""Sentence-splitting API: dispatch, options, lexicon files, the span contract, real data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.errors import ConfigError, InputError
from corpus.split import SPLITTERS, split_en, split_sentences, split_zh, splitter_for
from corpus.split.lexicon import BUNDLED, lexicon_for, parse_lexicon, read_lexicon
from tests.corpus.split_invariants import assert_valid_spans, sentences
from tests.corpus.test_split_en import EN_CASES, OTHER_CASES
from tests.corpus.test_split_zh import CASES as ZH_CASES

DATA = Path(__file__).resolve().parents[1] / "data" / "split"
LANGS = ("zh", "en", "de", "fr")

# Dispatch: (lang code, text, expected sentences) — each text splits differently per splitter.
DISPATCH = [
    ("zh", "他说完了。好。", ["他说完了。", "好。"]),
    ("zh-Hans", "他说完了。好。", ["他说完了。", "好。"]),
    ("ZH_tw", "他说完了。好。", ["他说完了。", "好。"]),
    ("en", "Er kam am 3. Oktober.", ["Er kam am 3.", "Oktober."]),
    ("de", "Er kam am 3. Oktober.", ["Er kam am 3. Oktober."]),
    ("de-CH", "Er kam am 3. Oktober.", ["Er kam am 3. Oktober."]),
    ("fr", "M. Le Pen parle.", ["M. Le Pen parle."]),
    ("en", "M. Le Pen parle.", ["M. Le Pen parle."]),
    ("it", "Il Dr. Rossi parla. Bene.", ["Il Dr. Rossi parla.", "Bene."]),
]


@pytest.mark.parametrize("lang,text,expected", DISPATCH)
def test_dispatch_by_language(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, split_sentences(text, lang)) == expected


@pytest.mark.parametrize("lang", ["", "z", "english!", "12", "zh--", None])
def test_bad_language_code_is_a_config_error(lang: object) -> None:
    with pytest.raises(ConfigError, match="language code"):
        split_sentences("x.", lang)  # type: ignore[arg-type]


def test_registry_lists_the_splitters() -> None:
    assert SPLITTERS.names() == sorted(LANGS)
    assert splitter_for("zh") is split_zh
    assert splitter_for("en") is split_en


# (lang, text, sentences with hard newlines, sentences without)
HARD_NEWLINES = [
    ("zh", "第一行没有句号\n第二行。第三句。", ["第一行没有句号", "第二行。", "第三句。"],
     ["第一行没有句号\n第二行。", "第三句。"]),
    ("en", "A title without a period\nThe text. More text.",
     ["A title without a period", "The text.", "More text."],
     ["A title without a period\nThe text.", "More text."]),
    ("en", "  \n\nOne.\n\n", ["One."], ["One."]),
]


@pytest.mark.parametrize("lang,text,hard,soft", HARD_NEWLINES)
def test_hard_newlines(lang: str, text: str, hard: list[str], soft: list[str]) -> None:
    spans = split_sentences(text, lang, hard_newlines=True)
    assert sentences(text, spans) == hard
    assert_valid_spans(text, spans)
    assert sentences(text, split_sentences(text, lang)) == soft


def test_seed_paragraphs_match_reviewed_sentences() -> None:
    data = json.loads((DATA / "seed_zh.json").read_text("utf-8"))
    for case in data["cases"]:
        assert sentences(case["text"], split_zh(case["text"])) == case["sentences"]


# --- the span contract on every case text, in every splitter, and on generated text ---------

ALL_TEXTS = [c[1] for c in ZH_CASES] + [c[1] for c in EN_CASES] + [c[2] for c in OTHER_CASES]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("hard", [False, True])
def test_contract_on_all_case_texts(lang: str, hard: bool) -> None:
    for text in ALL_TEXTS:
        assert_valid_spans(text, split_sentences(text, lang, hard_newlines=hard))


_PIECES = [
    "。", "！", "？", "；", "…", "……", "...", ".", "!", "?", "．", "，", "：", "、", " ", "  ", "\n",
    "\u3000", '"', "'", "“", "”", "「", "」", "（", "）", "(", ")", "[", "]", "《", "》", "«", "»",
    "等", "中文", "核武器", "1.", "（1）", "①", "0.426", "U.S.", "e.g.", "etc.", "Mr.", "No.",
    "p.", "The", "the", "iPhone", "A.", "3.", "IV.", "http://a.b/c?d=1", "a@b.org", "——", "👍",
    "DETERRENCE", "ÄÖ", "usw.", "z.B.",
]
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.text(max_size=80),
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(LANGS), hard=st.booleans())
def test_contract_on_generated_text(text: str, lang: str, hard: bool) -> None:
    spans = split_sentences(text, lang, hard_newlines=hard)
    assert_valid_spans(text, spans)
    assert all(any(c.isalnum() for c in text[s:e]) for s, e in spans[1:])


# --- lexicon files ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", BUNDLED)
def test_bundled_lexicons_parse(lang: str) -> None:
    lex = lexicon_for(lang)
    assert len(lex.abbrevs) > 20 and len(lex.starters) > 50
    assert lex.ordinal_numbers == (lang == "de")


BAD_LEXICONS = [
    ("Mr title\n", "expected FORM<TAB>KIND", 1),
    ("# ok\nMr\ttitle\nDr\tdoctor\n", "unknown kind 'doctor'", 3),
    ("@colour\tyes\n", "unknown option @colour", 1),
    ("@ordinal-numbers\tmaybe\n", "must be yes or no", 1),
    ("Mr\t\n", "expected FORM<TAB>KIND", 1),
]


@pytest.mark.parametrize("content,message,line", BAD_LEXICONS)
def test_bad_lexicon_file_names_file_and_line(tmp_path: Path, content: str, message: str,
                                              line: int) -> None:
    path = tmp_path / "my.tsv"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=message) as err:
        read_lexicon(path)
    assert err.value.path == str(path) and err.value.line == line


def test_unreadable_lexicon_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="cannot read lexicon"):
        read_lexicon(path)
    with pytest.raises(InputError, match="cannot read lexicon"):
        read_lexicon(tmp_path / "missing.tsv")


def test_custom_lexicon_changes_decisions() -> None:
    text = "He met Capt. Nemo. Then he left."
    assert sentences(text, split_en(text)) == ["He met Capt. Nemo.", "Then he left."]
    lex = parse_lexicon("Nemo\ttitle\nThen\tstarter\n", "custom")
    assert sentences("Ask Nemo. Then go.", split_en("Ask Nemo. Then go.", lexicon=lex)) == [
        "Ask Nemo. Then go."]


# --- sanity on real data: one sentence per line, joined into 20-line paragraphs ----------------

def _agreement(path: Path, lang: str, joiner: str) -> tuple[float, float]:
    """(exact-sentence recall, boundary precision) of re-splitting joined gold lines."""
    lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    hit = gold_n = b_hit = b_pred = 0
    for i in range(0, len(lines), 20):
        para = lines[i:i + 20]
        gold, pos = [], 0
        for ln in para:
            gold.append((pos, pos + len(ln)))
            pos += len(ln) + len(joiner)
        pred = split_sentences(joiner.join(para), lang)
        hit += len(set(gold) & set(pred))
        gold_n += len(gold)
        ends = {e for _, e in gold}
        b_pred += len(pred) - 1
        b_hit += sum(e in ends for _, e in pred[:-1])
    return hit / gold_n, b_hit / b_pred


@pytest.mark.parametrize("lang,joiner,min_recall", [("zh", "", 0.80), ("en", " ", 0.65)])
def test_bible_lines_are_mostly_recovered(shared: Path, lang: str, joiner: str,
                                          min_recall: float) -> None:
    path = shared / "bench" / "bible-enzh" / lang / "001"
    if not path.is_file():
        pytest.skip(f"{path} missing")
    recall, precision = _agreement(path, lang, joiner)
    assert recall >= min_recall
    assert precision >= 0.99
