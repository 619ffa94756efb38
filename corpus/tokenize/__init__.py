"""Word tokenizers by name and by language.

Names: ``jieba`` (Chinese, own jieba instance + domain lexicon), ``char`` (Chinese characters),
``en`` (spaCy English rules + lookup lemmas). ``tokenizer_for(lang)`` picks the default for a
language (``zh`` → ``jieba``, ``en`` → ``en``, other spaCy languages with lemma tables such as
``de``/``fr`` → a spaCy lookup tokenizer). Instances are cached per process; nothing heavy is
imported until a tokenizer is used.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from corpus.errors import ConfigError
from corpus.registry import Registry
from corpus.tokenize.base import Tokenizer

TOKENIZERS: Registry[Callable[[], Tokenizer]] = Registry("tokenizer")
TOKENIZERS.register("jieba", "corpus.tokenize.jieba_zh:JiebaTokenizer")
TOKENIZERS.register("char", "corpus.tokenize.char_zh:CharTokenizer")
TOKENIZERS.register("en", "corpus.tokenize.en:EnglishTokenizer")

#: Default tokenizer name per language.
DEFAULT_TOKENIZER = {"zh": "jieba", "en": "en"}
#: Languages served by ``SpacyLookupTokenizer(lang)`` (spaCy rules + lookup lemma table).
SPACY_LOOKUP_LANGS = ("de", "fr")

__all__ = ["TOKENIZERS", "Tokenizer", "get_tokenizer", "tokenizer_for"]


@cache
def get_tokenizer(name: str) -> Tokenizer:
    """The process-wide instance of tokenizer ``name`` (ConfigError lists valid names)."""
    return TOKENIZERS.get(name)()


def tokenizer_for(lang: str) -> Tokenizer:
    """Default tokenizer for ``lang`` (ISO 639-1); ConfigError for an unsupported language."""
    if lang in DEFAULT_TOKENIZER:
        return get_tokenizer(DEFAULT_TOKENIZER[lang])
    if lang in SPACY_LOOKUP_LANGS:
        return _spacy_lookup(lang)
    valid = ", ".join(sorted([*DEFAULT_TOKENIZER, *SPACY_LOOKUP_LANGS]))
    raise ConfigError(f"no tokenizer for language {lang!r}; supported: {valid}")


@cache
def _spacy_lookup(lang: str) -> Tokenizer:
    from corpus.tokenize.en import SpacyLookupTokenizer

    return SpacyLookupTokenizer(lang)
