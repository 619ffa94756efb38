"""Chinese word segmentation with an own jieba instance and the domain lexicon.

``JiebaTokenizer`` never uses jieba's global tokenizer (``jieba.dt``) or ``jieba.add_word``: it
builds its own ``jieba.Tokenizer`` on first use (≈1.5 s; jieba caches its prefix dictionary in the
temp dir) and adds the domain lexicon (glossary forms incl. forbidden ones, bundled user
dictionaries). Before jieba sees the text, protected spans are cut out and kept whole:

- glossary forms jieba cannot look up (``延伸—即时威慑``, ``稳定/不稳定悖论``), tag ``nz``;
- interpunct names (``特伦斯·罗里格``, ``马丁·路德·金``), tag ``nr`` (see ``names.py``).

Tokens are substrings of the input in order; joined they give the input back except whitespace
tokens (spaces, tabs, line breaks: jieba yields one token per whitespace character), which are
dropped unless ``keep_whitespace=True``. The object pickles by configuration, so a worker process
rebuilds its own jieba instance (≈1.5-2.5 s per process).
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.cjk import JIEBA_HAN
from corpus.signature import package_version
from corpus.tokenize.lexicon import GLOSSARY_TAG, DictEntry, Lexicon, build_lexicon
from corpus.tokenize.names import NAME_TAG, TaggedWord, find_name_spans


@dataclass(frozen=True, slots=True)
class JiebaConfig:
    """Everything a ``JiebaTokenizer`` is built from (hashable, picklable)."""

    hmm: bool = True
    glossary: str | None = None
    user_dicts: tuple[str, ...] | None = None
    user_words: tuple[str | DictEntry, ...] = ()


class JiebaTokenizer:
    """jieba segmentation with the domain lexicon and whole interpunct names.

    Args:
        hmm: let jieba's HMM join unknown words (jieba's default).
        glossary: glossary TSV feeding the dictionary (default: the bundled domain glossary).
        user_dicts: jieba user-dictionary files (default: ``corpus/data/dictionaries/*.txt``;
            ``[]`` for none).
        user_words: extra words added last.
    """

    name = "jieba"
    lang = "zh"

    def __init__(
        self,
        *,
        hmm: bool = True,
        glossary: str | Path | None = None,
        user_dicts: Sequence[str | Path] | None = None,
        user_words: Iterable[str | DictEntry] = (),
    ):
        self.config = JiebaConfig(
            hmm=hmm,
            glossary=None if glossary is None else str(glossary),
            user_dicts=None if user_dicts is None else tuple(str(p) for p in user_dicts),
            user_words=tuple(user_words),
        )
        self._lexicon: Lexicon | None = None
        self._jieba: Any = None
        self._pos: Any = None
        self._phrases: re.Pattern[str] | None = None
        self._phrase_tags: dict[str, str] = {}
        self._oov_tags: dict[str, str] = {}
        self._lock = threading.RLock()

    @classmethod
    def from_config(cls, config: JiebaConfig) -> JiebaTokenizer:
        """A fresh, uninitialised tokenizer for ``config``."""
        return cls(hmm=config.hmm, glossary=config.glossary, user_dicts=config.user_dicts,
                   user_words=config.user_words)

    def __reduce__(self) -> tuple[Any, tuple[JiebaConfig]]:
        return (type(self).from_config, (self.config,))

    @property
    def lexicon(self) -> Lexicon:
        """The domain lexicon (read on first access; cheap, no jieba needed)."""
        if self._lexicon is None:
            c = self.config
            self._lexicon = build_lexicon(c.glossary, c.user_dicts, c.user_words)
        return self._lexicon

    def signature(self) -> str:
        """E.g. ``jieba-0.42.1+deterrence.7c67224b`` (``-nohmm`` appended without HMM)."""
        lex = self.lexicon
        tail = "" if self.config.hmm else "-nohmm"
        return f"jieba-{package_version('jieba')}+{lex.name}.{lex.digest()}{tail}"

    def initialize(self) -> JiebaTokenizer:
        """Build the own jieba instance and load the lexicon (idempotent, thread-safe)."""
        with self._lock:
            if self._jieba is None:
                self._jieba = _build_jieba(self.lexicon)
                phrases = sorted(self.lexicon.phrases, key=lambda e: -len(e.word))
                self._phrase_tags = {e.word: e.tag or GLOSSARY_TAG for e in phrases}
                pattern = "|".join(re.escape(e.word) for e in phrases)
                self._phrases = re.compile(pattern) if pattern else None
        return self

    def tokenize(self, text: str, keep_whitespace: bool = False) -> list[str]:
        """Words of ``text`` in order; whitespace tokens are dropped unless ``keep_whitespace``."""
        self.initialize()
        out: list[str] = []
        for piece, tag in self._pieces(text):
            words = [piece] if tag is not None else self._jieba.cut(piece, HMM=self.config.hmm)
            out.extend(w for w in words if keep_whitespace or not w.isspace())
        return out

    def tokenize_with_pos(self, text: str, keep_whitespace: bool = False) -> list[tuple[str, str]]:
        """``(word, jieba POS tag)`` pairs; the words are exactly those of ``tokenize``.

        Tags come from ``jieba.posseg`` over the own instance: the dictionary tag of a known word
        (domain words ``nz``, names ``nr``), jieba's POS HMM for a word the HMM segmenter made up
        (e.g. an unknown name → ``nr``), ``nr`` for interpunct names, ``m``/``eng``/``x`` for
        numbers, Latin words and punctuation. Whitespace tokens (``x``) are dropped unless
        ``keep_whitespace``. (Running ``posseg`` on whole texts would be ~13x slower and may
        segment differently.)
        """
        table = self._tag_table()
        out: list[tuple[str, str]] = []
        for piece, tag in self._pieces(text):
            if tag is not None:
                out.append((piece, tag))
                continue
            for word in self._jieba.cut(piece, HMM=self.config.hmm):
                if keep_whitespace or not word.isspace():
                    out.append((word, table.get(word) or self._guess_tag(word)))
        return out

    def _pieces(self, text: str) -> Iterator[tuple[str, str | None]]:
        """Split ``text`` into protected spans (with their tag) and gaps (tag None)."""
        at = 0
        for start, end, tag in self._protected_spans(text):
            if start > at:
                yield text[at:start], None
            yield text[start:end], tag
            at = end
        if at < len(text):
            yield text[at:], None

    def _protected_spans(self, text: str) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        if self._phrases is not None:
            spans = [(m.start(), m.end(), self._phrase_tags[m.group()])
                     for m in self._phrases.finditer(text)]
        names = find_name_spans(text, self._tag_run)
        spans += [(s, e, NAME_TAG) for s, e in names if not _overlaps(s, e, spans)]
        return sorted(spans)

    def _tag_run(self, run: str) -> list[TaggedWord]:
        freq = self._jieba.FREQ
        return [(p.word, p.flag, freq.get(p.word) or 0) for p in self._pos_tokenizer().cut(run)]

    def _guess_tag(self, word: str) -> str:
        """Tag of a word missing from the dictionary: POS HMM for Han words, else by shape."""
        if not _HAN_WORD.fullmatch(word):
            return _shape_tag(word)
        tag = self._oov_tags.get(word)
        if tag is None:
            pieces = list(self._pos_tokenizer().cut(word, HMM=True))
            tag = max(pieces, key=lambda p: len(p.word)).flag if pieces else "x"
            if len(self._oov_tags) < _OOV_CACHE:
                self._oov_tags[word] = tag
        return tag

    def _tag_table(self) -> dict[str, str]:
        pos = self._pos_tokenizer()
        pos.makesure_userdict_loaded()  # moves the lexicon's tags into word_tag_tab
        return pos.word_tag_tab

    def _pos_tokenizer(self) -> Any:
        self.initialize()
        with self._lock:
            if self._pos is None:
                self._pos = _build_pos_tokenizer(self._jieba)
        return self._pos


_OOV_CACHE = 100_000
_HAN_WORD = re.compile(f"[{JIEBA_HAN}]+")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_LATIN = re.compile(r"[A-Za-z0-9]+")


def _shape_tag(word: str) -> str:
    if _NUMBER.fullmatch(word):
        return "m"
    return "eng" if _LATIN.fullmatch(word) else "x"


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int, str]]) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


@contextlib.contextmanager
def _quiet_jieba() -> Iterator[None]:
    """Silence jieba's "Building prefix dict..." messages while it initialises."""
    logger = logging.getLogger("jieba")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def _build_jieba(lexicon: Lexicon) -> Any:
    """A new, initialised ``jieba.Tokenizer`` with the lexicon added.

    New words get the frequency jieba suggests to keep them whole (never lower than a known
    word's own) and tag ``nz`` unless their entry names one; known words keep their tag.
    """
    from corpus.tokenize.jieba_fast import FastTokenizer

    tok = FastTokenizer()
    with _quiet_jieba():
        tok.initialize()
    for word in lexicon.glossary_words:
        tok.add_word(word, None, None if tok.FREQ.get(word) else GLOSSARY_TAG)
    for entry in lexicon.user_entries:
        tag = entry.tag or (None if tok.FREQ.get(entry.word) else GLOSSARY_TAG)
        tok.add_word(entry.word, entry.freq, tag)
    return tok


def _build_pos_tokenizer(tok: Any) -> Any:
    """``jieba.posseg.POSTokenizer`` over ``tok``.

    Importing ``jieba.posseg`` already reads the word tags of jieba's default dictionary for its
    global tokenizer; when ``tok`` uses that same dictionary the tag table is copied instead of
    being read a second time (≈0.5 s). The global tokenizer itself is only read, never changed.
    """
    import jieba
    import jieba.posseg as posseg

    if tok.dictionary == jieba.DEFAULT_DICT and posseg.dt.tokenizer.dictionary == jieba.DEFAULT_DICT:
        pos = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
        pos.tokenizer = tok
        pos.word_tag_tab = dict(posseg.dt.word_tag_tab)
        return pos
    return posseg.POSTokenizer(tok)
