"""corpus.tokenize.lemma_table: one lookup lemma table per language and process."""

from __future__ import annotations

import pytest

from corpus.errors import ConfigError
from corpus.tokenize.lemma_table import _from_spacy_registry, lemma_table

# (language, word form, lemma)
CASES = [("en", "weapons", "weapon"), ("en", "deterred", "deter"), ("en", "were", "be"),
         ("de", "Waffen", "Waffe")]


@pytest.mark.parametrize(("lang", "form", "lemma"), CASES)
def test_lookup(lang: str, form: str, lemma: str) -> None:
    assert lemma_table(lang)[form] == lemma


def test_loaded_once_and_shared_by_the_english_users() -> None:
    from align.dictionary import english
    from corpus.tokenize import get_tokenizer

    table = lemma_table("en")
    assert lemma_table("en") is table
    assert english._lemma_table() is table
    assert get_tokenizer("en").initialize()._lemma_table is table


def test_direct_read_equals_spacy_registry() -> None:
    assert _from_spacy_registry("en") == lemma_table("en")


@pytest.mark.parametrize("lang", ["zz", "zh"])
def test_language_without_a_table_is_a_config_error(lang: str) -> None:
    with pytest.raises(ConfigError, match=f"no lemma_lookup table for language '{lang}'"):
        lemma_table(lang)
