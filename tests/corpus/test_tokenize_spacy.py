"""English lookup tokenizer, blank spaCy pipelines (zh with our jieba, en with lemmas), registry."""

from __future__ import annotations

import pickle

import pytest

from corpus.errors import ConfigError
from corpus.tokenize import TOKENIZERS, get_tokenizer, tokenizer_for
from corpus.tokenize.en import EnglishTokenizer
from corpus.tokenize.spacy_nlp import en_nlp, words_and_spaces, zh_nlp

EN_SENTENCE = "The U.S. deterred North Korea's attacks; nuclear weapons were withdrawn in 1991."


@pytest.fixture(scope="module")
def en() -> EnglishTokenizer:
    return get_tokenizer("en")  # type: ignore[return-value]


# (word, lookup lemma)
LEMMAS = [
    ("weapons", "weapon"), ("deterred", "deter"), ("deterring", "deter"), ("allies", "ally"),
    ("umbrellas", "umbrella"), ("were", "be"), ("Weapons", "weapon"), ("deterrence", "deterrence"),
    ("Roehrig", "Roehrig"),
]


@pytest.mark.parametrize(("word", "lemma"), LEMMAS)
def test_english_lookup_lemmas(en, word, lemma):
    assert en.lemma(word) == lemma


def test_english_tokens_and_lemmas_of_a_text(en):
    tokens = en.tokenize(EN_SENTENCE)
    assert tokens[:4] == ["The", "U.S.", "deterred", "North"]
    assert "".join(tokens) == "".join(EN_SENTENCE.split())
    assert en.lemmas(EN_SENTENCE) == en.lemmas(tokens)
    assert en.lemmas(["weapons", "were"]) == ["weapon", "be"]


def test_english_tags_are_coarse_classes(en):
    pairs = dict(en.tokenize_with_pos("It cost $5 in 1991."))
    assert (pairs["$"], pairs["1991"], pairs["."], pairs["cost"]) == ("SYM", "NUM", "PUNCT", "X")


def test_english_signature_and_pickle(en):
    assert en.signature().startswith("spacy-3.") and "-en+lookups-" in en.signature()
    clone = pickle.loads(pickle.dumps(en))
    assert isinstance(clone, EnglishTokenizer) and clone._nlp is None


# (pairs with whitespace tokens, words, spaces, tags)
SPACE_CASES = [
    ([("核", "n"), (" ", "x"), ("伞", "n")], ["核", "伞"], [True, False], ["n", "n"]),
    ([("核", "n"), (" ", "x"), (" ", "x"), ("伞", "n")], ["核", " ", "伞"], [True, False, False],
     ["n", "_SP", "n"]),
    ([("\n", "x"), ("核", "n"), ("\n", "x")], ["\n", "核", "\n"], [False] * 3, ["_SP", "n", "_SP"]),
    ([("核", "n"), ("\t", "x"), ("伞", "n"), (" ", "x")], ["核", "\t", "伞"], [False, False, True],
     ["n", "_SP", "n"]),
    ([], [], [], []),
]


@pytest.mark.parametrize(("pairs", "words", "spaces", "tags"), SPACE_CASES)
def test_words_and_spaces(pairs, words, spaces, tags):
    assert words_and_spaces(pairs) == (words, spaces, tags)


ZH_TEXT = "特伦斯 ·罗里格认为扩展威慑很重要。  核保护伞仍然存在！\n美国总统乔治·布什宣布撤军。"


def test_zh_pipeline_uses_our_segmentation():
    doc = zh_nlp()(ZH_TEXT)
    assert doc.text == ZH_TEXT
    words = [t.text for t in doc]
    for word in ("特伦斯 ·罗里格", "扩展威慑", "核保护伞", "乔治·布什"):
        assert word in words
    tags = {t.text: t.tag_ for t in doc}
    assert (tags["乔治·布什"], tags["扩展威慑"], tags["宣布"]) == ("nr", "nz", "v")
    assert len(list(doc.sents)) == 3
    assert zh_nlp() is zh_nlp()


def test_en_pipeline_sentences_and_lemmas():
    doc = en_nlp()(EN_SENTENCE + " Deterrence failed.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["weapons"], lemmas["deterred"], lemmas["were"]) == ("weapon", "deter", "be")
    assert [s.text for s in doc.sents] == [EN_SENTENCE, "Deterrence failed."]
    assert en_nlp() is en_nlp()


# (language, tokenizer name)
DEFAULTS = [("zh", "jieba"), ("en", "en"), ("de", "spacy-lookup"), ("fr", "spacy-lookup")]


@pytest.mark.parametrize(("lang", "name"), DEFAULTS)
def test_tokenizer_for_language(lang, name):
    tok = tokenizer_for(lang)
    assert (tok.name, tok.lang) == (name, lang)


def test_registry_names_and_errors():
    assert TOKENIZERS.names() == ["char", "en", "jieba"]
    assert get_tokenizer("jieba") is get_tokenizer("jieba")
    with pytest.raises(ConfigError, match="valid names: char, en, jieba"):
        get_tokenizer("pkuseg")
    with pytest.raises(ConfigError, match="supported: de, en, fr, zh"):
        tokenizer_for("ja")


def test_char_tokenizer():
    tok = get_tokenizer("char")
    assert tok.tokenize("核 伞A1") == ["核", "伞", "A", "1"]
    assert tok.tokenize_with_pos("核A1") == [("核", "x"), ("A", "eng"), ("1", "m")]

