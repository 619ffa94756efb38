"""Blank spaCy pipelines (no trained model) for Chinese and English.

- ``zh_nlp()``: ``spacy.blank("zh")`` whose tokenizer is our ``JiebaTokenizer`` (domain terms and
  interpunct names whole; spaCy's built-in jieba segmenter would use jieba's global tokenizer),
  ``token.tag_`` = the jieba POS tag, plus a ``sentencizer``.
- ``en_nlp()``: ``spacy.blank("en")`` + ``sentencizer`` + ``lemmatizer`` (mode ``lookup``, the
  table of the installed ``spacy-lookups-data`` through ``corpus.tokenize.lemma_table``: offline).

Both are built once per process (per configuration) and imported lazily.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from corpus.tokenize.jieba_zh import JiebaConfig, JiebaTokenizer


class JiebaSpacyTokenizer:
    """spaCy tokenizer callable: text → ``Doc`` segmented by a ``JiebaTokenizer``.

    ``doc.text == text`` always: a single space after a word becomes ``token.whitespace_``, any
    other whitespace run becomes a whitespace token (tag ``_SP``).
    """

    def __init__(self, vocab: Any, tokenizer: JiebaTokenizer):
        self.vocab = vocab
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc

        pairs = self.tokenizer.tokenize_with_pos(text, keep_whitespace=True)
        words, spaces, tags = words_and_spaces(pairs)
        return Doc(self.vocab, words=words, spaces=spaces, tags=tags)


def words_and_spaces(
    pairs: Sequence[tuple[str, str]],
) -> tuple[list[str], list[bool], list[str]]:
    """Turn ``(token, tag)`` pairs (whitespace tokens included) into spaCy's words/spaces/tags.

    Consecutive whitespace tokens are merged; a run after a word gives up its first character if
    it is a plain space (``spaces[i] = True``); what is left becomes a token tagged ``_SP``.
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    run = ""
    for word, tag in [*pairs, ("", "")]:
        if word.isspace():
            run += word
            continue
        if run:
            if words and not spaces[-1] and not words[-1].isspace() and run[0] == " ":
                spaces[-1] = True
                run = run[1:]
            if run:
                words.append(run)
                spaces.append(False)
                tags.append("_SP")
            run = ""
        if word:
            words.append(word)
            spaces.append(False)
            tags.append(tag)
    return words, spaces, tags


def zh_nlp(config: JiebaConfig | None = None) -> Any:
    """Blank Chinese pipeline segmenting with ``JiebaTokenizer(config)``, plus a sentencizer."""
    return _zh_nlp(config or JiebaConfig())


@lru_cache(maxsize=4)
def _zh_nlp(config: JiebaConfig) -> Any:
    import spacy

    nlp = spacy.blank("zh")  # default segmenter "char": needs no jieba, replaced below
    nlp.tokenizer = JiebaSpacyTokenizer(nlp.vocab, JiebaTokenizer.from_config(config))
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def en_nlp() -> Any:
    """Blank English pipeline with a sentencizer and the lookup lemmatizer (offline; the lemma
    table is the process-wide one of ``corpus.tokenize.lemma_table``)."""
    import spacy
    from spacy.lookups import Lookups

    from corpus.tokenize.lemma_table import TABLE, lemma_table

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    lookups = Lookups()
    lookups.add_table(TABLE, lemma_table("en"))
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize(lookups=lookups)
    return nlp
